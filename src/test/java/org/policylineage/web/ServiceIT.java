package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;

/**
 * The packaged jar on a free port, talked to by third-party clients: curl with Accept headers,
 * Comunica (npm) querying the endpoint and reading JSON-LD, and rapper (raptor2) parsing every
 * other RDF serialisation the service returns. Its admin may sign in only from a documentation
 * network, so this loopback client is refused admin operations (read-only clients never notice).
 */
class ServiceIT {
    static final String ADMIN = "service-admin", PASSWORD = "service-test-only-password";

    @TempDir
    static Path dir;
    static RunningService service;

    @BeforeAll
    static void start() throws Exception {
        // Loopback is allowed by default; here only a documentation network is, so no test client is.
        service = RunningService.start(dir.resolve("store"), "--policy-lineage.security.admin-username=" + ADMIN,
                "--policy-lineage.security.admin-password=" + PASSWORD, "--policy-lineage.security.admin-addresses=203.0.113.0/24");
        System.out.println("start-up to first answered query (first start, seed corpus loaded): " + service.startupMillis + " ms");
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    record Run(int exit, String out, String err) {}

    static Run run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", cmd)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** curl: the status line, the content type, and the body into a file. */
    static List<String> curl(String accept, String url, Path body) throws Exception {
        Run r = run("curl", "-s", "-o", body.toString(), "-w", "%{http_code} %{content_type} %{redirect_url}", "-H", "Accept: " + accept, url);
        assertThat(r.exit()).as(r.err()).isZero();
        return List.of(r.out().split(" ", 3));
    }

    static Path tool(String name) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p;
        }
        throw new AssertionError(name + " is not installed: .ci/test-tools installs it (raptor2-utils)");
    }

    @Test
    void curlNegotiatesEveryFormatAndRapperParsesThem() throws Exception {
        Path rapper = tool("rapper");
        String[][] formats = {{"text/turtle", "turtle", "ttl"}, {"application/rdf+xml", "rdfxml", "rdf"},
                {"application/n-triples", "ntriples", "nt"}};
        for (String[] f : formats) {
            Path body = dir.resolve("doc." + f[2]);
            List<String> see = curl(f[0], service.url("/id/doc/su-zheng-ban-fa/2022/21"), body);
            assertThat(see.get(0)).isEqualTo("303");
            assertThat(see.get(2).strip()).endsWith("/data/id/doc/su-zheng-ban-fa/2022/21." + f[2]);
            List<String> ok = curl(f[0], see.get(2).strip(), body);
            assertThat(ok.get(0)).isEqualTo("200");
            assertThat(ok.get(1)).startsWith(f[0]);
            Run parsed = run(rapper.toString(), "-i", f[1], "-c", body.toString(), "http://localhost/base/");
            assertThat(parsed.exit()).as(f[1] + ": " + parsed.err()).isZero();
            assertThat(parsed.err()).containsPattern("returned [1-9][0-9]{2,} triples");
        }
        for (String[] dump : new String[][] {{"trig", "trig"}, {"nq", "nquads"}}) {
            Path body = dir.resolve("dump." + dump[0]);
            assertThat(curl("*/*", service.url("/dumps/policy-lineage." + dump[0]), body).get(0)).isEqualTo("200");
            Run parsed = run(rapper.toString(), "-i", dump[1], "-c", body.toString(), "http://localhost/base/");
            assertThat(parsed.exit()).as(dump[1] + ": " + parsed.err()).isZero();
            assertThat(parsed.err()).containsPattern("returned [0-9]{4,} triples");
        }
        Path construct = dir.resolve("construct.ttl");
        String q = java.net.URLEncoder.encode("PREFIX pl: <https://w3id.org/policy-lineage/def#> "
                + "CONSTRUCT { ?t pl:value ?v } WHERE { ?t pl:value ?v }", StandardCharsets.UTF_8);
        assertThat(curl("text/turtle", service.url("/sparql?query=" + q), construct).get(0)).isEqualTo("200");
        assertThat(run(rapper.toString(), "-i", "turtle", "-c", construct.toString(), "http://localhost/").exit()).isZero();
    }

    @Test
    void curlGetsEveryResultFormat() throws Exception {
        String q = java.net.URLEncoder.encode("PREFIX pl: <https://w3id.org/policy-lineage/def#> SELECT (COUNT(?d) AS ?n) WHERE { ?d pl:inCorpus true }",
                StandardCharsets.UTF_8);
        for (String accept : List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values")) {
            Path body = dir.resolve("result");
            List<String> r = curl(accept, service.url("/sparql?query=" + q), body);
            assertThat(r.get(0)).isEqualTo("200");
            assertThat(r.get(1)).startsWith(accept);
            assertThat(Files.readString(body)).contains("5");
        }
    }

    @Test
    void comunicaQueriesTheEndpointAndReadsTheJsonLd() throws Exception {
        Path comunica = Path.of("src/it/sparql-clients/node_modules/.bin/comunica-sparql");
        assertThat(comunica).as("npm ci --prefix src/it/sparql-clients (.ci/test-tools runs it)").isExecutable();
        Run r = run(comunica.toString(), "sparql@" + service.url("/sparql"),
                "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX pl: <https://w3id.org/policy-lineage/def#> "
                        + "SELECT ?n WHERE { ?d pl:inCorpus true ; eli:id_local ?n }");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("苏府办〔2022〕140号", "苏政办发〔2022〕21号", "连政办发〔2022〕68号");
        // No sparql@ prefix: Comunica probes the URL with RDF types and text/html at q=0.2, and must find a
        // service description there, not the explorer's page.
        Run detected = run(comunica.toString(), service.url("/sparql"),
                "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX pl: <https://w3id.org/policy-lineage/def#> "
                        + "SELECT ?n WHERE { ?d pl:inCorpus true ; eli:id_local ?n }");
        assertThat(detected.exit()).as(detected.err()).isZero();
        assertThat(detected.out()).contains("苏府办〔2022〕140号", "苏政办发〔2022〕21号", "连政办发〔2022〕68号");
        Run jsonld = run(comunica.toString(), service.url("/data/id/doc/su-fu-ban/2022/140.jsonld"),
                "SELECT ?o WHERE { <http://localhost:8080/id/doc/su-fu-ban/2022/140> <http://data.europa.eu/eli/ontology#id_local> ?o }");
        assertThat(jsonld.exit()).as(jsonld.err()).isZero();
        assertThat(jsonld.out()).contains("苏府办〔2022〕140号");
    }

    @Test
    void jenaRemoteClientAgainstThePackagedJar() {
        try (var conn = org.apache.jena.rdfconnection.RDFConnectionRemote.service(service.url("/sparql")).build()) {
            List<String> levels = new ArrayList<>();
            conn.querySelect("PREFIX pl: <https://w3id.org/policy-lineage/def#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "SELECT DISTINCT ?l WHERE { ?d pl:inCorpus true ; pl:level/skos:notation ?l }", r -> levels.add(r.getLiteral("l").getString()));
            assertThat(levels).containsExactlyInAnyOrder("provincial", "municipal", "regional");
        }
    }

    @Test
    void adminOperationsFromAnAddressNotAllowedAreRefusedEvenWithThePassword() throws Exception {
        HttpRequest insert = HttpRequest.newBuilder(URI.create(service.url("/sparql-admin/update")))
                .header("Content-Type", "application/sparql-update").timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(insert, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("admin-addresses");
    }
}
