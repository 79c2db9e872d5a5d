package org.policylineage.extract.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.store.PolicyStore;
import org.policylineage.validation.GraphValidator;
import org.policylineage.ingest.Ingestion;

/**
 * Every development-set text through the whole chain into a real TDB2 store, as a user would load a
 * folder of pages: each is stored, lineage is computed over all of them, and the graph conforms to the
 * shapes (document-level targets, reports and their relations included).
 */
class DevsetIngestTest {
    @TempDir
    static Path dir;
    static PolicyStore store;
    static final List<IngestOutcome> outcomes = new ArrayList<>();
    /** The outcomes of the texts with no title, 文号, citation, target or numbered section, which are refused. */
    static final List<IngestOutcome> refusals = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        Ingestion ingestion = TestCorpus.freshStore(dir);
        store = ingestion.store();
        Ingester ingest = ingestion.ingester();
        for (Gold g : DevsetScorer.load()) {
            IngestOutcome o = ingest.ingest(g.id() + ".txt", g.text().getBytes(StandardCharsets.UTF_8));
            (g.accepted() ? outcomes : refusals).add(o);
        }
        ingestion.lineage().rebuild();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyTextIsStoredAsADocumentOfItsOwn() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.loaded()).as(o.fileName() + ": " + o.message()).isTrue());
        assertThat(outcomes.stream().map(IngestOutcome::documentIri).distinct().count()).isEqualTo(outcomes.size());
    }

    @Test
    void aTextWithNothingToReadIsRefusedSayingWhatWasLookedFor() {
        assertThat(refusals).allSatisfy(o -> {
            assertThat(o.loaded()).as(o.fileName()).isFalse();
            assertThat(o.message()).contains("文号", "《…》", "一、");
        });
    }

    @Test
    void theTargetsFoundAreStored() {
        assertThat(outcomes.stream().mapToInt(IngestOutcome::targets).sum()).isGreaterThan(300);
    }

    @Test
    void theWholeGraphConformsToTheShapes() {
        ValidationReport report = new GraphValidator().validate(store);
        assertThat(report.getEntries()).as("SHACL violations").isEmpty();
        assertThat(report.conforms()).isTrue();
    }
}
