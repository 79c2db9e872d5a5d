package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.Settings;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Ingestion;

/**
 * A store written before document IRIs came from the 文号 keeps working: its documents are read again
 * from their stored text and move to their present IRIs, leaving nothing under the former ones.
 */
class FormerIrisMoveTest {
    @TempDir
    Path dir;

    @Test
    void documentsUnderFormerIrisMoveToTheirPresentOnes() throws Exception {
        try (PolicyStore store = TdbStore.open(dir.resolve("store"))) {
            Ingestion ingestion = Ingestion.on(store).settings(Settings.load(Map.of())).build();
            Ingester ingest = ingestion.ingester();
            ingest.prepare();
            List<Ingester.Source> seeds = new ArrayList<>();
            for (Path f : TestCorpus.corpusFiles()) seeds.add(new Ingester.Source(f.getFileName().toString(), Files.readAllBytes(f)));
            ingest.ingestAll(seeds);
            long documents = count(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d <https://w3id.org/policy-lineage/def#inCorpus> true }");
            String revision = revision(store);
            assertThat(ingest.moveFormerIris()).as("nothing to move in a store of present IRIs").isZero();
            // The store now records that none is under a former IRI, so later starts ask that and scan nothing;
            // the documents revision is the same, so lineage is still up to date.
            assertThat(store.ask(QueryFactory.create(MOVED))).isTrue();
            assertThat(revision(store)).isEqualTo(revision);

            // The Suzhou document and its graph as the former scheme named them (a hash of the issuer code).
            String present = "http://localhost:8080/id/doc/su-fu-ban/2022/140", former = "http://localhost:8080/id/doc/su-fu-ban-40933-2022-140";
            // A store written before the move has no such record.
            store.update(UpdateFactory.create("DELETE WHERE { GRAPH ?g { ?s <https://w3id.org/policy-lineage/def#documentIrisMoved> ?v } }"));
            store.update(UpdateFactory.create("DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH ?g2 { ?s2 ?p ?o2 } } WHERE { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER (STRENDS(STR(?g), '/graph/doc/su-fu-ban/2022/140')) "
                    + "BIND (IRI(REPLACE(STR(?g), 'su-fu-ban/2022/140', 'su-fu-ban-40933-2022-140')) AS ?g2) "
                    + "BIND (IF(isIRI(?s), IRI(REPLACE(STR(?s), 'su-fu-ban/2022/140', 'su-fu-ban-40933-2022-140')), ?s) AS ?s2) "
                    + "BIND (IF(isIRI(?o), IRI(REPLACE(STR(?o), 'su-fu-ban/2022/140', 'su-fu-ban-40933-2022-140')), ?o) AS ?o2) }"));
            assertThat(store.ask(QueryFactory.create("ASK { <" + former + "> ?p ?o }"))).isTrue();
            assertThat(store.ask(QueryFactory.create("ASK { <" + present + "> <https://w3id.org/policy-lineage/def#inCorpus> true }"))).isFalse();

            assertThat(ingest.moveFormerIris()).isEqualTo(1);
            assertThat(store.ask(QueryFactory.create("ASK { <" + present + "> <https://w3id.org/policy-lineage/def#inCorpus> true }"))).isTrue();
            assertThat(store.ask(QueryFactory.create("ASK { { ?s ?p ?o } UNION { GRAPH ?g { ?x ?y ?z } } "
                    + "FILTER (CONTAINS(STR(?s), 'su-fu-ban-40933') || CONTAINS(STR(?o), 'su-fu-ban-40933') || CONTAINS(STR(?g), 'su-fu-ban-40933')) }")))
                    .as("anything left under the former IRI").isFalse();
            assertThat(count(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d <https://w3id.org/policy-lineage/def#inCorpus> true }")).isEqualTo(documents);
            assertThat(ingest.moveFormerIris()).isZero();
            assertThat(store.ask(QueryFactory.create(MOVED))).isTrue();
        }
    }

    private static final String MOVED = "ASK { GRAPH ?g { ?g <https://w3id.org/policy-lineage/def#documentIrisMoved> true } }";

    private static String revision(PolicyStore store) {
        return store.select(QueryFactory.create("SELECT ?r WHERE { GRAPH ?g { ?g <https://w3id.org/policy-lineage/def#documentsRevision> ?r } "
                + "FILTER (STRENDS(STR(?g), '/graph/corpus-state')) }")).next().getLiteral("r").getString();
    }

    private static long count(PolicyStore store, String query) {
        return store.select(QueryFactory.create(query)).next().getLiteral("n").getLong();
    }
}
