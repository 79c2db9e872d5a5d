package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hidden statements stay stored but no query of the default graph or of a named graph sees them; the extracted view still does. */
class HiddenFactsTest {
    @TempDir
    Path dir;

    private static final String VALUES = "SELECT ?v WHERE { <http://x/target> <http://x/value> ?v } ORDER BY ?v";

    @Test
    void aHiddenValueIsReplacedByTheExemptGraphsOne() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.write(Map.of("http://x/doc", TdbStoreTest.value("500"), "http://x/curated", TdbStoreTest.value("600")), List.of());
            assertThat(values(store, false)).containsExactly("500.0", "600.0");

            Node t = NodeFactory.createURI("http://x/target");
            Node value = NodeFactory.createURI("http://x/value");
            Node curated = NodeFactory.createURI("http://x/curated");
            store.hide(new HiddenFacts(Set.of(), Set.of(new HiddenFacts.Pair(t, value)), Set.of(), Set.of(), curated, Set.of(curated)));
            assertThat(values(store, false)).containsExactly("600.0");
            // The extracted view: what the document's graph holds, nothing of the curated graph.
            assertThat(values(store, true)).containsExactly("500.0");
            assertThat(store.select(QueryFactory.create("SELECT ?v WHERE { GRAPH <http://x/doc> { ?s ?p ?v } }")).size()).isZero();
            // DESCRIBE (linked data) sees what queries see.
            var described = store.graphQuery(QueryFactory.create("DESCRIBE <http://x/target>"), null);
            assertThat(described.listObjects().toList()).extracting(o -> o.asLiteral().getLexicalForm()).containsExactly("600.0");

            store.hide(new HiddenFacts(Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of()));
            assertThat(values(store, false)).containsExactly("500.0", "600.0");
        }
    }

    @Test
    void aHiddenSubjectIsGoneWithEveryStatementAboutIt() {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            Model m = ModelFactory.createDefaultModel();
            m.add(m.createResource("http://x/m"), m.createProperty("http://x/hasTarget"), m.createResource("http://x/target"));
            m.add(TdbStoreTest.value("500"));
            store.write(Map.of("http://x/doc", m), List.of());
            Node t = NodeFactory.createURI("http://x/target");
            store.hide(new HiddenFacts(Set.of(t), Set.of(),
                    Set.of(new HiddenFacts.Pair(NodeFactory.createURI("http://x/hasTarget"), t)), Set.of(), null, Set.of()));
            assertThat(store.select(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }")).size()).isZero();
            assertThat(store.selectExtracted(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }")).size()).isEqualTo(2);

            // One statement alone (a measure names a certificate type): the others of its subject and predicate stay.
            store.hide(new HiddenFacts(Set.of(), Set.of(), Set.of(), Set.of(org.apache.jena.graph.Triple.create(NodeFactory.createURI("http://x/m"),
                    NodeFactory.createURI("http://x/hasTarget"), t)), null, Set.of()));
            assertThat(store.select(QueryFactory.create("SELECT * WHERE { <http://x/m> ?p ?o }")).size()).isZero();
            assertThat(store.select(QueryFactory.create("SELECT * WHERE { ?s ?p ?o }")).size()).isEqualTo(1);
        }
    }

    private static List<String> values(TdbStore store, boolean asStored) {
        var q = QueryFactory.create(VALUES);
        var rs = asStored ? store.selectExtracted(q) : store.select(q);
        List<String> out = new java.util.ArrayList<>();
        rs.forEachRemaining(r -> out.add(r.getLiteral("v").getLexicalForm()));
        return out;
    }
}
