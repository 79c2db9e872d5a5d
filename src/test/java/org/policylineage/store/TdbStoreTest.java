package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a named graph leaves nothing of the old one, whatever form its literals were written in. */
class TdbStoreTest {
    @TempDir
    Path dir;

    static Model value(String lexical) {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("http://x/target"), m.createProperty("http://x/value"), m.createTypedLiteral(lexical, XSDDatatype.XSDdecimal));
        return m;
    }

    @Test
    void replacingAGraphRemovesDecimalsWrittenInAnyForm() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            for (String[] pair : new String[][] {{"351", "352"}, {"1.50", "2.50"}, {"0.3500", "0.35"}, {"-7", "7"}}) {
                store.write(Map.of("http://x/g", value(pair[0])), List.of());
                store.write(Map.of("http://x/g", value(pair[1])), List.of());
                Model now = store.graph("http://x/g");
                assertThat(now.size()).as(pair[0] + " replaced by " + pair[1]).isEqualTo(1);
                assertThat(new BigDecimal(now.listObjects().next().asLiteral().getLexicalForm()))
                        .isEqualByComparingTo(new BigDecimal(pair[1]));
            }
            store.write(Map.of(), List.of("http://x/g"));
            assertThat(store.graph("http://x/g").isEmpty()).isTrue();
        }
    }

    @Test
    void sizeCountsTheQuadsOfEveryNamedGraph() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            assertThat(store.size()).isZero();
            Model a = SortedGraphLoadTest.graph(10, "a");
            store.write(Map.of("http://x/a", a, "http://x/b", value("3")), List.of());
            assertThat(store.size()).isEqualTo(a.size() + 1);
            store.write(Map.of(), List.of("http://x/a"));
            assertThat(store.size()).isEqualTo(1);
            // An update without GRAPH writes to the default graph, which TDB2 keeps apart: counted too.
            store.update(org.apache.jena.update.UpdateFactory.create("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"));
            assertThat(store.size()).isEqualTo(2);
        }
    }
}
