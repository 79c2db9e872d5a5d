package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;
import org.policylineage.Settings;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.IriScheme;
import org.policylineage.ingest.Ingestion;

/**
 * kill -9 of the real process in the middle of a large ingest: the store opens again, holds every
 * document whose ingest completed (each whole, none half-written, a replaced document either in
 * its old or its new version), and running the ingest again finishes the rest. A run committed
 * once (the default) is stored whole or not at all. Killed between an upload's commit and its
 * lineage rebuild, the restarted service brings lineage up to date.
 */
class CrashRecoveryIT {
    static final int DOCUMENTS = 120;
    static final Pattern ROW = Pattern.compile("^(doc-\\d+\\.txt)\\s+(ingested|replaced)\\s");

    @TempDir
    Path dir;

    /** A document of the corpus's genre with a number, a version stamp in every target, and measures to align. */
    static String document(int i, int version, String body) {
        return "测政办发〔2023〕" + i + "号\n市政府办公室关于推进绿色认证第" + i + "项工作的实施意见\n各有关单位：\n"
                + "为深入贯彻《国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见》（国发〔2021〕4号）精神，提出如下意见。\n"
                + "一、重点任务\n"
                + "（一）推进绿色认证。" + body + "到2025年，全市绿色食品认证证书达" + (i * 10 + version) + "张。（市市场监管局按职责分工负责）\n"
                + "（二）加强绿色服务认证。" + body + "到2025年，全市各类服务认证有效证书达" + (i * 10 + version) + "张。\n"
                + "（三）加强组织领导。" + body + "\n";
    }

    static List<Path> write(Path folder, int version) throws Exception {
        Files.createDirectories(folder);
        String body = Files.readString(Path.of("data/corpus/001_4d405de84a365996.txt"), StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("（八）")).findFirst().orElseThrow().substring(4);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= DOCUMENTS; i++) {
            Path f = folder.resolve(String.format("doc-%03d.txt", i));
            Files.writeString(f, document(i, version, body));
            files.add(f);
        }
        return files;
    }

    static final Pattern PROCESSED = Pattern.compile("^(\\d+) of \\d+ files processed");

    /**
     * Starts an ingest committing each batch, kills it with SIGKILL once {@code killAfter} documents
     * are reported committed, returns those.
     */
    static Set<String> ingestAndKill(Path store, Path folder, int killAfter, String... options) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RunningService.JAR.toString(), "ingest", "--no-lineage", "--commit-each-batch", "--batch", "16"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("--store", store.toString(), folder.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Set<String> committed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = ROW.matcher(line);
                if (m.find()) committed.add(m.group(1));
                if (committed.size() >= killAfter) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no transaction finished
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("the ingest was killed midway, not after it finished").hasSizeLessThan(DOCUMENTS);
        return committed;
    }

    /** Ingests {@code folder} into {@code store} again, undisturbed, and sees the run finish without error. */
    void ingestToTheEnd(Path store, Path folder) throws Exception {
        Process rerun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RunningService.JAR.toString(), "ingest", "--no-lineage", "--store", store.toString(), folder.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("rerun.log").toFile()).start();
        assertThat(rerun.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(dir.resolve("rerun.log"))).isZero();
    }

    /** File name to the values its targets hold, for every document in the store. */
    static Map<String, List<Integer>> stored(Path storeDir) {
        try (PolicyStore store = TdbStore.open(storeDir)) {
            Map<String, List<Integer>> out = new HashMap<>();
            for (Row r : Rows.of(store, "sparql/test/stored-targets.rq", Map.of())) {
                out.computeIfAbsent(r.string("fileName"), k -> new ArrayList<>()).add(r.decimal("value").intValue());
            }
            return out;
        }
    }

    @Test
    void killedMidIngestTheStoreKeepsWhatWasCommittedAndTheRestLoadsOnRerun() throws Exception {
        Path store = dir.resolve("store");
        Path v1 = dir.resolve("v1");
        write(v1, 1);
        Set<String> committed = ingestAndKill(store, v1, DOCUMENTS / 3);

        Map<String, List<Integer>> after = stored(store);
        assertThat(after.keySet()).as("every document reported committed survives the kill").containsAll(committed);
        for (var e : after.entrySet()) {
            int i = Integer.parseInt(e.getKey().replaceAll("\\D", ""));
            assertThat(e.getValue()).as(e.getKey() + " is whole").containsExactlyInAnyOrder(i * 10 + 1, i * 10 + 1);
        }

        ingestToTheEnd(store, v1);
        assertThat(stored(store)).hasSize(DOCUMENTS);
    }

    @Test
    void aRunKilledBeforeItsOneCommitLeavesTheStoreAsItWasAndRerunsWhole() throws Exception {
        Path store = dir.resolve("store");
        Path v1 = dir.resolve("v1");
        write(v1, 1);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RunningService.JAR.toString(), "ingest", "--no-lineage", "--batch", "16", "--store", store.toString(), v1.toString())
                .redirectErrorStream(true).start();
        int processed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = PROCESSED.matcher(line);
                if (m.find()) processed = Integer.parseInt(m.group(1));
                if (processed >= DOCUMENTS / 3) {
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(processed).as("the ingest was killed midway, not after it finished").isBetween(DOCUMENTS / 3, DOCUMENTS - 1);
        assertThat(stored(store)).as("a run is one transaction: none of it is stored").isEmpty();

        ingestToTheEnd(store, v1);
        assertThat(stored(store)).hasSize(DOCUMENTS);
    }

    static final String ADMIN = "admin", PASSWORD = "a-long-test-only-password";
    static final String PL = "https://w3id.org/policy-lineage/def#";

    /**
     * Issue 17: kill -9 after an upload is stored but before its lineage rebuild commits. The store
     * records that its lineage is older than its documents; the restarted service rebuilds it before
     * answering, and the lineage graph is then what a clean rebuild makes. Before, the document kept
     * 0 ancestors though it cites two, until some later ingest happened to rebuild.
     */
    @Test
    void killedBetweenAnIngestsCommitAndItsLineageRebuildTheRestartBringsLineageUpToDate() throws Exception {
        Path store = dir.resolve("store");
        String template = Files.readString(Path.of("data/corpus/002_5d5394bdb4d3b40c.txt"), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newHttpClient();
        String docIri = null;
        for (int attempt = 1; docIri == null; attempt++) {
            assertThat(attempt).as("the kill landed between commit and lineage rebuild in one of three attempts").isLessThanOrEqualTo(3);
            String number = "苏府办〔2022〕" + (950 + attempt) + "号";
            RunningService service = RunningService.start(store, "--policy-lineage.security.admin-username=" + ADMIN,
                    "--policy-lineage.security.admin-password=" + PASSWORD);
            try {
                CompletableFuture<HttpResponse<String>> upload = http.sendAsync(HttpRequest.newBuilder(URI.create(service.url("/api/documents?name=cites-two.txt")))
                        .header("Content-Type", "text/plain")
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(template.replace("苏府办〔2022〕140号", number), StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                URI resolve = URI.create(service.url("/api/resolve?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)));
                while (!upload.isDone()) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(resolve).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && !upload.isDone()) {
                        service.process().destroyForcibly(); // SIGKILL: the document is committed, its reply not sent
                        assertThat(service.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
                        Matcher m = Pattern.compile("\"iri\":\"([^\"]+)\"").matcher(r.body());
                        assertThat(m.find()).as(r.body()).isTrue();
                        docIri = m.group(1);
                        break;
                    }
                    Thread.sleep(5);
                }
            } finally {
                service.close();
            }
            if (docIri != null && ancestors(store, docIri) > 0) docIri = null; // killed after the rebuild committed: try again
        }

        try (RunningService again = RunningService.start(store)) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(again.url("/api/document?iri="
                    + URLEncoder.encode(docIri, StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(org.apache.jena.atlas.json.JSON.parse(page.body()).get("ancestors").getAsArray().size())
                    .as("ancestors the restarted service shows for the document").isGreaterThanOrEqualTo(2);
        }
        int ancestors = ancestors(store, docIri);
        assertThat(ancestors).as("ancestors of the document once the restart rebuilt lineage").isGreaterThanOrEqualTo(2);

        Model repaired = lineageWithoutTimes(store);
        try (PolicyStore s = TdbStore.open(store)) {
            Ingestion.on(s).settings(Settings.load(Map.of())).build().lineage().rebuild();
        }
        Model clean = lineageWithoutTimes(store);
        assertThat(clean.size()).isGreaterThan(40);
        System.out.printf("killed between commit and lineage rebuild: 0 ancestors before the restart, %d after; lineage %d triples "
                + "after the restart, %d from a clean rebuild%n", ancestors, repaired.size(), clean.size());
        assertThat(repaired.isIsomorphicWith(clean)).as("the lineage graph after the restart is the one a clean rebuild makes ("
                + repaired.size() + " and " + clean.size() + " triples)").isTrue();
    }

    /** Ancestry entries of a document in the lineage graph. */
    static int ancestors(Path storeDir, String docIri) {
        try (PolicyStore store = TdbStore.open(storeDir)) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(
                    "SELECT (COUNT(?a) AS ?n) WHERE { GRAPH ?lineage { ?a ?descendant ?doc } }");
            q.setIri("lineage", new IriScheme(Settings.load(Map.of()).baseIri()).lineageGraph());
            q.setIri("descendant", PL + "descendant");
            q.setIri("doc", docIri);
            return store.select(q.asQuery()).next().getLiteral("n").getInt();
        }
    }

    /** The lineage graph without the times of its computation, which differ from one rebuild to the next. */
    static Model lineageWithoutTimes(Path storeDir) {
        try (PolicyStore store = TdbStore.open(storeDir)) {
            Model m = store.graph(new IriScheme(Settings.load(Map.of()).baseIri()).lineageGraph());
            for (String p : List.of("startedAtTime", "endedAtTime", "generatedAtTime")) {
                m.removeAll(null, m.createProperty("http://www.w3.org/ns/prov#" + p), null);
            }
            return m;
        }
    }

    @Test
    void killedWhileReplacingEachDocumentIsEitherItsOldOrItsNewVersion() throws Exception {
        Path store = dir.resolve("store");
        Path v1 = dir.resolve("v1"), v2 = dir.resolve("v2");
        write(v1, 1);
        write(v2, 2);
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                RunningService.JAR.toString(), "ingest", "--no-lineage", "--store", store.toString(), v1.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        assertThat(first.waitFor(600, TimeUnit.SECONDS)).isTrue();
        // Replacing is asked for: a file's name never decides it.
        Set<String> replaced = ingestAndKill(store, v2, DOCUMENTS / 2, "--replace");

        Map<String, List<Integer>> after = stored(store);
        assertThat(after).hasSize(DOCUMENTS);
        for (var e : after.entrySet()) {
            int i = Integer.parseInt(e.getKey().replaceAll("\\D", ""));
            int expected = replaced.contains(e.getKey()) ? i * 10 + 2 : -1;
            if (expected > 0) {
                assertThat(e.getValue()).as(e.getKey() + " replaced").containsExactlyInAnyOrder(expected, expected);
            } else {
                List<Integer> oldVersion = List.of(i * 10 + 1, i * 10 + 1), newVersion = List.of(i * 10 + 2, i * 10 + 2);
                assertThat(e.getValue()).as(e.getKey() + " old or new, never mixed").isIn(oldVersion, newVersion);
            }
        }
    }
}
