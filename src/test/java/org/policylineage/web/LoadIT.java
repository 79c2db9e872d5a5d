package org.policylineage.web;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;

/**
 * A bounded load on loopback against the packaged jar: concurrent clients of mixed SPARQL,
 * linked-data and API requests while documents are ingested over HTTP and one client keeps
 * sending a query too expensive to finish. Reports throughput, p50/p99 latency and errors, and
 * checks that no request failed, no document was lost, and the expensive query starved no one.
 * The clients send until the last document is in (each at least {@code REQUESTS_PER_CLIENT}), so
 * every ingest runs under the whole load.
 */
class LoadIT {
    static final int CLIENTS = 8, REQUESTS_PER_CLIENT = 120, DOCUMENTS = 6;
    static final String ADMIN = "load-admin", PASSWORD = "load-test-only-password";

    @TempDir
    Path dir;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final AtomicInteger errors = new AtomicInteger();
    final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    void timed(String kind, HttpRequest request) {
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - t);
            if (r.statusCode() >= 400) {
                errors.incrementAndGet();
                errorSamples.add(kind + " " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            errors.incrementAndGet();
            errorSamples.add(kind + " " + e);
        }
    }

    @Test
    void mixedLoadWhileIngestingLosesNothingAndStarvesNoOne() throws Exception {
        try (RunningService service = RunningService.start(dir.resolve("store"),
                "--policy-lineage.security.admin-username=" + ADMIN, "--policy-lineage.security.admin-password=" + PASSWORD,
                "--policy-lineage.query.timeout=4s")) {
            String base = service.url("");
            String target = "http://localhost:8080/id/doc/su-fu-ban/2022/140/target/7-1";
            String trace = new String(getClass().getResourceAsStream("/queries/trace-target.rq").readAllBytes(), StandardCharsets.UTF_8)
                    .replace("WHERE {", "WHERE { VALUES ?target { <" + target + "> }");
            List<Map.Entry<String, HttpRequest>> mix = List.of(
                    Map.entry("sparql-trace-target", HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc(trace)))
                            .header("Accept", "application/sparql-results+json").build()),
                    Map.entry("sparql-select", HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc(
                            "PREFIX pl: <https://w3id.org/policy-lineage/def#> SELECT ?t ?v WHERE { ?t pl:value ?v } LIMIT 100")))
                            .header("Accept", "text/csv").build()),
                    Map.entry("linked-data", HttpRequest.newBuilder(URI.create(base + "/data/id/doc/su-zheng-ban-fa/2022/21.ttl")).build()),
                    Map.entry("api-document", HttpRequest.newBuilder(URI.create(base + "/api/documents/su-fu-ban/2022/140")).build()),
                    Map.entry("api-lineage", HttpRequest.newBuilder(URI.create(base + "/api/targets/lineage?iri=" + enc(target))).build()),
                    Map.entry("api-search", HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + enc("绿色服务认证"))).build()));

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger expensiveTimeouts = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 2);
            Future<?> expensive = pool.submit(() -> {
                HttpRequest cartesian = HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                        + enc("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"))).build();
                while (running.get()) {
                    try {
                        if (http.send(cartesian, HttpResponse.BodyHandlers.discarding()).statusCode() == 503) expensiveTimeouts.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            String template = Files.readString(Path.of("data/corpus/002_5d5394bdb4d3b40c.txt"), StandardCharsets.UTF_8);
            Future<?> ingest = pool.submit(() -> {
                for (int i = 1; i <= DOCUMENTS; i++) {
                    String doc = template.replace("苏府办〔2022〕140号", "苏府办〔2022〕" + (900 + i) + "号")
                            .replace("达 800张", "达 " + (800 + i) + "张");
                    timed("ingest", HttpRequest.newBuilder(URI.create(base + "/api/documents?name=load-" + i + ".txt"))
                            .header("Content-Type", "text/plain")
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString(doc)).build());
                }
            });
            long started = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT || !ingest.isDone(); i++) {
                        var e = mix.get((i + offset) % mix.size());
                        timed(e.getKey(), e.getValue());
                    }
                }));
            }
            for (Future<?> f : clients) f.get(10, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - started) / 1e9;
            ingest.get(10, TimeUnit.MINUTES);
            running.set(false);
            expensive.get(2, TimeUnit.MINUTES);
            pool.shutdown();

            int requests = latencies.entrySet().stream().filter(e -> !e.getKey().equals("ingest")).mapToInt(e -> e.getValue().size()).sum();
            StringBuilder report = new StringBuilder(String.format(
                    "load: %d clients, %d requests in %.1f s = %.0f requests/s while %d documents were ingested over HTTP and "
                            + "one client ran an expensive query (%d times stopped by the timeout); errors: %d%n",
                    CLIENTS, requests, seconds, requests / seconds, DOCUMENTS, expensiveTimeouts.get(), errors.get()));
            report.append("| request | n | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
            for (var e : new TreeMap<>(latencies).entrySet()) {
                List<Long> l = new ArrayList<>(e.getValue());
                Collections.sort(l);
                report.append(String.format("| %s | %d | %.1f | %.1f | %.1f |%n", e.getKey(), l.size(), l.get(l.size() / 2) / 1e6,
                        l.get(Math.min(l.size() - 1, (int) Math.ceil(l.size() * 0.99) - 1)) / 1e6, l.get(l.size() - 1) / 1e6));
            }
            System.out.println(report);
            Files.writeString(Path.of("target/load-figures.md"), report.toString());

            assertThat(errors.get()).as("errors: " + errorSamples.stream().limit(5).toList()).isZero();
            assertThat(expensiveTimeouts.get()).as("the expensive query ran and was stopped").isPositive();
            var count = http.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query=" + enc(
                    "PREFIX pl: <https://w3id.org/policy-lineage/def#> PREFIX eli: <http://data.europa.eu/eli/ontology#> "
                            + "SELECT (COUNT(?d) AS ?n) WHERE { ?d pl:inCorpus true ; eli:id_local ?x FILTER STRSTARTS(?x, \"苏府办〔2022〕9\") }")))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(count.body()).as("every document ingested under load is stored").contains(String.valueOf(DOCUMENTS));
            for (var e : latencies.entrySet()) {
                if (e.getKey().equals("ingest")) continue;
                List<Long> l = new ArrayList<>(e.getValue());
                Collections.sort(l);
                assertThat(l.get(l.size() / 2) / 1_000_000).as(e.getKey() + " p50 ms under load: the expensive query starves no one").isLessThan(2000);
            }
        }
    }
}
