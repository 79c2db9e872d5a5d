package org.policylineage.web.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer as a researcher uses it: the packaged jar runs as a real process on a free port, and
 * frontend/e2e/explorer.e2e.mjs drives Debian's Chromium through it (overview, document, the pages of a PDF's quotes,
 * target, lineage graph, compare, SPARQL editor, resolver, search, a phone-sized screen), then a curator who
 * signs in, reviews and corrects a target that a reader then sees corrected. Screenshots land
 * in target/screenshots.
 */
class ExplorerIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final long E2E_MINUTES = 10;
    private static final String CURATOR = "e2e-curator", CURATOR_PASSWORD = "an-e2e-only-curator-password";

    @TempDir
    Path dir;

    @Test
    void aResearcherFollowsATargetToItsSourcesInTheBrowser() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The explorer's end-to-end test needs Debian's Chromium at " + CHROMIUM
                    + ": install it with `apt-get install -y chromium` (CI does so in .ci/run).");
        }
        Path basedir = Path.of(System.getProperty("explorer.basedir", "")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("explorer.jar", "target/policy-lineage.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged service; run `mvn verify`, which builds it first").isRegularFile();
        Path e2e = basedir.resolve("frontend/e2e/explorer.e2e.mjs");
        assertThat(basedir.resolve("frontend/node_modules/playwright-core")).as("npm ci in frontend/ (mvn runs it)").isDirectory();

        // The seed corpus, its first document as the PDF it was printed to (so the explorer shows a paged source
        // beside text ones), plus a document with <script>, <img onerror> and <b> in its text, to see that text stays text.
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> seeds;
        try (var s = Files.list(basedir.resolve("data/corpus"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            if (seed.equals(seeds.get(0))) {
                Path pdf = basedir.resolve("target/formats/" + name.replace(".txt", ".pdf"));
                assertThat(pdf).as("the seed printed to PDF by .ci/format-fixtures (the build runs it before the integration tests)")
                        .isRegularFile();
                Files.copy(pdf, corpus.resolve(pdf.getFileName()));
            } else {
                Files.copy(seed, corpus.resolve(name));
            }
        }
        Path store = dir.resolve("store");
        Result ingest = run(dir.resolve("ingest.log"), Duration.ofMinutes(5), java(), "-jar", jar.toString(), "ingest",
                "--store", store.toString(), corpus.toString(), basedir.resolve("frontend/e2e/fixtures").toString());
        assertThat(ingest.exit()).as(ingest.output()).isZero();

        int port = freePort();
        Path serverLog = dir.resolve("server.log");
        // A curator account, its password hashed as the settings keep it: the e2e signs in with it and corrects a target.
        String curatorHash = org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .encode(CURATOR_PASSWORD);
        Process server = new ProcessBuilder(java(), "-jar", jar.toString(), "serve", "--port", String.valueOf(port),
                "--store", store.toString(), "--policy-lineage.security.curators[0].username=" + CURATOR,
                "--policy-lineage.security.curators[0].password=" + curatorHash)
                .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
        try {
            String base = "http://localhost:" + port;
            awaitOverview(server, base, serverLog);
            Result result = run(dir.resolve("e2e.log"), Duration.ofMinutes(E2E_MINUTES), "node", e2e.toString(), base,
                    "--require-fixtures", "--screenshots", basedir.resolve("target/screenshots").toString(),
                    "--curator", CURATOR + ":" + CURATOR_PASSWORD);
            System.out.println(result.output());
            assertThat(result.exit()).as("explorer e2e failed:%n%s", result.output()).isZero();
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    record Result(int exit, String output) {}

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Runs a command to completion, its output in a file (a pipe could fill and stall it). */
    private static Result run(Path log, Duration timeout, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("timed out after " + timeout + ": " + String.join(" ", command) + "\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void awaitOverview(Process server, String base, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/overview")).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) fail("the service exited with " + server.exitValue() + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYetListening) {
                // Still starting: try again shortly.
            }
            Thread.sleep(500);
        }
        fail("the service did not answer /api/overview within " + STARTUP + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
