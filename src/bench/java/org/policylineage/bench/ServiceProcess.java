package org.policylineage.bench;

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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as a real process on a free port, the way a user runs it; it reports how
 * long it took from launch to its first answered SPARQL query, and its heap.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    public final int port;
    public final Path log;
    public final long startupMillis;
    private final Process process;
    /** Stops the service if the bench is stopped (Ctrl-C, kill) before it closes the service itself. */
    private final Thread stopOnExit;

    private ServiceProcess(int port, Path log, Process process, Thread stopOnExit, long startupMillis) {
        this.port = port;
        this.log = log;
        this.process = process;
        this.stopOnExit = stopOnExit;
        this.startupMillis = startupMillis;
    }

    /**
     * Starts {@code java [jvmOptions] -jar JAR serve --port P --store DIR [arguments]} and waits
     * until it answers a SPARQL query.
     */
    public static ServiceProcess start(Path jar, List<String> jvmOptions, Path store, String... arguments)
            throws IOException, InterruptedException {
        if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: build it with mvn package");
        int port = freePort();
        Path log = Files.createTempFile("policy-lineage-service", ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--port", String.valueOf(port), "--store", store.toString()));
        cmd.addAll(List.of(arguments));
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Thread stopOnExit = new Thread(p::destroy);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
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
            if (System.nanoTime() - started > Duration.ofSeconds(600).toNanos()) {
                p.destroyForcibly();
                throw new IllegalStateException("the service did not answer within 600 s: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return new ServiceProcess(port, log, p, stopOnExit, (System.nanoTime() - started) / 1_000_000);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public Process process() { return process; }

    /** Heap in use after a full collection, in MB, read with jcmd from the JDK running this process. */
    public double heapAfterGcMegabytes() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String pid = String.valueOf(process.pid());
        run(jcmd.toString(), pid, "GC.run");
        String info = run(jcmd.toString(), pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) throw new IllegalStateException("jcmd GC.heap_info said nothing of the heap used: " + info);
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook stops the service.
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        try {
            // Read into the error when the service failed; after a clean stop it is 10 MB of nobody's reading.
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // A log left in the temporary directory costs disk, not correctness.
        }
    }
}
