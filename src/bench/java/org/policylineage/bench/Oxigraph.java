package org.policylineage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Oxigraph, the bench's second peer engine: {@code src/bench/oxigraph/server.mjs} on Node, with Oxigraph's npm
 * build (WebAssembly, the store in memory), bulk-loads one N-Quads file and answers the SPARQL protocol. Its
 * Python server, which keeps the store on disk, is not reachable from this workplace's registries; so there is no
 * disk figure, and its load and latency are those of the engine without disk reads.
 */
final class Oxigraph implements AutoCloseable {
    /** The folder of server.mjs and its package.json; {@code npm ci --prefix} it (.ci/test-tools does) to install Oxigraph. */
    static final Path HOME = Path.of(System.getProperty("oxigraph.home", "src/bench/oxigraph"));
    private static final Pattern LOADED = Pattern.compile("loaded (\\d+) quads in ([\\d.]+) ms");

    private final Process process;
    private final int port;
    final long quads;
    final Duration load;

    private Oxigraph(Process process, int port, long quads, Duration load) {
        this.process = process;
        this.port = port;
        this.quads = quads;
        this.load = load;
    }

    static boolean installed() {
        return Files.isRegularFile(HOME.resolve("node_modules/oxigraph/package.json"));
    }

    /** Starts the server on a free port, loading the file; returns once it answers, with the time its bulk load took. */
    static Oxigraph start(Path nquads, Duration timeout) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder("node", "--max-old-space-size=2048", HOME.resolve("server.mjs").toAbsolutePath().toString(),
                nquads.toAbsolutePath().toString(), String.valueOf(port)).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + timeout.toNanos();
        long quads = -1;
        Duration load = null;
        StringBuilder said = new StringBuilder();
        try {
            for (String line; (line = out.readLine()) != null; ) {
                said.append(line).append('\n');
                Matcher m = LOADED.matcher(line);
                if (m.find()) {
                    quads = Long.parseLong(m.group(1));
                    load = Duration.ofNanos((long) (Double.parseDouble(m.group(2)) * 1e6));
                }
                if (line.startsWith("listening on") && load != null) {
                    // The rest of its output is drained so the server never blocks on a full pipe.
                    Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "oxigraph-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Oxigraph(p, port, quads, load);
                }
                if (System.nanoTime() > deadline) break;
            }
        } catch (IOException e) {
            p.destroyForcibly();
            throw new UncheckedIOException(e);
        }
        p.destroyForcibly();
        throw new IllegalStateException("Oxigraph did not start on " + nquads + ": " + said);
    }

    String sparqlEndpoint() {
        return "http://127.0.0.1:" + port + "/query";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
