package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.store.PolicyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Corrections over real HTTP on a real store: a curator signs in with a session and the CSRF token,
 * corrects a target, and anyone then reads it corrected; what is refused (no note, an IRI not
 * stored, the admin who is no curator, a request without the CSRF token as another site's page
 * would send it, no sign-in) says why and leaves the store as it was.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationHttpTest {
    static final String CURATOR = "alice", PASSWORD = "a-curator-test-password", ADMIN = "test-admin", ADMIN_PASSWORD = "an-admin-test-password";
    static final String DOC = "http://localhost:8080/id/doc/su-fu-ban/2022/140";
    static final String TARGET = DOC + "/target/7-1";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        r.add("policy-lineage.store.directory", () -> dir.resolve("store").toString());
        r.add("policy-lineage.security.admin-username", () -> ADMIN);
        r.add("policy-lineage.security.admin-password", () -> ADMIN_PASSWORD);
        r.add("policy-lineage.security.curators[0].username", () -> CURATOR);
        r.add("policy-lineage.security.curators[0].password", () -> PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        // Few failures: the throttle is seen at work; within the window they stay counted (the test that counts them runs last).
        r.add("policy-lineage.security.max-failures", () -> "3");
        r.add("policy-lineage.security.failure-window", () -> "30s");
    }

    @LocalServerPort
    int port;

    @Autowired
    PolicyStore store;

    final ObjectMapper json = new ObjectMapper();

    /** A browser: its own cookies, and the token it read from the XSRF-TOKEN cookie. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        String token() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().orElse("");
        }

        HttpResponse<String> send(String method, String path, String body, boolean withToken, String... headers) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Accept", "application/json");
            if (body != null) b.header("Content-Type", "application/json");
            if (withToken) b.header("X-XSRF-TOKEN", token());
            for (int i = 0; i < headers.length; i += 2) b.setHeader(headers[i], headers[i + 1]);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String user, String password) throws Exception {
            assertThat(send("GET", "/api/session", null, false).statusCode()).isEqualTo(200);
            HttpResponse<String> r = send("POST", "/api/session", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", true);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }

    /** A document's file as the explorer's upload form sends it: one multipart part named file. */
    static final String UPLOAD_TYPE = "multipart/form-data; boundary=upload-boundary";
    static final String UPLOAD = "--upload-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cited.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n关于印发测试方案的通知\n测政发〔2023〕9号\n到2025年，全市绿色食品认证证书达到100张。\r\n--upload-boundary--\r\n";

    private String value() throws Exception {
        HttpResponse<String> r = new Browser().send("GET", "/api/targets/lineage?iri=" + URLEncoder.encode(TARGET, StandardCharsets.UTF_8), null, false);
        return json.readTree(r.body()).toString();
    }

    private static String edit(String note, String target) {
        return "{\"action\":\"edit\",\"target\":\"" + target + "\",\"values\":{\"value\":\"612\"}" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    @Test
    void aCuratorCorrectsATargetAndEveryoneSeesItCorrectedWithItsHistory(CapturedOutput output) throws Exception {
        Browser curator = new Browser();
        curator.signIn(CURATOR, PASSWORD);
        JsonNode session = json.readTree(curator.send("GET", "/api/session", null, false).body());
        assertThat(session.path("username").asString()).isEqualTo(CURATOR);
        assertThat(session.path("curator").asBoolean()).isTrue();

        // The API's answer is kept until the store changes: asked again with its ETag, 304 and no body.
        String lineage = "/api/targets/lineage?iri=" + URLEncoder.encode(TARGET, StandardCharsets.UTF_8);
        HttpResponse<String> before = new Browser().send("GET", lineage, null, false);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(new Browser().send("GET", lineage, null, false, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(value()).contains("\"value\":17500");

        HttpResponse<String> made = curator.send("POST", "/api/corrections", edit("read from the wrong clause", TARGET), true);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        // The correction moved the store on: the kept answer and its ETag no longer hold.
        HttpResponse<String> after = new Browser().send("GET", lineage, null, false, "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("\"value\":612");
        JsonNode c = json.readTree(made.body());
        assertThat(c.path("curator").asString()).isEqualTo(CURATOR);
        assertThat(c.path("appliesTo").asString()).isEqualTo(TARGET);

        assertThat(value()).contains("\"value\":612").contains("\"status\":\"corrected\"");
        // /sparql answers from the corrected view; ?view=extracted from what extraction stored.
        String query = URLEncoder.encode("SELECT ?v WHERE { <" + TARGET + "> <https://w3id.org/policy-lineage/def#value> ?v }", StandardCharsets.UTF_8);
        String corrected = new Browser().send("GET", "/sparql?query=" + query, null, false, "Accept", "text/csv").body();
        String extracted = new Browser().send("GET", "/sparql?view=extracted&query=" + query, null, false, "Accept", "text/csv").body();
        assertThat(corrected.lines().skip(1).toList()).as(corrected + " / " + extracted).containsExactly("612.0");
        assertThat(extracted.lines().skip(1).toList()).containsExactly("17500.0");
        // The linked data of the target says the same, with its status and history.
        String turtle = new Browser().send("GET", "/data?format=ttl&iri=" + URLEncoder.encode(TARGET, StandardCharsets.UTF_8), null, false,
                "Accept", "text/turtle").body();
        assertThat(turtle).contains("612").doesNotContain("17500.0").contains("curation-status/corrected").contains("pl:correction");
        JsonNode history = json.readTree(new Browser().send("GET", "/api/corrections?target=" + URLEncoder.encode(TARGET, StandardCharsets.UTF_8), null, false).body());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("note").asString()).isEqualTo("read from the wrong clause");

        HttpResponse<String> trig = new Browser().send("GET", "/api/corrections/export", null, false, "Accept", "application/trig");
        assertThat(trig.statusCode()).isEqualTo(200);
        assertThat(trig.body()).contains("read from the wrong clause");
        HttpResponse<String> again = curator.send("POST", "/api/corrections/import", trig.body(), true, "Content-Type", "application/trig");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("added").asInt()).isZero();

        assertThat(new Browser().send("GET", "/api/corrections/queue?limit=5", null, false).statusCode()).isEqualTo(200);
        // Every write is audited: who, what, and the answer.
        assertThat(output.getAll()).contains("POST /api/corrections  by alice from").contains("POST /api/corrections/import  by alice");
    }

    /**
     * A target a curator adds is a target like an extracted one: its own REST view and page, its document's page, the
     * curated queries that list targets, and its linked data, each with its status and history.
     */
    @Test
    void aTargetACuratorAddsIsServedAsEveryTargetIs() throws Exception {
        Browser curator = new Browser();
        curator.signIn(CURATOR, PASSWORD);
        // Words the text holds across a line break (…证书达 3000\n\n张), typed as a reader sees them, to the document.
        HttpResponse<String> made = curator.send("POST", "/api/corrections", "{\"action\":\"add\",\"kind\":\"target\",\"target\":\"" + DOC
                + "\",\"values\":{\"value\":\"3000\",\"unit\":\"张\",\"comparator\":\">=\",\"deadline\":\"2025\",\"indicator\":"
                + "\"节能节水低碳产品认证有效证书数\",\"quote\":\"节能节水低碳产品认证有效证书达3000张\"},\"note\":\"read again by hand\"}", true);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String added = json.readTree(made.body()).path("appliesTo").asString();
        assertThat(added).startsWith(DOC + "/target/curated-");
        String iri = URLEncoder.encode(added, StandardCharsets.UTF_8);

        // Its REST view, as the explorer's target page reads it.
        HttpResponse<String> lineage = new Browser().send("GET", "/api/targets/lineage?iri=" + iri, null, false);
        assertThat(lineage.statusCode()).as(lineage.body()).isEqualTo(200);
        JsonNode view = json.readTree(lineage.body()).path("target");
        assertThat(view.path("value").asDouble()).isEqualTo(3000.0);
        assertThat(view.path("unit").asString()).isEqualTo("张");
        assertThat(view.path("deadline").asString()).isEqualTo("2025");
        assertThat(view.path("indicatorLabel").asString()).isEqualTo("节能节水低碳产品认证有效证书数");
        assertThat(view.path("status").asString()).isEqualTo("added");
        assertThat(view.path("doc").asString()).isEqualTo(DOC);
        // Its measure is the one whose text holds the words; its quote is the text's own words, line break and all.
        assertThat(view.path("measure").asString()).isEqualTo(DOC + "/measure/7");
        assertThat(view.path("exact").asString()).contains("3000").contains("\n").endsWith("张");
        assertThat(view.path("start").asInt()).isPositive();
        JsonNode history = json.readTree(new Browser().send("GET", "/api/corrections?target=" + iri, null, false).body());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("note").asString()).isEqualTo("read again by hand");

        // Its document's page lists it under its measure.
        String page = new Browser().send("GET", "/api/documents/su-fu-ban/2022/140?limit=1000", null, false).body();
        JsonNode doc = json.readTree(page);
        assertThat(doc.path("targets").toString()).contains(added);
        assertThat(doc.path("sections").findValues("measures").toString()).contains(added);
        // Each agency a measure names carries the IRI of its naming, and each certificate type its statement: what a curator rejects.
        JsonNode agencies = doc.path("sections").findValues("agencies").stream().filter(a -> !a.isEmpty()).findFirst().orElseThrow();
        assertThat(agencies.get(0).path("responsibility").asString()).matches(java.util.regex.Pattern.quote(DOC) + "/measure/\\d+/responsibility/.+");
        JsonNode types = doc.path("sections").findValues("certificateTypes").stream().filter(a -> !a.isEmpty()).findFirst().orElseThrow();
        assertThat(types.get(0).path("statement").asString()).matches(java.util.regex.Pattern.quote(DOC) + "/measure/\\d+/certificate-type/"
                + java.util.regex.Pattern.quote(types.get(0).path("notation").asString()));

        // The curated query of every target lists it.
        String targets = Files.readString(Path.of("queries/targets.rq"), StandardCharsets.UTF_8);
        String csv = new Browser().send("POST", "/sparql", "query=" + URLEncoder.encode(targets, StandardCharsets.UTF_8), false,
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/csv").body();
        assertThat(csv.lines().filter(l -> l.contains(added)).toList()).singleElement().asString().contains("3000").contains("张");

        // It dereferences as linked data, with its status and history.
        HttpResponse<String> turtle = new Browser().send("GET", "/data?format=ttl&iri=" + iri, null, false, "Accept", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.body()).contains("curation-status/added").contains("pl:correction").contains("3000");
        HttpResponse<String> id = new Browser().send("GET", added.replace("http://localhost:8080", ""), null, false, "Accept", "text/turtle");
        assertThat(id.statusCode()).as(id.body()).isIn(200, 303);

        // Words the text does not hold are refused, and nothing is added.
        HttpResponse<String> invented = curator.send("POST", "/api/corrections", "{\"action\":\"add\",\"kind\":\"target\",\"target\":\"" + DOC
                + "/measure/7\",\"values\":{\"value\":\"300\",\"unit\":\"家\",\"indicator\":\"绿色认证企业\",\"quote\":\"绿色认证企业达300家以上\"},"
                + "\"note\":\"missed\"}", true);
        assertThat(invented.statusCode()).isEqualTo(400);
        assertThat(invented.body()).contains("is not in the text of " + DOC + "/measure/7");
    }

    @Test
    void badCorrectionsAreRefusedWithAClearMessageAndTheStoreUnchanged(CapturedOutput output) throws Exception {
        Browser curator = new Browser();
        curator.signIn(CURATOR, PASSWORD);
        long version = store.dataVersion().orElseThrow();
        int corrections = json.readTree(new Browser().send("GET", "/api/corrections", null, false).body()).size();

        HttpResponse<String> noNote = curator.send("POST", "/api/corrections", edit(null, TARGET), true);
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body()).contains("needs a note");

        HttpResponse<String> unknown = curator.send("POST", "/api/corrections", edit("why", DOC + "/target/99-9"), true);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("is stored as " + DOC + "/target/99-9");

        // A page of another site posting with the curator's cookie: refused as a cross-origin write, and
        // without the origin (a form, an old browser) for want of the token it cannot read.
        HttpResponse<String> forged = curator.send("POST", "/api/corrections", edit("why", TARGET), false, "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("another origin");
        HttpResponse<String> noToken = curator.send("POST", "/api/corrections", edit("why", TARGET), false);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("CSRF token");

        Browser admin = new Browser();
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> notCurator = admin.send("POST", "/api/corrections", edit("why", TARGET), true);
        assertThat(notCurator.statusCode()).isEqualTo(403);
        assertThat(notCurator.body()).contains("needs the role CURATOR").contains(ADMIN);

        String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(new Browser().send("POST", "/api/corrections", edit("why", TARGET), false, "Authorization", basic).statusCode()).isEqualTo(403);

        // A session's upload of a document's file (the explorer's page of a cited document) is a curator's write like a
        // correction: without the token, or from a session without the curator role, it is refused before anything is read.
        HttpResponse<String> uploadNoToken = curator.send("POST", "/api/documents", UPLOAD, false, "Content-Type", UPLOAD_TYPE);
        assertThat(uploadNoToken.statusCode()).isEqualTo(403);
        assertThat(uploadNoToken.body()).contains("CSRF token");
        HttpResponse<String> uploadNotCurator = admin.send("POST", "/api/documents", UPLOAD, true, "Content-Type", UPLOAD_TYPE);
        assertThat(uploadNotCurator.statusCode()).isEqualTo(403);
        assertThat(uploadNotCurator.body()).contains("needs the role CURATOR");

        HttpResponse<String> anonymous = new Browser().send("POST", "/api/corrections", edit("why", TARGET), false);
        assertThat(anonymous.statusCode()).isIn(401, 403);
        HttpResponse<String> wrong = new Browser().send("POST", "/api/session", "{\"username\":\"alice\",\"password\":\"nope\"}", false);
        assertThat(wrong.statusCode()).isEqualTo(403);

        assertThat(store.dataVersion()).contains(version);
        assertThat(output.getAll()).as("refused writes are audited too").contains("POST /api/corrections  by " + ADMIN + " from 127.0.0.1: 403")
                .contains("POST /api/corrections  by (not signed in) from 127.0.0.1: 403");
        assertThat(json.readTree(new Browser().send("GET", "/api/corrections", null, false).body()).size()).isEqualTo(corrections);
    }

    /**
     * An admin's SPARQL update is seen by the corrected view at once: a correction of a fact the update removed is orphaned.
     * Last of the class: it leaves the curators' sign-in from this address refused for the failure window.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void anAdminUpdateRefreshesTheCorrectedViewAndCuratorsFailuresAreCountedApartFromTheAdmins(CapturedOutput output) throws Exception {
        String pick = URLEncoder.encode("SELECT ?t WHERE { ?t a <https://w3id.org/policy-lineage/def#QuantitativeTarget> ; "
                + "<https://w3id.org/policy-lineage/def#document> <" + DOC + "> FILTER (?t NOT IN (<" + TARGET + ">, <" + DOC + "/target/7-2>)) "
                + "FILTER NOT EXISTS { ?t <https://w3id.org/policy-lineage/def#curationStatus> ?s } } "
                + "ORDER BY DESC(STR(?t)) LIMIT 1", StandardCharsets.UTF_8);
        String target = new Browser().send("GET", "/sparql?query=" + pick, null, false, "Accept", "text/csv").body().lines().skip(1)
                .findFirst().orElseThrow().strip();
        String basic = "Basic " + Base64.getEncoder().encodeToString((CURATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> confirmed = new Browser().send("POST", "/api/corrections",
                "{\"action\":\"confirm\",\"target\":\"" + target + "\",\"note\":\"checked\"}", false, "Authorization", basic);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);

        String admin = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> update = new Browser().send("POST", "/sparql-admin/update",
                "DELETE WHERE { GRAPH ?g { <" + target + "> ?p ?o } }", false, "Authorization", admin, "Content-Type", "application/sparql-update");
        assertThat(update.statusCode()).as(update.body()).isIn(200, 204);
        JsonNode orphaned = json.readTree(new Browser().send("GET", "/api/corrections?orphaned=true", null, false).body());
        assertThat(orphaned.toString()).contains("\"target\":\"" + target + "\"");

        // A curator who keeps mistyping is refused for a while; the admin at the same address is not.
        Browser guesser = new Browser();
        guesser.send("GET", "/api/session", null, false);
        HttpResponse<String> refused = null;
        for (int i = 0; i < 6 && (refused == null || refused.statusCode() != 429); i++) {
            refused = guesser.send("POST", "/api/session", "{\"username\":\"" + CURATOR + "\",\"password\":\"guess-" + i + "\"}", true);
            assertThat(refused.statusCode()).as(refused.body()).isIn(401, 429);
        }
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(new Browser().send("POST", "/sparql-admin/update", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }", false,
                "Authorization", admin, "Content-Type", "application/sparql-update").statusCode()).isIn(200, 204);
        assertThat(output.getAll()).contains("failed curator authentication from 127.0.0.1 as " + CURATOR).doesNotContain("failed admin authentication");
    }

    @Test
    void aCuratorScriptUsesBasicCredentialsWithoutASession() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CURATOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = new Browser().send("POST", "/api/corrections",
                "{\"action\":\"confirm\",\"target\":\"" + DOC + "/target/7-2\",\"note\":\"checked against the text\"}", false, "Authorization", basic);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
