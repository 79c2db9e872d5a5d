package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;
import org.policylineage.Settings;

/**
 * The remote-store mode against a real standalone Fuseki (jena-fuseki-server from Maven Central):
 * the service loads the corpus into it, computes lineage over it, and answers SPARQL, linked data
 * and the REST API from it.
 */
class RemoteStoreIT {
    static final Path FUSEKI = Path.of("target/fuseki/jena-fuseki-server.jar");

    @TempDir
    static Path dir;
    static Process fuseki;
    static String endpoint;
    static RunningService service;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        assertThat(FUSEKI).as("the build copies jena-fuseki-server here in pre-integration-test").exists();
        String config = new String(RemoteStoreIT.class.getResourceAsStream("/fuseki/config.ttl").readAllBytes(), StandardCharsets.UTF_8)
                .replace("{LOCATION}", dir.resolve("fuseki-db").toString());
        Path configFile = dir.resolve("config.ttl");
        Files.writeString(configFile, config);
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", FUSEKI.toString(),
                "--port", String.valueOf(port), "--conf", configFile.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile());
        // Fuseki writes its run area (config, shiro.ini, templates) to FUSEKI_BASE, ./run when unset: the
        // project folder. The test's own folder keeps the working tree clean.
        server.environment().put("FUSEKI_BASE", dir.resolve("fuseki-base").toString());
        fuseki = server.start();
        endpoint = "http://localhost:" + port + "/ds";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "/query?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) break;
            } catch (java.io.IOException e) {
                // not up yet
            }
            assertThat(System.nanoTime()).as("standalone Fuseki did not start: " + Files.readString(dir.resolve("fuseki.log"))).isLessThan(deadline);
            Thread.sleep(200);
        }
        service = RunningService.start(dir.resolve("unused-local-store"),
                "--policy-lineage.store.remote.query-endpoint=" + endpoint + "/query",
                "--policy-lineage.store.remote.update-endpoint=" + endpoint + "/update",
                "--policy-lineage.store.remote.gsp-endpoint=" + endpoint + "/data",
                "--policy-lineage.search.directory=" + dir.resolve("search"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) service.close();
        if (fuseki != null) {
            fuseki.destroy();
            fuseki.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static String get(String url, String accept) throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    @Test
    void theCorpusAndItsLineageLiveInTheRemoteStore() throws Exception {
        String count = get(endpoint + "/query?query=" + URLEncoder.encode(
                "PREFIX pl: <https://w3id.org/policy-lineage/def#> SELECT (COUNT(?d) AS ?n) WHERE { GRAPH ?g { ?d pl:inCorpus true } }",
                StandardCharsets.UTF_8), "text/csv");
        assertThat(count).contains("5");
        String links = get(endpoint + "/query?query=" + URLEncoder.encode(
                "PREFIX pl: <https://w3id.org/policy-lineage/def#> SELECT (COUNT(?l) AS ?n) WHERE { ?l a pl:TargetLink }",
                StandardCharsets.UTF_8), "text/csv");
        assertThat(links).doesNotContain("\n0");
        assertThat(Files.exists(dir.resolve("unused-local-store"))).as("no embedded store is created").isFalse();
    }

    @Test
    void theServiceAnswersFromTheRemoteStore() throws Exception {
        String q = URLEncoder.encode("PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX pl: <https://w3id.org/policy-lineage/def#> "
                + "SELECT ?n WHERE { ?d pl:inCorpus true ; eli:id_local ?n }", StandardCharsets.UTF_8);
        assertThat(get(service.url("/sparql?query=" + q), "text/csv")).contains("苏府办〔2022〕140号", "苏政办发〔2022〕21号");
        assertThat(get(service.url("/data/id/doc/su-fu-ban/2022/140.ttl"), "text/turtle")).contains("苏府办〔2022〕140号");
        String lineage = get(service.url("/api/targets/lineage?iri=" + URLEncoder.encode(
                "http://localhost:8080/id/doc/su-fu-ban/2022/140/target/7-1", StandardCharsets.UTF_8)), "application/json");
        assertThat(lineage).contains("\"share\":0.35");
        assertThat(get(service.url("/api/search?q=" + URLEncoder.encode("绿色食品", StandardCharsets.UTF_8)), "application/json"))
                .contains("绿色食品认证证书");
    }

    @Test
    void theCommandLineQueriesTheSameRemoteStore() {
        Settings settings = Settings.load(Map.of("policy-lineage.store.remote.query-endpoint", endpoint + "/query",
                "policy-lineage.store.remote.update-endpoint", endpoint + "/update",
                "policy-lineage.store.remote.gsp-endpoint", endpoint + "/data"));
        try (PolicyStore store = Stores.open(settings.store())) {
            assertThat(store.describe()).contains(endpoint);
            var rows = store.select(org.apache.jena.query.QueryFactory.create(
                    "PREFIX pl: <https://w3id.org/policy-lineage/def#> SELECT ?m WHERE { ?m a pl:MeasureAlignment }"));
            int n = 0;
            while (rows.hasNext()) { rows.next(); n++; }
            assertThat(n).isGreaterThan(30);
            assertThat(new org.policylineage.validation.GraphValidator().validate(store).conforms()).isTrue();
        }
    }
}
