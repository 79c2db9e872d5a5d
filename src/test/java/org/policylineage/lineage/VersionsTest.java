package org.policylineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Ingestion;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.store.PolicyStore;
import org.policylineage.validation.GraphValidator;

/**
 * Issue 21, versions and succession, on a real TDB2 store with the seed corpus and made-up documents of real places:
 * what changed in the targets between a draft and its issued document and between a repealed document and the one
 * replacing it; a place's later document continuing an earlier one on the same subject (the seed's undated Lianyungang
 * draft after 连政办发〔2022〕68号, and two five-year plans by their titles); and what is not a continuation.
 */
class VersionsTest {
    @TempDir
    static Path dir;
    static PolicyStore store;
    static Ingester ingest;

    /** Suqian's draft plan and the plan issued from it: one target raised, one lowered, one kept, one dropped, one added. */
    static final String DRAFT = plan("", "宿迁市绿色认证三年行动方案（征求意见稿）", "2023年3月1日",
            "到2025年，全市绿色食品认证证书达100张，有机产品认证证书达50张，服务认证证书达20张，能源管理体系认证证书达10张。");
    static final String ISSUED = plan("宿政办发〔2023〕9号", "宿迁市人民政府办公室关于印发宿迁市绿色认证三年行动方案的通知", "2023年6月1日",
            "到2025年，全市绿色食品认证证书达120张，有机产品认证证书达40张，能源管理体系认证证书达10张，环境管理体系认证证书达30张。");
    /** Huai'an's rules of 2018 and those of 2023 that replace them (原…同时废止). */
    static final String FORMER = plan("淮政办发〔2018〕12号", "淮安市人民政府办公室关于印发淮安市绿色食品认证管理办法的通知", "2018年5月1日",
            "到2020年，全市绿色食品认证证书达80张。");
    static final String REPLACING = plan("淮政办发〔2023〕5号", "淮安市人民政府办公室关于印发淮安市绿色食品认证管理办法的通知", "2023年5月1日",
            "到2020年，全市绿色食品认证证书达90张。到2025年，全市有机产品认证证书达60张。")
            + "三、附则\n（一）本办法自2023年6月1日起施行，原《淮安市绿色食品认证管理办法》（淮政办发〔2018〕12号）同时废止。\n";
    /** Yancheng's 十四五 and 十五五 plans: one subject, two periods. */
    static final String PLAN_14 = plan("盐政发〔2021〕20号", "盐城市“十四五”绿色认证发展规划（2021—2025年）", "2021年6月1日",
            "到2025年，全市绿色食品认证证书达300张。");
    static final String PLAN_15 = plan("盐政发〔2026〕8号", "盐城市“十五五”绿色认证发展规划（2026—2030年）", "2026年4月1日",
            "到2030年，全市绿色食品认证证书达450张。");
    /** Yancheng again, on another subject: continues neither plan. */
    static final String OTHER = plan("盐政发〔2027〕3号", "盐城市养老服务体系建设实施方案", "2027年2月1日",
            "到2030年，全市养老机构护理型床位占比达60%。");

    @BeforeAll
    static void load() throws IOException {
        Ingestion ingestion = TestCorpus.freshStore(dir);
        store = ingestion.store();
        ingest = ingestion.ingester();
        for (Path f : TestCorpus.corpusFiles()) ingest.ingest(f.getFileName().toString(), Files.readAllBytes(f));
        for (String text : List.of(DRAFT, ISSUED, FORMER, REPLACING, PLAN_14, PLAN_15, OTHER)) {
            IngestOutcome o = ingest.ingest("version.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(o.status()).as(o.message()).isEqualTo(IngestOutcome.Status.INGESTED);
        }
        ingestion.lineage().rebuild();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String plan(String number, String title, String date, String targets) {
        return number + "\n" + title + "\n各县、区人民政府，市各委办局：\n为深入推进绿色认证，结合实际，制定本方案。\n一、主要目标\n" + targets + "\n"
                + "二、重点任务\n（一）推进绿色认证。扩大绿色认证覆盖面。（市市场监管局按职责分工负责）\n（二）加强组织领导。建立工作机制。\n"
                + "市人民政府办公室\n" + date + "\n";
    }

    @Test
    void theDraftsTargetsRaisedLoweredKeptDroppedAndAddedAreStatedWithValuesAndEvidence() {
        String issued = documentIri("宿政办发〔2023〕9号");
        List<String> changes = changes(issued);
        assertThat(changes).containsExactlyInAnyOrder(
                "revision-of-draft draft-title raised 绿色食品认证证书 100 120 张 2025 2025",
                "revision-of-draft draft-title lowered 有机产品认证证书 50 40 张 2025 2025",
                "revision-of-draft draft-title unchanged 能源管理体系认证证书 10 10 张 2025 2025",
                "revision-of-draft draft-title dropped 服务认证证书 20 - 张 2025 -",
                "revision-of-draft draft-title added 环境管理体系认证证书 - 30 张 - 2025");
        // Each change says why, and the later target is a PROV revision of the earlier it was paired with.
        assertThat(ask("ASK { ?c a pl:TargetChange ; pl:laterDocument <" + issued + "> ; pl:changeKind <https://w3id.org/policy-lineage/def/target-change/raised> ; "
                + "pl:method <https://w3id.org/policy-lineage/def/method/indicator-and-deadline> ; pl:explanation ?why ; pl:earlierTarget ?e ; pl:laterTarget ?l . "
                + "?l prov:wasRevisionOf ?e FILTER (CONTAINS(?why, \"100 张 due 2025 in the earlier version, 120 张 due 2025 in the later\")) }")).isTrue();
    }

    @Test
    void aRepealingDocumentsTargetsAreComparedWithThoseOfTheDocumentItReplaces() {
        String replacing = documentIri("淮政办发〔2023〕5号");
        assertThat(changes(replacing)).containsExactlyInAnyOrder(
                "repeals explicit-citation raised 绿色食品认证证书 80 90 张 2020 2020",
                "repeals explicit-citation added 有机产品认证证书 - 60 张 - 2025");
    }

    @Test
    void theSeedsUndatedLianyungangDraftContinuesThe2022OpinionsOnTheSameSubjects() {
        String earlier = documentIri("连政办发〔2022〕68号");
        List<Row> rows = Rows.of(store, "queries/succession.rq", Map.of("doc", NodeFactory.createURI(earlier)));
        assertThat(rows).extracting(r -> r.string("change")).containsOnly("continues");
        Row first = rows.get(0);
        assertThat(first.string("later")).contains("/id/doc/lianyungang/undated/");
        assertThat(first.string("method")).isEqualTo("same-subject-later");
        assertThat(first.number("score").doubleValue()).isBetween(0.3, 1.0);
        assertThat(first.string("evidence")).contains("the same jurisdiction").contains("its targets are due 2027–2030, after the earlier's 2025")
                .contains("has no title").contains("green-food").contains("the later document is a draft");
        // No indicator is set by both: every target of each side is added or dropped, none silently left out.
        long earlierTargets = count("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t pl:document <" + earlier + "> ; pl:indicator ?i }");
        long laterTargets = count("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t pl:document <" + first.string("later") + "> ; pl:indicator ?i }");
        assertThat(rows.stream().filter(r -> "dropped".equals(r.string("targetChange"))).count()).isEqualTo(earlierTargets).isPositive();
        assertThat(rows.stream().filter(r -> "added".equals(r.string("targetChange"))).count()).isEqualTo(laterTargets).isPositive();
        // The seed's other documents are of other places: Suzhou's opinions of the same subject continue nothing.
        assertThat(ask("ASK { ?r a pl:Continuation ; prov:entity ?e . ?l prov:qualifiedRevision ?r . ?l eli:jurisdiction ?p . "
                + "FILTER (!CONTAINS(STR(?p), 'lianyungang') && !CONTAINS(STR(?p), 'yancheng')) }")).isFalse();
    }

    @Test
    void aPlanContinuesThePlanOfTheSamePlaceAndTitleForTheNextPeriodAndNothingElse() {
        String p14 = documentIri("盐政发〔2021〕20号"), p15 = documentIri("盐政发〔2026〕8号"), other = documentIri("盐政发〔2027〕3号");
        List<Row> rows = Rows.of(store, "queries/succession.rq", Map.of("doc", NodeFactory.createURI(p15)));
        assertThat(rows).extracting(r -> r.string("later") + " " + r.string("change") + " " + r.string("earlier"))
                .containsOnly(p15 + " continues " + p14);
        assertThat(rows.get(0).number("score").doubleValue()).isEqualTo(1.0);
        assertThat(rows.get(0).string("evidence")).contains("issued 2026-04-01, after 2021-06-01").contains("titles alike at 1.00");
        assertThat(changesOf(rows)).containsExactly("continues same-subject-later raised 绿色食品认证证书 300 450 张 2025 2030");
        assertThat(ask("ASK { <" + other + "> prov:wasRevisionOf ?any }")).as("another subject of the same place").isFalse();
        assertThat(ask("ASK { <" + p14 + "> prov:wasRevisionOf ?any }")).as("the earlier plan continues nothing").isFalse();
        // The draft that became the issued plan is its version, not a continuation of anything.
        assertThat(ask("ASK { ?r a pl:Continuation ; prov:entity <" + documentIri("宿政办发〔2023〕9号") + "> }")).isFalse();
    }

    @Test
    void theVersionsConformToTheShapes() {
        ValidationReport report = new GraphValidator().validate(store);
        assertThat(report.getEntries()).as("SHACL violations").isEmpty();
    }

    private List<String> changes(String doc) {
        return changesOf(Rows.of(store, "queries/succession.rq", Map.of("doc", NodeFactory.createURI(doc))));
    }

    private static List<String> changesOf(List<Row> rows) {
        return rows.stream().map(r -> String.join(" ", r.string("change"), r.string("method"), r.string("targetChange"), r.string("indicator"),
                plain(r, "earlierValue"), plain(r, "laterValue"), or(r, "laterUnit").equals("-") ? r.string("earlierUnit") : r.string("laterUnit"), or(r, "earlierDeadline"), or(r, "laterDeadline"))).toList();
    }

    private static String plain(Row r, String var) {
        return r.has(var) ? r.decimal(var).stripTrailingZeros().toPlainString() : "-";
    }

    private static String or(Row r, String var) {
        return r.has(var) ? r.string(var) : "-";
    }

    private String documentIri(String number) {
        return store.select(QueryFactory.create("SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#id_local> \"" + number + "\" ; "
                + "<https://w3id.org/policy-lineage/def#inCorpus> true }")).next().getResource("d").getURI();
    }

    private static final String PREFIXES = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
            + "PREFIX pl: <https://w3id.org/policy-lineage/def#> ";

    private boolean ask(String query) {
        return store.ask(QueryFactory.create(PREFIXES + query));
    }

    private long count(String query) {
        return store.select(QueryFactory.create(PREFIXES + query)).next().getLiteral("n").getLong();
    }
}
