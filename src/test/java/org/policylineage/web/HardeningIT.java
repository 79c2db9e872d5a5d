package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;

/**
 * What an anonymous or hostile client can do to the packaged jar over loopback (issue 17): huge
 * query bodies, queries that would fill the heap, a flood of heavy queries, LOAD of local files and
 * URLs, missing security headers, a forged Host header, and password guessing. The service runs
 * with a 512 MB heap and exits on the first OutOfMemoryError, so "it still answers" means the heap
 * never ran out. Each test was seen to fail on the build before these protections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningIT {
    static final String ADMIN = "hardening-admin", PASSWORD = "hardening-test-only-password";
    static final int MAX_FAILURES = 5;
    static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @TempDir
    static Path dir;
    static RunningService service;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        service = RunningService.start(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"), dir.resolve("store"),
                "--policy-lineage.security.admin-username=" + ADMIN, "--policy-lineage.security.admin-password=" + PASSWORD,
                "--policy-lineage.security.max-failures=" + MAX_FAILURES, "--policy-lineage.security.failure-window=60s",
                "--policy-lineage.query.max-wait=4s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) service.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.url(path))).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String sparql) throws Exception {
        return get("/sparql?query=" + enc(sparql), "text/csv");
    }

    static HttpResponse<String> update(String sparqlUpdate, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.url("/sparql-admin/update")))
                .header("Content-Type", "application/sparql-update").timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void stillAnswers() throws Exception {
        assertThat(service.process().isAlive()).as("the service is running (it exits on OutOfMemoryError)").isTrue();
        HttpResponse<String> r = query("ASK { ?s ?p ?o }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    /** An endless stream of SPARQL comment bytes, never held in memory. */
    static InputStream comments(long bytes) {
        return new InputStream() {
            long left = bytes;

            @Override public int read() {
                return left-- > 0 ? '#' : -1;
            }

            @Override public int read(byte[] b, int off, int len) {
                if (left <= 0) return -1;
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '#');
                left -= n;
                return n;
            }
        };
    }

    @Test
    @Order(1)
    void aHundredMegabyteQueryBodyIsRefusedWith413() throws Exception {
        long size = 100L * 1024 * 1024;
        // curl, as a user would send it: it reads an answer that comes while it is still sending (with
        // a Content-Length it asks Expect: 100-continue, so the refusal comes before the body).
        Path body = dir.resolve("query-100MB.rq");
        try (InputStream in = comments(size)) {
            Files.copy(in, body);
        }
        // A query body with its length; the same with no length at all (chunked: read up to the limit,
        // no further); a form.
        for (List<String> variant : List.of(List.of("-H", "Content-Type: application/sparql-query"),
                List.of("-H", "Content-Type: application/sparql-query", "-H", "Transfer-Encoding: chunked"),
                List.of("-H", "Content-Type: application/x-www-form-urlencoded"))) {
            Path answer = dir.resolve("answer.txt");
            List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-o", answer.toString(), "-w", "%{http_code}", "--max-time", "60",
                    "--data-binary", "@" + body));
            cmd.addAll(variant);
            cmd.add(service.url("/sparql"));
            Process curl = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String status = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(curl.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(status).as(String.join(" ", variant)).isEqualTo("413");
            assertThat(Files.readString(answer)).contains("max-query-size");
        }
        Files.delete(body);
        stillAnswers();
    }

    @Test
    @Order(2)
    void groupConcatOverACartesianProductIsStoppedBeforeTheHeap() throws Exception {
        // Under the default 30 s timeout, as the probe ran it: the heap, not the timeout, was the limit.
        String q = "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?o }";
        long started = System.nanoTime();
        HttpResponse<String> alone = query(q);
        assertThat(alone.statusCode()).as(alone.body()).isEqualTo(422);
        assertThat(alone.body()).contains("GROUP_CONCAT", "max-string-length");
        double aloneSeconds = (System.nanoTime() - started) / 1e9;
        // Six at once, as the probe sent them (four of six ran out of memory before): each is stopped
        // by the bound, or waits its turn and, if the turn does not come within max-wait, gets 503.
        started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) answers.add(pool.submit(() -> query(q)));
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get(90, TimeUnit.SECONDS);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 503) {
                assertThat(r.body()).contains("too many SPARQL queries");
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                assertThat(r.body()).contains("GROUP_CONCAT", "max-string-length");
            }
        }
        pool.shutdown();
        assertThat(statuses).containsKey(422);
        System.out.printf("a GROUP_CONCAT over a cartesian product refused in %.1f s; six at once answered %s in %.1f s; "
                + "heap after: %.0f MB of 512%n", aloneSeconds, statuses, (System.nanoTime() - started) / 1e9, service.heapAfterGcMegabytes());
        stillAnswers();
        // A GROUP_CONCAT within the bound still works.
        HttpResponse<String> small = query("PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT (GROUP_CONCAT(?n; separator='|') AS ?all) "
                + "WHERE { ?d eli:id_local ?n }");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("苏府办〔2022〕140号");
    }

    @Test
    @Order(3)
    void eightyHeavyClientsAllGetAnAnswerAndHealthAnswersWithinASecond() throws Exception {
        int clients = 80;
        Duration length = Duration.ofSeconds(12);
        HttpClient heavyClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient healthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger withoutAnswer = new AtomicInteger(), rejectedWithoutRetryAfter = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Long> health = Collections.synchronizedList(new ArrayList<>());
        List<String> slowHealth = Collections.synchronizedList(new ArrayList<>());
        long begin = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        // /actuator/health once before: its first call in a fresh JVM (class loading, the JIT) took 1.8 s
        // under this load; a deployment's health probe has called it long before any flood.
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        // Each heavy query lowers its own timeout to 3 s (the service's is the default 30 s), to keep the test short.
        HttpRequest heavy = HttpRequest.newBuilder(URI.create(service.url("/sparql?timeout=3&query=" + enc(CARTESIAN))))
                .timeout(Duration.ofSeconds(60)).build();
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            all.add(pool.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = heavyClient.send(heavy, HttpResponse.BodyHandlers.ofString());
                        String kind = r.statusCode() + (r.body().contains("too many SPARQL queries") ? " (admission)"
                                : r.body().contains("timed out") ? " (timeout)" : "");
                        statuses.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 503 && r.body().contains("too many SPARQL queries")
                                && r.headers().firstValue("Retry-After").isEmpty()) rejectedWithoutRetryAfter.incrementAndGet();
                        if (r.statusCode() == 503) Thread.sleep(200);
                    } catch (IOException e) {
                        withoutAnswer.incrementAndGet();
                        failures.add(e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        all.add(pool.submit(() -> {
            HttpRequest ping = HttpRequest.newBuilder(URI.create(service.url("/actuator/health"))).timeout(Duration.ofSeconds(30)).build();
            while (running.get()) {
                long t = System.nanoTime();
                try {
                    HttpResponse<String> r = healthClient.send(ping, HttpResponse.BodyHandlers.ofString());
                    long ms = r.statusCode() == 200 ? (System.nanoTime() - t) / 1_000_000 : Long.MAX_VALUE;
                    health.add(ms);
                    if (ms > 300) slowHealth.add(String.format("%d ms at %.1f s", ms, (t - begin) / 1e9));
                    Thread.sleep(100);
                } catch (IOException e) {
                    health.add(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }));
        Thread.sleep(length.toMillis());
        running.set(false);
        for (Future<?> f : all) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(health);
        Collections.sort(sorted);
        String figures = String.format("%d heavy clients for %d s: answers by status %s, without an answer %d; /actuator/health %d times, "
                        + "p50 %d ms, p99 %d ms, max %d ms", clients, length.toSeconds(), new TreeMap<>(statuses), withoutAnswer.get(),
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1))
                + (slowHealth.isEmpty() ? "" : "; over 300 ms: " + slowHealth);
        System.out.println(figures);
        Files.writeString(Path.of("target/admission-figures.txt"), figures + "\n");

        assertThat(withoutAnswer.get()).as("clients disconnected without an HTTP answer: " + failures.stream().limit(3).toList()).isZero();
        assertThat(statuses.keySet()).as("every answer is a result, or 503 (queue full, or the query timed out)")
                .isSubsetOf("200", "503 (admission)", "503 (timeout)");
        assertThat(rejectedWithoutRetryAfter.get()).as("a 503 of admission control says when to retry").isZero();
        assertThat(sorted.get(sorted.size() - 1)).as("/actuator/health slowest answer, ms").isLessThan(1000);
        stillAnswers();
    }

    @Test
    @Order(4)
    void loadOfLocalFilesAndOfUrlsIsRefusedWithoutLeakingContent() throws Exception {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "<urn:x:secret> <urn:x:says> \"the-secret-value\" .\n");
        for (String source : List.of(secret.toUri().toString(), "file:///etc/passwd", service.url("/void"), "http://example.org/data.ttl")) {
            HttpResponse<String> r = update("LOAD <" + source + ">", ADMIN, PASSWORD);
            assertThat(r.statusCode()).as(source + ": " + r.body()).isEqualTo(403);
            assertThat(r.body()).contains("LOAD refused").doesNotContain("root:", "the-secret-value", "void:Dataset");
        }
        HttpResponse<String> into = update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:g>", ADMIN, PASSWORD);
        assertThat(into.statusCode()).isEqualTo(403);
        assertThat(query("ASK { ?s ?p \"the-secret-value\" }").body()).contains("false");
        // Other updates still run.
        assertThat(update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", ADMIN, PASSWORD).statusCode()).isBetween(200, 204);
        assertThat(update("DELETE DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", ADMIN, PASSWORD).statusCode()).isBetween(200, 204);
    }

    @Test
    @Order(5)
    void securityHeadersOnPagesApiAndSparql() throws Exception {
        for (String path : List.of("/", "/explore/doc/su-fu-ban/2022/140", "/assets/", "/api/documents", "/sparql?query=" + enc("ASK {}"),
                "/sparql", "/data/id/doc/su-fu-ban/2022/140.ttl", "/void", "/actuator/health", "/v3/api-docs",
                "/swagger-ui/index.html", "/nothing-here")) {
            HttpResponse<String> r = get(path, null);
            var h = r.headers();
            assertThat(h.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                            .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
        // The pages the CSP covers carry no inline script (the explorer's e2e test runs under the CSP).
        for (String page : List.of("/", "/swagger-ui/index.html")) {
            String html = get(page, "text/html").body();
            assertThat(html).as(page).containsPattern("<script[^>]*src=");
            assertThat(html.replaceAll("(?s)<script[^>]*src=[^>]*>\\s*</script>", "")).as(page + " has no inline script").doesNotContain("<script");
        }
        // Admin answers too, including refusals.
        assertThat(update("ASK {}", null, null).headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** A raw request, so the Host header can be anything. */
    static String rawGet(String path, String host, String accept) throws IOException {
        try (Socket s = new Socket("127.0.0.1", service.port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(6)
    void aForgedHostChangesNoIri() throws Exception {
        String[][] requests = {{"/sparql", "text/turtle"}, {"/void", "text/turtle"}, {"/.well-known/void", "application/ld+json"},
                {"/actuator", "application/json"}, {"/actuator/health", "application/json"}, {"/v3/api-docs", "application/json"},
                {"/id/doc/su-fu-ban/2022/140", "text/turtle"}, {"/id/doc/su-fu-ban/2022/140", "text/html"},
                {"/sparql", "text/html"}, {"/data/id/doc/su-fu-ban/2022/140.ttl", "text/turtle"}};
        for (String[] r : requests) {
            String answer = rawGet(r[0], "evil.example", r[1]);
            assertThat(answer).as(r[0] + " " + r[1]).startsWith("HTTP/1.1 ").doesNotContain("evil.example");
        }
        // What is advertised comes from the configured base IRI (the default, http://localhost:8080/).
        assertThat(rawGet("/sparql", "evil.example", "text/turtle")).contains("<http://localhost:8080/sparql>");
        assertThat(rawGet("/actuator", "evil.example:666", "application/json")).contains("http://localhost:8080/actuator/health");
    }

    @Test
    @Order(7)
    void repeatedWrongPasswordsAreThrottledAndLogged() throws Exception {
        for (int i = 1; i <= MAX_FAILURES; i++) {
            HttpResponse<String> r = update("ASK {}", ADMIN, "guess-" + i);
            assertThat(r.statusCode()).as("guess " + i).isEqualTo(401);
        }
        HttpResponse<String> throttled = update("ASK {}", ADMIN, "guess-next");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 60L));
        assertThat(throttled.body()).contains("too many failed authentications");
        // Even the right password waits: the address is refused until the window has passed.
        assertThat(update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }", ADMIN, PASSWORD).statusCode()).isEqualTo(429);
        // Public reads from the same address are not affected.
        stillAnswers();
        String log = Files.readString(service.log);
        assertThat(log).contains("failed admin authentication from 127.0.0.1").contains("refused for");
    }
}
