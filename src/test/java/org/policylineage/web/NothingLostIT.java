package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;

/**
 * Issue 17, over HTTP against the packaged jar: a file's name never decides what is replaced (two
 * uploads of one name keep both documents; replacing is asked for and says what it replaced), and a
 * document far larger than any policy document is bounded, its page answers in seconds and later
 * ingests stay as fast as before it.
 */
class NothingLostIT {
    static final String ADMIN = "admin", PASSWORD = "a-long-test-only-password";

    @TempDir
    static Path dir;
    static RunningService service;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(dir.resolve("store"), "--policy-lineage.security.admin-username=" + ADMIN,
                "--policy-lineage.security.admin-password=" + PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    /** A document of the corpus's genre: its 文号, a title, a citation, three measures, targets of the given value. */
    static String document(String number, String title, int value, String padding) {
        return number + "\n" + title + "\n各有关单位：\n"
                + "为深入贯彻《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》（国发〔2021〕4号）精神，提出如下意见。\n"
                + "一、重点任务\n"
                + "（一）推进绿色认证。" + padding + "到2025年，全市绿色食品认证证书达" + value + "张。（市市场监管局按职责分工负责）\n"
                + "（二）加强绿色服务认证。到2025年，全市各类服务认证有效证书达" + (value + 1) + "张。\n"
                + "（三）加强组织领导。建立工作机制。\n";
    }

    static HttpResponse<String> post(String query, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.url("/api/documents" + query))).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/plain")
                .header("Authorization", basicAuth())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basicAuth() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A document's path under /id/doc/ as a URL path (issuer/year/serial; an issuer in characters percent-encoded). */
    static String slug(String iri) {
        return org.springframework.web.util.UriUtils.encodePath(iri.substring(iri.indexOf("/id/doc/") + "/id/doc/".length()), StandardCharsets.UTF_8);
    }

    /** Quads in a document's graph, by SPARQL. */
    static long graphSize(String docIri) throws Exception {
        String graph = docIri.replace("/id/doc/", "/graph/doc/");
        var r = http.send(HttpRequest.newBuilder(URI.create(service.url("/sparql?query="
                        + enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }"))))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        String n = JSON.parse(r.body()).getObj("results").get("bindings").getAsArray().get(0).getAsObject()
                .getObj("n").getString("value");
        return Long.parseLong(n);
    }

    @Test
    void twoUploadsOfOneNameKeepBothDocumentsAndReplacingIsAskedForAndSaysWhat() throws Exception {
        // No name: both default to upload.txt. Before issue 17, B's upload deleted A.
        var a = post("", document("名政办发〔2024〕1号", "名市政府办公室关于推进绿色认证的实施意见", 100, ""));
        var b = post("", document("名政办发〔2024〕2号", "名市政府办公室关于推进绿色服务认证的实施意见", 200, ""));
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        assertThat(b.statusCode()).as(b.body()).isEqualTo(201);
        String aIri = JSON.parse(a.body()).getString("documentIri"), bIri = JSON.parse(b.body()).getString("documentIri");
        assertThat(aIri).isNotEqualTo(bIri);
        assertThat(get("/api/documents/" + slug(aIri)).statusCode()).isEqualTo(200);
        assertThat(get("/api/documents/" + slug(bIri)).statusCode()).isEqualTo(200);
        assertThat(graphSize(aIri)).isGreaterThan(50);

        // The same explicit name from two clients at once: both documents stay.
        CompletableFuture<HttpResponse<String>> c = CompletableFuture.supplyAsync(() -> call("?name=same.txt",
                document("名政办发〔2024〕3号", "名市政府办公室关于推进绿色产品认证的实施意见", 300, "")));
        CompletableFuture<HttpResponse<String>> d = CompletableFuture.supplyAsync(() -> call("?name=same.txt",
                document("名政办发〔2024〕4号", "名市政府办公室关于推进有机产品认证的实施意见", 400, "")));
        for (var r : java.util.List.of(c.get(), d.get())) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String iri = JSON.parse(r.body()).getString("documentIri");
            assertThat(get("/api/documents/" + slug(iri)).statusCode()).isEqualTo(200);
            assertThat(graphSize(iri)).isGreaterThan(50);
        }
        assertThat(get("/api/documents/" + slug(aIri)).statusCode()).isEqualTo(200);

        // A new text of A without asking to replace: a conflict, A as it was.
        String revised = document("名政办发〔2024〕1号", "名市政府办公室关于推进绿色认证的实施意见", 150, "");
        var conflict = post("?name=revised.txt", revised);
        assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
        JsonObject refused = JSON.parse(conflict.body());
        assertThat(refused.getString("status")).isEqualTo("CONFLICT");
        assertThat(refused.getString("documentIri")).isEqualTo(aIri);
        assertThat(refused.getString("message")).contains(aIri).contains("nothing was replaced").contains("replace=");
        assertThat(get("/api/documents/" + slug(aIri)).body()).contains("达100张").doesNotContain("达150张");

        // Asked for by its 文号: replaced, and the answer says what it replaced.
        var replaced = post("?name=revised.txt&replace=" + enc("名政办发〔2024〕1号"), revised);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonObject o = JSON.parse(replaced.body());
        assertThat(o.getString("status")).isEqualTo("REPLACED");
        assertThat(o.getString("documentIri")).isEqualTo(aIri);
        JsonObject was = o.getObj("replaced");
        assertThat(was.getString("documentIri")).isEqualTo(aIri);
        assertThat(was.getString("number")).isEqualTo("名政办发〔2024〕1号");
        assertThat(was.getString("fileName")).isEqualTo("upload.txt");
        assertThat(o.getString("message")).startsWith("replaced " + aIri);
        assertThat(get("/api/documents/" + slug(aIri)).body()).contains("达150张");
        assertThat(get("/api/documents/" + slug(bIri)).statusCode()).isEqualTo(200);

        // By its IRI, the same; a replace naming no stored document replaces nothing.
        var byIri = post("?replace=" + enc(aIri), document("名政办发〔2024〕1号", "名市政府办公室关于推进绿色认证的实施意见", 160, ""));
        assertThat(byIri.statusCode()).as(byIri.body()).isEqualTo(200);
        assertThat(JSON.parse(byIri.body()).getObj("replaced").getString("fileName")).isEqualTo("revised.txt");
        var nothing = post("?replace=" + enc("名政办发〔2024〕99号"), document("名政办发〔2024〕5号", "名市关于推进认证的意见", 500, ""));
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(nothing.body()).contains("no document");
    }

    static HttpResponse<String> call(String query, String body) {
        try {
            return post(query, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 19 MB document of 9,801 measures, each with 13 targets: under the size limit, far beyond any policy document. */
    static String large() {
        String sentence = "积极推行绿色产品认证，推动有机产品认证和绿色食品认证，到2025年，全市绿色食品认证证书达%d张。";
        StringBuilder out = new StringBuilder("测政办发〔2024〕999号\n市政府办公室关于超大文件的实施意见\n各有关单位：\n"
                + "为深入贯彻《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》（国发〔2021〕4号）精神，提出如下意见。\n");
        int n = 0;
        for (int s = 1; s <= 99; s++) {
            out.append(numeral(s)).append("、重点任务第").append(s).append("部分\n");
            for (int m = 1; m <= 99; m++) {
                out.append('（').append(numeral(m)).append("）推进绿色认证第").append(s).append('-').append(m).append("项。");
                for (int k = 0; k < 13; k++) out.append(String.format(sentence, ++n));
                out.append("（市市场监管局、市农业农村局按职责分工负责）\n");
            }
        }
        return out.toString();
    }

    /** 1..99 as a clause number: 一, 十一, 九十九. */
    static String numeral(int n) {
        String d = "零一二三四五六七八九";
        if (n < 10) return String.valueOf(d.charAt(n));
        return (n / 10 == 1 ? "" : String.valueOf(d.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
    }

    @Test
    void aLargeDocumentIsBoundedItsPageAnswersAndLaterIngestsStayFast() throws Exception {
        long t0 = System.nanoTime();
        var before = post("?name=small-1.txt", document("测政办发〔2024〕1号", "市政府办公室关于推进绿色认证的实施意见", 10, ""));
        double smallBefore = (System.nanoTime() - t0) / 1e9;
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);

        String text = large();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isBetween(18_000_000, 20 * 1024 * 1024);
        long t1 = System.nanoTime();
        var big = post("?name=large.txt", text);
        double largeSeconds = (System.nanoTime() - t1) / 1e9;
        assertThat(big.statusCode()).as(big.body()).isEqualTo(201);
        JsonObject o = JSON.parse(big.body());
        String iri = o.getString("documentIri");
        assertThat(o.get("measures").getAsNumber().value().intValue()).isEqualTo(1000);
        assertThat(o.get("targets").getAsNumber().value().intValue()).isEqualTo(2000);
        String warnings = o.get("warnings").toString();
        assertThat(warnings).contains("policy-lineage.ingest.limits.measures").contains("policy-lineage.ingest.limits.targets");
        long quads = graphSize(iri);
        // Before the limits: about 1.2 million quads for a document of this size. At the default limits a
        // document makes at most about 90,000 (1,000 measures, 2,000 targets, 5,000 mentions, 1,000 citations).
        assertThat(quads).isLessThan(100_000);

        long t2 = System.nanoTime();
        var page = get("/api/documents/" + slug(iri));
        double pageSeconds = (System.nanoTime() - t2) / 1e9;
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(pageSeconds).isLessThan(10);
        JsonObject detail = JSON.parse(page.body());
        JsonObject p = detail.getObj("page");
        assertThat(p.get("measures").getAsNumber().value().intValue()).isEqualTo(1000);
        assertThat(p.get("limit").getAsNumber().value().intValue()).isEqualTo(200);
        int shown = detail.get("sections").getAsArray().stream()
                .mapToInt(s -> s.getAsObject().get("measures").getAsArray().size()).sum();
        assertThat(shown).isEqualTo(200);
        var next = get("/api/documents/" + slug(iri) + "?offset=900&limit=200");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(JSON.parse(next.body()).get("sections").getAsArray().stream()
                .mapToInt(s -> s.getAsObject().get("measures").getAsArray().size()).sum()).isEqualTo(100);
        assertThat(get("/api/documents/" + slug(iri) + "/alignments?limit=50").statusCode()).isEqualTo(200);

        long t3 = System.nanoTime();
        var after = post("?name=small-2.txt", document("测政办发〔2024〕2号", "市政府办公室关于推进绿色服务认证的实施意见", 20, ""));
        double smallAfter = (System.nanoTime() - t3) / 1e9;
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        System.out.printf("large document: %d bytes ingested in %.1f s, %d quads; its page in %.2f s; a small ingest %.2f s before it, %.2f s after%n",
                bytes.length, largeSeconds, quads, pageSeconds, smallBefore, smallAfter);
        // Before the limits a small ingest after the large document took 15 s instead of 1 s.
        assertThat(smallAfter).isLessThan(Math.max(3 * smallBefore, smallBefore + 3));
    }

    /** A Word file made by POI and a text file in one multipart upload, as a researcher sends a folder of downloads. */
    private static byte[] docx(String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] part(String boundary, String name, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aWordFileAndATextFileInOneUploadAreBothStoredAndTheWordFileIsServedAsSent() throws Exception {
        byte[] word = docx("试政办发〔2024〕7号", "试市政府办公室关于推进绿色认证的实施意见", "各有关单位：",
                "一、重点任务", "（一）推进绿色认证。到2025年，全市绿色食品认证证书达300张。", "（二）加强组织领导。建立工作机制。");
        byte[] text = ("试政办发〔2024〕8号\n试市政府办公室关于推进服务认证的实施意见\n各有关单位：\n一、重点任务\n"
                + "（一）推进服务认证。到2025年，全市服务认证有效证书达120张。\n（二）加强组织领导。建立工作机制。\n")
                .getBytes(StandardCharsets.UTF_8);
        String boundary = "----" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(part(boundary, "opinions.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", word));
        body.writeBytes(part(boundary, "service.txt", "text/plain", text));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(service.url("/api/documents"))).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", basicAuth())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonArray outcomes = JSON.parseAny(r.body()).getAsArray();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).getAsObject().getString("status")).isEqualTo("INGESTED");
        assertThat(outcomes.get(1).getAsObject().getString("status")).isEqualTo("INGESTED");
        assertThat(outcomes.get(0).getAsObject().get("targets").getAsNumber().value().intValue()).isEqualTo(1);

        String wordIri = outcomes.get(0).getAsObject().getString("documentIri");
        String slug = slug(wordIri);
        HttpResponse<String> detail = http.send(HttpRequest.newBuilder(URI.create(service.url("/api/documents/" + slug))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("试政办发〔2024〕7号", "300");

        HttpResponse<byte[]> source = http.send(HttpRequest.newBuilder(URI.create(service.url("/api/documents/" + slug + "/source"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(source.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(source.body()).isEqualTo(word);
    }
}
