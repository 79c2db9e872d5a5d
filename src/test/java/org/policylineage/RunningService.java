package org.policylineage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar run as a real process on a free port, the way a user runs it; it reports how
 * long it took from launch to its first answered SPARQL query.
 */
public final class RunningService implements AutoCloseable {
    public static final Path JAR = Path.of("target/policy-lineage.jar");

    public final int port;
    public final Path log;
    public final long startupMillis;
    private final Process process;

    private RunningService(int port, Path log, Process process, long startupMillis) {
        this.port = port;
        this.log = log;
        this.process = process;
        this.startupMillis = startupMillis;
    }

    /** Starts {@code java -jar target/policy-lineage.jar serve --port P --store DIR …} and waits until it answers. */
    public static RunningService start(Path store, String... extraArguments) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: integration tests run after mvn package");
        int port = freePort();
        Path log = Files.createTempFile("policy-lineage-service", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", String.valueOf(port), "--store", store.toString()));
        cmd.addAll(List.of(extraArguments));
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        URI ask = URI.create("http://localhost:" + port + "/sparql?query=ASK%7B%7D");
        while (true) {
            if (!p.isAlive()) throw new IllegalStateException("the service exited: " + Files.readString(log));
            try {
                var r = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) break;
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - started > Duration.ofSeconds(180).toNanos()) {
                p.destroyForcibly();
                throw new IllegalStateException("the service did not answer within 180 s: " + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return new RunningService(port, log, p, (System.nanoTime() - started) / 1_000_000);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public Process process() { return process; }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
