package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.Settings;
import org.policylineage.TestCorpus;
import org.policylineage.lineage.LineageService;
import org.policylineage.pipeline.IngestOutcome;
import org.policylineage.pipeline.IngestService;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.validation.GraphValidator;

/**
 * On a store of its own: the whole graph validates, re-ingest is idempotent, and bad input is
 * refused with a clear message while what is stored stays as it was.
 */
class IngestBehaviourTest {
    @TempDir
    static Path dir;
    static PolicyStore store;
    static IngestService ingest;
    static LineageService lineage;

    @BeforeAll
    static void load() throws IOException {
        Settings settings = Settings.load(Map.of());
        store = TdbStore.open(dir.resolve("store"));
        IriScheme iris = new IriScheme(settings.baseIri());
        ingest = new IngestService(store, ReferenceData.bundled(), iris, Clock.systemUTC(),
                settings.ingest().maxDocumentSize().toBytes());
        lineage = new LineageService(store, iris, settings.lineage());
        ingest.prepare();
        for (Path f : TestCorpus.corpusFiles()) ingest.ingest(f.getFileName().toString(), Files.readAllBytes(f));
        lineage.rebuild();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theWholeGraphConformsToTheShapes() {
        ValidationReport report = new GraphValidator().validate(store);
        assertThat(report.getEntries()).as("SHACL violations").isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void reIngestingTheCorpusKeepsTheSameTriples() throws IOException {
        long before = store.size();
        for (Path f : TestCorpus.corpusFiles()) {
            IngestOutcome o = ingest.ingest(f.getFileName().toString(), Files.readAllBytes(f));
            assertThat(o.status()).isEqualTo(IngestOutcome.Status.REPLACED);
        }
        lineage.rebuild();
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedAndLeavesTheStoreUnchanged() {
        long before = store.size();
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31 + 7);
        Map<String, byte[]> bad = Map.of(
                "empty.txt", new byte[0],
                "binary.bin", binary,
                "no-structure.txt", "这是一段没有任何结构的文字，既没有标题，也没有文号和条款。".getBytes(StandardCharsets.UTF_8),
                "truncated.txt", java.util.Arrays.copyOf("市政府关于印发实施意见的通知".getBytes(StandardCharsets.UTF_8), 20));
        for (var e : bad.entrySet()) {
            IngestOutcome o = ingest.ingest(e.getKey(), e.getValue());
            assertThat(o.status()).as(e.getKey()).isEqualTo(IngestOutcome.Status.REJECTED);
            assertThat(o.message()).as(e.getKey()).isNotBlank();
        }
        assertThat(ingest.ingest("empty.txt", new byte[0]).message()).contains("empty");
        assertThat(ingest.ingest("no-structure.txt", bad.get("no-structure.txt")).message()).contains("not a policy document");
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void aGb18030CopyIsReadAsTheSameDocument() throws IOException {
        Path original = TestCorpus.corpusFiles().get(1);
        String text = Files.readString(original, StandardCharsets.UTF_8);
        List<String> before = documentNumbers();
        IngestOutcome o = ingest.ingest("gb18030-copy.txt", text.getBytes(Charset.forName("GB18030")));
        assertThat(o.loaded()).isTrue();
        assertThat(o.documentIri()).isEqualTo(ingest.ingest(original.getFileName().toString(),
                Files.readAllBytes(original)).documentIri());
        assertThat(documentNumbers()).isEqualTo(before);
    }

    @Test
    void theSameFileUnderAnotherNameIsRecognised() throws IOException {
        Path f = TestCorpus.corpusFiles().get(0);
        IngestOutcome o = ingest.ingest("renamed-copy.txt", Files.readAllBytes(f));
        assertThat(o.status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
        assertThat(o.message()).contains(f.getFileName().toString());
    }

    private static List<String> documentNumbers() {
        var rs = store.select(org.apache.jena.query.QueryFactory.create(
                "PREFIX pl: <https://w3id.org/policy-lineage/def#> PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                        + "SELECT ?n WHERE { ?d pl:inCorpus true . OPTIONAL { ?d eli:id_local ?n } } ORDER BY ?n"));
        List<String> out = new java.util.ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.get("n") == null ? "-" : s.get("n").toString()));
        return out;
    }
}
