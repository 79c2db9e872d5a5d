package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.TestCorpus;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Replace;
import org.policylineage.validation.GraphValidator;
import org.policylineage.ingest.Ingestion;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;

/**
 * On a store of its own: the whole graph validates, re-ingest is idempotent, and bad input is
 * refused with a clear message while what is stored stays as it was.
 */
class IngestBehaviourTest {
    @TempDir
    static Path dir;
    static PolicyStore store;
    static Ingester ingest;
    static LineageGraph lineage;

    @BeforeAll
    static void load() throws IOException {
        Ingestion ingestion = TestCorpus.freshStore(dir);
        store = ingestion.store();
        ingest = ingestion.ingester();
        lineage = ingestion.lineage();
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
        // Other tests of this class add documents without a rebuild: start from lineage that is up to date.
        lineage.rebuild();
        long before = store.size();
        for (Path f : TestCorpus.corpusFiles()) {
            // The same bytes again change nothing unless a replace is asked for; then they are read again.
            assertThat(ingest.ingest(f.getFileName().toString(), Files.readAllBytes(f)).status()).isEqualTo(IngestOutcome.Status.DUPLICATE);
            IngestOutcome o = ingest.ingest(f.getFileName().toString(), Files.readAllBytes(f), Replace.SAME_DOCUMENT);
            assertThat(o.status()).isEqualTo(IngestOutcome.Status.REPLACED);
            assertThat(o.replaced().documentIri()).isEqualTo(o.documentIri());
            assertThat(o.replaced().fileName()).isEqualTo(f.getFileName().toString());
        }
        lineage.rebuild();
        assertThat(store.size()).isEqualTo(before);
    }

    /**
     * Issue 17: a file name is not a document's identity. Two different documents under one file name
     * are both kept; a second text of a stored document is a conflict unless its replacement is asked
     * for, and then the outcome names what it replaced.
     */
    @Test
    void twoDocumentsUnderOneFileNameAreBothKeptAndReplacingIsExplicit() {
        String a = TestCorpus.document("名政办发〔2023〕1号", "名市政府办公室关于推进绿色认证的实施意见", "");
        String b = TestCorpus.document("名政办发〔2023〕2号", "名市政府办公室关于推进绿色服务认证的实施意见", "");
        IngestOutcome first = ingest.ingest("upload.txt", a.getBytes(StandardCharsets.UTF_8));
        IngestOutcome second = ingest.ingest("upload.txt", b.getBytes(StandardCharsets.UTF_8));
        assertThat(first.status()).isEqualTo(IngestOutcome.Status.INGESTED);
        assertThat(second.status()).isEqualTo(IngestOutcome.Status.INGESTED);
        assertThat(documentNumbers()).contains("名政办发〔2023〕1号", "名政办发〔2023〕2号");

        long before = store.size();
        String a2 = a.replace("达100张", "达120张");
        IngestOutcome conflict = ingest.ingest("a-revised.txt", a2.getBytes(StandardCharsets.UTF_8));
        assertThat(conflict.status()).isEqualTo(IngestOutcome.Status.CONFLICT);
        assertThat(conflict.documentIri()).isEqualTo(first.documentIri());
        assertThat(conflict.message()).contains(first.documentIri()).contains("upload.txt").contains("nothing was replaced");
        assertThat(store.size()).isEqualTo(before);

        IngestOutcome replaced = ingest.ingest("a-revised.txt", a2.getBytes(StandardCharsets.UTF_8), Replace.document(first.documentIri()));
        assertThat(replaced.status()).isEqualTo(IngestOutcome.Status.REPLACED);
        assertThat(replaced.replaced().documentIri()).isEqualTo(first.documentIri());
        assertThat(replaced.replaced().fileName()).isEqualTo("upload.txt");
        assertThat(replaced.replaced().number()).isEqualTo("名政办发〔2023〕1号");
        assertThat(replaced.message()).startsWith("replaced " + first.documentIri());
        assertThat(documentNumbers()).contains("名政办发〔2023〕1号", "名政办发〔2023〕2号");

        // Naming a document that is not there replaces nothing.
        IngestOutcome nothing = ingest.ingest("c.txt", TestCorpus.document("名政办发〔2023〕3号", "名市关于推进认证的意见", "")
                .getBytes(StandardCharsets.UTF_8), Replace.document(first.documentIri() + "99"));
        assertThat(nothing.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(nothing.message()).contains("no document").contains("to replace");
    }

    /**
     * Issue 21: succession. A document that says 原《…》（…）同时废止 repeals the former one, which is then not in force;
     * a draft (征求意见稿) and the issued document of its title are two versions, the later a revision of the draft;
     * each document is about the certificate types it names. Made-up documents of a made-up city.
     */
    @Test
    void repealsRevisionsAndSubjectsAreStated() {
        String former = TestCorpus.document("名政办发〔2018〕12号", "名市绿色食品认证管理办法", "");
        String repealing = TestCorpus.document("名政办发〔2023〕5号", "名市绿色食品认证管理办法", "")
                + "二、附则\n（一）本办法自2023年6月1日起施行，原《名市绿色食品认证管理办法》（名政办发〔2018〕12号）同时废止。\n";
        String draft = TestCorpus.document("", "名市绿色认证三年行动方案（征求意见稿）", "");
        String issued = TestCorpus.document("名政发〔2023〕9号", "名市绿色认证三年行动方案", "");
        for (String text : List.of(former, repealing, draft, issued)) {
            assertThat(ingest.ingest("succession.txt", text.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(IngestOutcome.Status.INGESTED);
        }
        lineage.rebuild();
        String old = documentIri("名政办发〔2018〕12号"), now = documentIri("名政办发〔2023〕5号"), fin = documentIri("名政发〔2023〕9号");
        assertThat(ask("ASK { <" + now + "> eli:repeals <" + old + "> ; eli:changes <" + old + "> . <" + old + "> eli:repealed_by <" + now
                + "> ; eli:in_force eli:InForce-notInForce }")).isTrue();
        assertThat(ask("ASK { <" + now + "> eli:in_force ?any }")).as("not repealed: in force is not known").isFalse();
        assertThat(ask("ASK { <" + fin + "> prov:wasRevisionOf ?draft ; prov:qualifiedRevision [ prov:entity ?draft ; pl:explanation ?why ] . "
                + "?draft pl:status <https://w3id.org/policy-lineage/def/status/draft> FILTER (CONTAINS(?why, \"征求意见稿\")) }")).isTrue();
        assertThat(ask("ASK { <" + now + "> eli:is_about <https://w3id.org/policy-lineage/def/cert-type/green-food> }")).isTrue();
        // The curated query walks both kinds of succession.
        List<Row> succession = Rows.of(store, "queries/succession.rq", Map.of());
        assertThat(succession).extracting(r -> r.string("later") + " " + r.string("change") + " " + r.string("earlier") + " " + r.string("earlierInForce"))
                .contains(now + " repeals " + old + " notInForce")
                .anySatisfy(row -> assertThat(row).startsWith(fin + " revision-of-draft ").endsWith(" unknown"));
    }

    private String documentIri(String number) {
        return store.select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#id_local> \"" + number + "\" ; "
                        + "<https://w3id.org/policy-lineage/def#inCorpus> true }")).next().getResource("d").getURI();
    }

    private boolean ask(String query) {
        return store.ask(org.apache.jena.query.QueryFactory.create("PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                + "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX pl: <https://w3id.org/policy-lineage/def#> " + query));
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
        // The same document in another encoding: a conflict, until its replacement is asked for.
        assertThat(ingest.ingest("gb18030-copy.txt", text.getBytes(Charset.forName("GB18030"))).status())
                .isEqualTo(IngestOutcome.Status.CONFLICT);
        IngestOutcome o = ingest.ingest("gb18030-copy.txt", text.getBytes(Charset.forName("GB18030")), Replace.SAME_DOCUMENT);
        assertThat(o.loaded()).isTrue();
        assertThat(o.documentIri()).isEqualTo(ingest.ingest(original.getFileName().toString(),
                Files.readAllBytes(original), Replace.SAME_DOCUMENT).documentIri());
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
