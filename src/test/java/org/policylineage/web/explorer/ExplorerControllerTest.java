package org.policylineage.web.explorer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.TdbStore;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Every explorer URL, as the service redirects IRIs to them, answers with the explorer's page (over an
 * empty store, which knows no resource to write into it: the page as built).
 */
class ExplorerControllerTest {
    @TempDir
    static Path dir;
    static TdbStore store;

    @BeforeAll
    static void open() {
        store = TdbStore.open(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(
            new ExplorerController(new PageHead(store, new IriScheme("http://localhost:8080/")))).build();

    @Test
    void rootAndExplorerPathsServeThePage() throws Exception {
        for (String path : new String[] {"/", "/explore", "/explore/doc/su-fu-ban/2022/140", "/explore/target",
                "/explore/lineage", "/explore/compare", "/explore/sparql", "/explore/resource"}) {
            mvc.perform(get(path).param("iri", "http://localhost:8080/id/doc/su-fu-ban/2022/140/target/7-1"))
                    .andExpect(status().isOk())
                    .andExpect(forwardedUrl("/index.html"));
        }
    }

    @Test
    void otherPathsAreLeftToTheirOwners() throws Exception {
        mvc.perform(get("/api/overview")).andExpect(status().isNotFound());
        mvc.perform(get("/explorer")).andExpect(status().isNotFound());
    }
}
