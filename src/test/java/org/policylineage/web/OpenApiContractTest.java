package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document tells the truth: every GET it documents is called with real parameters on the seed
 * store, answers a status the document lists for it, and a JSON answer validates against the schema the
 * document gives for that status (JSON Schema 2020-12, as OpenAPI 3.1 uses, by networknt's validator).
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {
    private static final String DOC = "http://localhost:8080/id/doc/su-fu-ban/2022/140";
    /** A real value for each parameter a documented GET requires, by path and name (any path: "*"). */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("*.issuer", "su-fu-ban"), Map.entry("*.period", "2022"), Map.entry("*.name", "140"),
            Map.entry("/api/targets/lineage.iri", DOC + "/target/7-1"),
            Map.entry("/api/measures/alignments.iri", DOC + "/measure/5"),
            Map.entry("/api/targets/rollup.iri", "http://localhost:8080/id/doc/su-zheng-ban-fa/2022/21/target/7-1"),
            Map.entry("/api/document.iri", DOC),
            Map.entry("/api/documents/summaries.iri", DOC),
            Map.entry("/api/concepts.iri", "http://localhost:8080/id/region/jiangsu"),
            Map.entry("/api/certificate-types.iri", "https://w3id.org/policy-lineage/def/cert-type/green-food"),
            Map.entry("*.number", "苏政办发〔2022〕21号"),
            Map.entry("*.q", "绿色食品认证"),
            Map.entry("*.format", "nq"),
            Map.entry("/data.iri", DOC));
    /** Concrete paths for the documented path patterns that match many resources. */
    private static final Map<String, String> CONCRETE = Map.of(
            "/id/**", "/id/doc/su-fu-ban/2022/140", "/def/**", "/def/level/national", "/graph/**", "/graph/doc/su-fu-ban/2022/140",
            "/data/**", "/data/id/doc/su-fu-ban/2022/140.ttl");

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        r.add("policy-lineage.store.directory", () -> dir.resolve("store").toString());
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.policylineage.store.PolicyStore store;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final ObjectMapper json = new ObjectMapper();

    private static final String JSON = "application/json, application/problem+json;q=0.9, */*;q=0.1";

    private HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, JSON);
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyDocumentedGetAnswersWhatTheDocumentSays() throws Exception {
        JsonNode api = json.readTree(get("/v3/api-docs").body());
        SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        // The indicator of a target and an issuer of the document, as the store names them.
        var found = store.select(org.apache.jena.query.QueryFactory.create("SELECT ?i ?a WHERE { <" + DOC
                + "/target/7-1> <https://w3id.org/policy-lineage/def#indicator> ?i . <" + DOC + "> <http://data.europa.eu/eli/ontology#passed_by> ?a }"));
        var row = found.next();
        Map<String, String> stored = Map.of("/api/indicators.iri", row.getResource("i").getURI(), "/api/agencies.iri", row.getResource("a").getURI());
        List<String> problems = new ArrayList<>();
        int called = 0, validated = 0;
        List<String[]> calls = new ArrayList<>();
        for (var path : api.path("paths").properties()) {
            if (path.getValue().has("get")) calls.add(new String[] {path.getKey(), url(path.getKey(), path.getValue().path("get"), stored)});
        }
        // Errors a user meets, answered as problem details the document describes.
        calls.add(new String[] {"/api/documents/{issuer}/{period}/{name}", "/api/documents/no-such-issuer/2022/1"});
        calls.add(new String[] {"/api/documents/{issuer}/{period}/{name}", "/api/documents/su-fu-ban/2022/140?limit=0"});
        calls.add(new String[] {"/api/resolve", "/api/resolve?number=" + URLEncoder.encode("no number", StandardCharsets.UTF_8)});
        calls.add(new String[] {"/api/document", "/api/document?iri=" + URLEncoder.encode(DOC + "-none", StandardCharsets.UTF_8)});
        calls.add(new String[] {"/id/**", "/id/doc/no-such-issuer/2022/1"});
        // An Accept the API cannot answer: 406, and still a problem detail saying what it answers in.
        calls.add(new String[] {"/api/documents/{issuer}/{period}/{name}", "/api/documents/su-fu-ban/2022/140", "image/png"});
        int notAcceptable = 0;
        for (String[] call : calls) {
            var path = Map.entry(call[0], api.path("paths").path(call[0]));
            JsonNode get = path.getValue().path("get");
            String url = call[1];
            HttpResponse<byte[]> r = call.length > 2 ? get(url, call[2]) : get(url);
            if (r.statusCode() == 406 && r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) notAcceptable++;
            called++;
            String status = String.valueOf(r.statusCode());
            JsonNode response = get.path("responses").path(status);
            if (response.isMissingNode()) {
                problems.add("GET " + url + " answered " + status + ", not documented (" + get.path("responses").propertyNames() + ")");
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
            if (!type.endsWith("json") || type.equals("application/ld+json") || type.equals("application/sparql-results+json")) continue;
            JsonNode content = response.path("content");
            String documented = content.has(type) ? type : content.has("*/*") ? "*/*" : null;
            if (documented == null) {
                problems.add("GET " + url + " answered " + status + " " + type + ", documented as " + content.propertyNames());
                continue;
            }
            ObjectNode root = ((ObjectNode) api).deepCopy();
            root.put("$ref", "#/paths/" + pointer(path.getKey()) + "/get/responses/" + status + "/content/" + pointer(documented) + "/schema");
            Schema schema = schemas.getSchema(root);
            var errors = schema.validate(json.readTree(r.body()));
            validated++;
            if (!errors.isEmpty()) problems.add("GET " + url + " " + status + ": " + errors.stream().limit(5).toList());
        }
        // The validator is no formality: a summary whose inCorpus is a string fails the document's schema.
        ObjectNode summary = ((ObjectNode) api).deepCopy();
        summary.put("$ref", "#/components/schemas/DocumentSummary");
        assertThat(schemas.getSchema(summary).validate(json.readTree("{\"iri\": null, \"inCorpus\": \"yes\"}"))).isNotEmpty();
        assertThat(schemas.getSchema(summary).validate(json.readTree("{\"iri\": null, \"inCorpus\": true}"))).isEmpty();
        assertThat(api.path("info").path("title").asString()).isNotEqualTo("OpenAPI definition");
        assertThat(api.path("paths").has("/sparql")).as("/sparql is documented").isTrue();
        assertThat(problems).isEmpty();
        assertThat(notAcceptable).as("406 answered as a problem detail").isEqualTo(1);
        // A store that does not answer in time is 503 with a problem detail, on every operation of the API.
        for (var path : api.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) continue;
            for (var op : path.getValue().properties()) {
                assertThat(op.getValue().path("responses").path("503").path("content").has("application/problem+json"))
                        .as(op.getKey() + " " + path.getKey() + " documents 503").isTrue();
            }
        }
        assertThat(called).isGreaterThan(15);
        assertThat(validated).isGreaterThan(15);
    }

    private static String pointer(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String url(String template, JsonNode get, Map<String, String> stored) {
        String path = CONCRETE.getOrDefault(template, template);
        StringBuilder query = new StringBuilder();
        for (JsonNode p : get.path("parameters")) {
            String name = p.path("name").asString();
            String value = stored.getOrDefault(template + "." + name, VALUES.getOrDefault(template + "." + name, VALUES.get("*." + name)));
            if (p.path("in").asString().equals("path")) {
                assertThat(value).as("a value for " + template + " {" + name + "}").isNotNull();
                path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            } else if (p.path("required").asBoolean(false)) {
                assertThat(value).as("a value for " + template + " ?" + name).isNotNull();
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return path + query;
    }
}
