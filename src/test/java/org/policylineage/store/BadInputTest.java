package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.TestCorpus;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.ingest.Ingestion;

/**
 * Bad and awkward input, each read correctly or refused with a clear message, and the store
 * left as it was: huge files, HTML pages, UTF-16, malformed or contradictory 文号 and dates,
 * a document citing itself, two documents citing each other.
 */
class BadInputTest {
    @TempDir
    static Path dir;
    static PolicyStore store;
    static Ingester ingest;
    static LineageGraph lineage;

    @BeforeAll
    static void open() {
        Ingestion ingestion = TestCorpus.freshStore(dir);
        store = ingestion.store();
        ingest = ingestion.ingester();
        lineage = ingestion.lineage();
    }

    @AfterAll
    static void close() {
        store.close();
    }


    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        long before = store.size();
        String message = ingest.tooLarge(Files.size(huge));
        assertThat(message).contains("100.0 MB").contains("max-document-size");
        IngestOutcome o = ingest.ingest("big.txt", new byte[(int) ingest.maxDocumentBytes() + 1]);
        assertThat(o.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(o.message()).contains("larger than a policy document may be");
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void anHtmlPageHoldingTheDocumentIsReadLikeItsText() throws IOException {
        String text = Files.readString(TestCorpus.corpusFiles().get(2), StandardCharsets.UTF_8);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>苏州</title>"
                + "<script>var nav = '<p>（一）不是条款</p>';</script></head><body><div class=\"nav\">首页 &gt; 政策文件</div>");
        for (String line : text.split("\n")) html.append("<p>").append(line.replace("<", "&lt;")).append("</p>\n");
        html.append("<div class=\"footer\">版权所有：苏州市人民政府</div></body></html>");
        IngestOutcome o = ingest.ingest("suzhou.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(o.loaded()).as(String.valueOf(o.message())).isTrue();
        assertThat(o.documentIri()).endsWith("/su-fu-ban/2022/140");
        assertThat(o.measures()).isEqualTo(17);
        assertThat(o.targets()).isGreaterThanOrEqualTo(13);
    }

    @Test
    void utf16TextIsReadCorrectly() {
        String doc = TestCorpus.document("测政办发〔2023〕7号", "市政府办公室关于推进绿色认证的实施意见", "《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》（国发〔2021〕4号）");
        IngestOutcome o = ingest.ingest("utf16.txt", doc.getBytes(StandardCharsets.UTF_16));
        assertThat(o.loaded()).isTrue();
        assertThat(o.documentIri()).endsWith("/测政办发/2023/7");
        assertThat(o.targets()).isEqualTo(1);
        // Big-endian without a BOM, as a mostly Chinese document is: refused as "not text" before issue 17.
        String be = TestCorpus.document("测政办发〔2023〕17号", "市政府办公室关于进一步推进绿色认证的实施意见", "《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》");
        IngestOutcome b = ingest.ingest("utf16be.txt", be.getBytes(StandardCharsets.UTF_16BE));
        assertThat(b.loaded()).as(String.valueOf(b.message())).isTrue();
        assertThat(b.documentIri()).endsWith("/测政办发/2023/17");
        assertThat(b.targets()).isEqualTo(1);
    }

    @Test
    void malformedAndContradictoryNumbersAndDatesAreNamedInWarnings() {
        // A title of its own: a document without a readable 文号 is known by its title, and another test stores
        // 市政府办公室关于推进绿色认证的实施意见 under 测政办发〔2023〕7号.
        String malformed = "测政办发〔20X3〕7号\n市政府办公室关于推进绿色认证工作的实施意见\n各有关单位：\n提出如下意见。\n一、重点任务\n"
                + "（一）推进绿色认证。到2025年，全市绿色食品认证证书达100张。\n2023年13月40日\n";
        IngestOutcome a = ingest.ingest("malformed.txt", malformed.getBytes(StandardCharsets.UTF_8));
        assertThat(a.loaded()).as(String.valueOf(a.message())).isTrue();
        assertThat(a.warnings()).anyMatch(w -> w.contains("cannot be read") && w.contains("20X3"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("not a date"));

        String contradictory = "文号：测政办发〔2023〕8号\n发文日期：2023-02-30\n测政办发〔2023〕9号\n市政府办公室关于推进绿色服务认证的实施意见\n"
                + "各有关单位：\n提出如下意见。\n一、重点任务\n（一）推进绿色服务认证。到2025年，全市各类服务认证有效证书达50张。\n2022年5月1日\n";
        IngestOutcome b = ingest.ingest("contradictory.txt", contradictory.getBytes(StandardCharsets.UTF_8));
        assertThat(b.loaded()).isTrue();
        assertThat(b.documentIri()).endsWith("/测政办发/2023/9");
        assertThat(b.warnings()).anyMatch(w -> w.contains("测政办发〔2023〕8号") && w.contains("测政办发〔2023〕9号"));
        assertThat(b.warnings()).anyMatch(w -> w.contains("发文日期") && w.contains("2023-02-30"));
        assertThat(b.warnings()).anyMatch(w -> w.contains("before the year of the document number"));

        String addressee = "测政办发〔2023〕10号\n市政府办公室关于推进绿色产品认证的实施意见\n各市（区）市场监管局：\n提出如下意见。\n一、重点任务\n"
                + "（一）推进绿色产品认证。到2025年，全市绿色产品认证证书达20张。\n";
        IngestOutcome c = ingest.ingest("addressee.txt", addressee.getBytes(StandardCharsets.UTF_8));
        assertThat(c.warnings()).as("an addressee with a bracketed word is not a broken 文号").noneMatch(w -> w.contains("cannot be read"));
    }

    @Test
    void selfCitationAndCitationCyclesEndTheWalk() {
        String a = TestCorpus.document("甲政办发〔2023〕1号", "甲市政府办公室关于推进绿色认证的实施意见",
                "《甲市政府办公室关于推进绿色认证的实施意见》（甲政办发〔2023〕1号）和《乙市政府办公室关于推进绿色认证的实施意见》（乙政办发〔2023〕2号）");
        String b = TestCorpus.document("乙政办发〔2023〕2号", "乙市政府办公室关于推进绿色认证的实施意见",
                "《甲市政府办公室关于推进绿色认证的实施意见》（甲政办发〔2023〕1号）");
        IngestOutcome oa = ingest.ingest("a.txt", a.getBytes(StandardCharsets.UTF_8));
        IngestOutcome ob = ingest.ingest("b.txt", b.getBytes(StandardCharsets.UTF_8));
        assertThat(oa.citations()).as("a document citing itself keeps only its other citation").isEqualTo(1);
        var summary = lineage.rebuild();
        assertThat(summary.documentLinks()).isGreaterThanOrEqualTo(2);
        List<Row> chain = Rows.of(store, "queries/citation-chain.rq",
                Map.of("doc", org.apache.jena.graph.NodeFactory.createURI(oa.documentIri())));
        assertThat(chain).extracting(r -> r.string("ancestor")).containsExactly(ob.documentIri());
        List<Row> back = Rows.of(store, "queries/citation-chain.rq",
                Map.of("doc", org.apache.jena.graph.NodeFactory.createURI(ob.documentIri())));
        assertThat(back).extracting(r -> r.string("ancestor")).containsExactly(oa.documentIri());
    }

    @Test
    void homophoneIssuersAreTwoDocumentsAndAnIriClashReplacesNothing() {
        IngestOutcome yue = ingest.ingest("yue.txt", TestCorpus.document("粤政发〔2020〕1号", "粤省政府关于推进绿色认证的实施意见", "").getBytes(StandardCharsets.UTF_8));
        IngestOutcome yueYang = ingest.ingest("yueyang.txt", TestCorpus.document("岳政发〔2020〕1号", "岳市政府关于推进绿色认证的实施意见", "").getBytes(StandardCharsets.UTF_8));
        assertThat(yueYang.status()).isEqualTo(IngestOutcome.Status.INGESTED);
        assertThat(yueYang.documentIri()).isNotEqualTo(yue.documentIri());

        // Two codes that begin with a known abbreviation and sound alike after it (政 and 正) share one IRI:
        // the second is refused, and the first stays as it was.
        IngestOutcome first = ingest.ingest("first.txt", TestCorpus.document("苏政办发〔2020〕1号", "第一个省关于推进绿色认证的实施意见", "").getBytes(StandardCharsets.UTF_8));
        long before = store.size();
        IngestOutcome second = ingest.ingest("second.txt", TestCorpus.document("苏正办发〔2020〕1号", "第二个省关于推进绿色认证的实施意见", "").getBytes(StandardCharsets.UTF_8));
        assertThat(second.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(second.message()).contains(first.documentIri()).contains("苏政办发〔2020〕1号")
                .contains("苏正办发〔2020〕1号").contains("nothing was replaced");
        assertThat(store.size()).isEqualTo(before);
    }
}
