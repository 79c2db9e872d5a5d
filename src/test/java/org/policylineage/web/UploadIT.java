package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;

/**
 * Several documents in one upload over HTTP, as a researcher sends a folder of downloads: a Word file made by
 * POI and a text file in one multipart request, each read by its format, and the Word file served back as it
 * was sent.
 */
class UploadIT {
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
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonArray outcomes = JSON.parseAny(r.body()).getAsArray();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0).getAsObject().getString("status")).isEqualTo("INGESTED");
        assertThat(outcomes.get(1).getAsObject().getString("status")).isEqualTo("INGESTED");
        assertThat(outcomes.get(0).getAsObject().get("targets").getAsNumber().value().intValue()).isEqualTo(1);

        String wordIri = outcomes.get(0).getAsObject().getString("documentIri");
        String slug = wordIri.substring(wordIri.lastIndexOf('/') + 1);
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
