package org.policylineage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * A Virtuoso server from the Debian package, on a private directory and free ports, for side-by-side benchmarks.
 *
 * <p>What Virtuoso 7.2.5 (Debian bookworm) does differently from SPARQL 1.1, seen through its
 * {@code /sparql} endpoint:
 * <ul>
 * <li>Without FROM the default graph is the union of all graphs, Virtuoso's own included
 *     ({@code virtrdf#}, about 2,500 triples, plus {@code ldp#} and the service description), so
 *     {@code ?s ?p ?o} or {@code ?s a ?c} see them; {@link #quads()} leaves them out.</li>
 * <li>{@code +}, {@code *} and {@code ?} paths need one end fixed by a constant, {@code BIND},
 *     {@code FILTER (?x = iri)} or a join with another triple pattern; otherwise "TR...: transitive
 *     start not given". VALUES is no reliable start: {@code VALUES ?x { :a } ?x :p+ ?y} is
 *     rejected, and so is a two-row VALUES on the object end while the subject is free (a one-row
 *     one there is accepted); {@code FILTER (?x IN (…))} is rejected too. VALUES on the far end of
 *     a path from a constant, VALUES joins, sequence, inverse, alternative and negated paths work.</li>
 * <li>{@code :a (:p|^:p)+ ?y} does not return {@code :a} itself even when a cycle reaches it.</li>
 * <li>HAVING without GROUP BY, and ORDER BY an expression over an aggregate's alias (e.g.
 *     {@code ORDER BY DESC(BOUND(?inCorpus))} with {@code (SAMPLE(?in) AS ?inCorpus)}, as in
 *     {@code sparql/api/documents.rq}; a bare {@code ORDER BY ?inCorpus} works) are rejected (SP031).</li>
 * <li>Literals are stored by value: {@code "12.50"^^xsd:decimal} comes back as {@code 12.5};
 *     {@code NOW()} has no time zone.</li>
 * </ul>
 * The ini sets no result cap or cost limit, and a time limit no shorter than the benchmark waits,
 * so an answer it times is never silently truncated ("anytime" results): timings compare whole answers.
 */
public final class Virtuoso implements AutoCloseable {
    private static final String SERVER = "virtuoso-t";
    // A fresh database's administrator; the server only listens on the loopback interface.
    private static final String USER = "dba";
    private static final String PASSWORD = "dba";
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    // Where quads without a graph go; N-Quads files for the benchmark name a graph on every line.
    private static final String LOOSE_TRIPLES_GRAPH = "urn:policy-lineage:bench:no-graph";
    private static final String GRAPH_SIZES =
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    private static final String RESULT_MARK = "load-result:";
    // What a new Virtuoso 7.2 database holds before any load: quad-map metadata, the LDP
    // vocabulary and the endpoint's service description.
    private static final Set<String> OWN_GRAPHS = Set.of("http://www.openlinksw.com/schemas/virtrdf#",
            "http://www.w3.org/ns/ldp#", "http://localuriqaserver/sparql");

    private final Path directory;
    private final Path isql;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;
    private final Path log;

    private Virtuoso(Path directory, Path isql, int sqlPort, int httpPort, Process process, Path log) {
        this.directory = directory;
        this.isql = isql;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
    }

    /** Whether the server and its isql client are on the PATH. */
    public static boolean installed() {
        return onPath(SERVER).isPresent() && isqlProgram().isPresent();
    }

    /** Creates a database in {@code directory} (or reopens one there) and waits until it answers. */
    public static Virtuoso start(Path directory) {
        Path server = onPath(SERVER).orElseThrow(() -> new IllegalStateException(SERVER + " is not on the PATH"));
        Path isql = isqlProgram().orElseThrow(() -> new IllegalStateException("Virtuoso's isql (isql-vt) is not on the PATH"));
        try {
            Path dir = Files.createDirectories(directory).toAbsolutePath().normalize();
            int sqlPort = freePort();
            int httpPort = freePort();
            Path ini = Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, sqlPort, httpPort), StandardCharsets.UTF_8);
            Path log = dir.resolve("console.log");
            Process process = new ProcessBuilder(server.toString(), "+foreground", "+configfile", ini.toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Virtuoso virtuoso = new Virtuoso(dir, isql, sqlPort, httpPort, process, log);
            try {
                virtuoso.awaitReady();
            } catch (RuntimeException e) {
                process.destroyForcibly();
                throw e;
            }
            return virtuoso;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bulk-loads an N-Quads file ({@code .nq} or {@code .nq.gz}) with Virtuoso's RDF loader and
     * checkpoints, so the time covers making the data durable, as a TDB2 load does. Loading a file
     * again adds its blank-node quads again: each load mints new blank nodes.
     */
    public Duration load(Path nquadsFile) {
        String name = nquadsFile.getFileName().toString();
        if (!name.endsWith(".nq") && !name.endsWith(".nq.gz")) {
            // The loader picks the parser from the file name.
            throw new IllegalArgumentException("not an .nq or .nq.gz file: " + nquadsFile);
        }
        if (!Files.isRegularFile(nquadsFile)) throw new IllegalArgumentException("no such file: " + nquadsFile);
        try {
            // A link inside the directory passes DirsAllowed wherever the file is, and gives the
            // loader a folder holding just this file; a new folder each time, as the loader skips
            // paths its load_list already holds.
            Path stage = Files.createTempDirectory(Files.createDirectories(directory.resolve("load")), "nq-");
            Path link = Files.createSymbolicLink(stage.resolve(name.endsWith(".gz") ? "data.nq.gz" : "data.nq"),
                    nquadsFile.toAbsolutePath());
            String script = "ld_dir(" + sqlString(stage.toString()) + ", '%', " + sqlString(LOOSE_TRIPLES_GRAPH) + ");\n"
                    + "rdf_loader_run();\n"
                    + "checkpoint;\n"
                    + "select " + sqlString(RESULT_MARK) + " || cast(ll_state as varchar) || ':' || coalesce(ll_error, '')"
                    + " from DB.DBA.load_list where ll_file = " + sqlString(link.toString()) + ";\n";
            long begin = System.nanoTime();
            String out = sql(script, null);
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            String result = out.lines().filter(l -> l.startsWith(RESULT_MARK)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Virtuoso did not register " + nquadsFile + ":\n" + out))
                    .substring(RESULT_MARK.length()).strip();
            // State 2 is "done"; a parse error still ends in state 2, with ll_error set.
            if (out.contains("*** Error") || !result.equals("2:")) {
                throw new IllegalStateException("Virtuoso failed to load " + nquadsFile + " (" + result + "):\n" + out);
            }
            return took;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quads in the graphs loaded, counted by the server; Virtuoso's own graphs are left out. */
    public long quads() {
        return graphSizes().entrySet().stream()
                .filter(e -> !OWN_GRAPHS.contains(e.getKey()))
                .mapToLong(e -> e.getValue())
                .sum();
    }

    /** The SPARQL protocol endpoint; queries without FROM see the union of all graphs. */
    public String sparqlEndpoint() {
        return "http://localhost:" + httpPort + "/sparql";
    }

    /** Shuts the server down cleanly, or kills it if it has not stopped after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) return;
        try {
            sql("shutdown;\n", PROBE_TIMEOUT);
        } catch (RuntimeException e) {
            // The process is stopped below either way.
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, Long> graphSizes() {
        Map<String, Long> sizes = new HashMap<>();
        ResultSet rows = QueryExecutionHTTP.service(sparqlEndpoint()).query(GRAPH_SIZES).select();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            sizes.put(row.get("g").toString(), row.getLiteral("n").getLong());
        }
        return sizes;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso exited with " + process.exitValue() + "; " + logTail());
            }
            try {
                last = sql("select 1;\n", PROBE_TIMEOUT);
                return;
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Virtuoso", e);
            }
        }
        throw new IllegalStateException("Virtuoso did not answer on port " + sqlPort + " within " + START_TIMEOUT.toSeconds()
                + " s; isql said: " + last.strip() + "; " + logTail());
    }

    /** Runs an isql script (no timeout when null); its output, or an exception when isql reports an error. */
    private String sql(String script, Duration timeout) {
        Path in = null;
        Path out = null;
        try {
            in = Files.writeString(Files.createTempFile(directory, "isql-", ".sql"), script, StandardCharsets.UTF_8);
            out = Files.createTempFile(directory, "isql-", ".out");
            Process client = new ProcessBuilder(isql.toString(), HOST + ":" + sqlPort, USER, PASSWORD,
                    "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF", "ERRORS=STDOUT")
                    .redirectInput(in.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (timeout == null) {
                client.waitFor();
            } else if (!client.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                client.destroyForcibly();
                throw new IllegalStateException("isql did not finish within " + timeout.toSeconds() + " s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            // isql goes on after a failed statement and exits 0; only a failed login exits non-zero.
            if (client.exitValue() != 0 || output.contains("*** Error")) {
                throw new IllegalStateException("isql failed (exit " + client.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running isql", e);
        } finally {
            deleteQuietly(in);
            deleteQuietly(out);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
            return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "no log at " + log;
        }
    }

    private static String ini(Path dir, int sqlPort, int httpPort) {
        // No result cap, which would cut answers short; a time limit equal to the benchmark's client timeout
        // only stops a query the benchmark has given up on from taking the CPU of the ones after it.
        return String.join("\n",
                "[Database]",
                "DatabaseFile = " + dir.resolve("virtuoso.db"),
                "ErrorLogFile = " + dir.resolve("virtuoso.log"),
                "LockFile = " + dir.resolve("virtuoso.lck"),
                "TransactionFile = " + dir.resolve("virtuoso.trx"),
                "xa_persistent_file = " + dir.resolve("virtuoso.pxa"),
                "TempStorage = TempDatabase",
                "",
                "[TempDatabase]",
                "DatabaseFile = " + dir.resolve("virtuoso-temp.db"),
                "TransactionFile = " + dir.resolve("virtuoso-temp.trx"),
                "",
                "[Parameters]",
                "ServerPort = " + HOST + ":" + sqlPort,
                "DisableUnixSocket = 1",
                "DirsAllowed = ., " + dir + ", /tmp",
                // About 1.4 GB of 8 kB pages: modest, next to the other engine on the same machine.
                "NumberOfBuffers = 170000",
                "MaxDirtyBuffers = 130000",
                "CheckpointInterval = 60",
                // ORDER BY with LIMIT/OFFSET beyond this is refused; the default is 10,000.
                "MaxSortedTopRows = 10000000",
                "CaseMode = 2",
                "",
                "[HTTPServer]",
                "ServerPort = " + HOST + ":" + httpPort,
                "ServerRoot = " + dir,
                "ServerThreads = 10",
                "Charset = UTF-8",
                "",
                "[SPARQL]",
                "MaxQueryExecutionTime = 60",
                "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Debian names Virtuoso's client isql-vt; a source build calls it isql, as unixODBC's client is. */
    private static Optional<Path> isqlProgram() {
        Optional<Path> debian = onPath("isql-vt");
        if (debian.isPresent()) return debian;
        return onPath("isql").filter(Virtuoso::isVirtuosoClient);
    }

    private static boolean isVirtuosoClient(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "-?").redirectErrorStream(true).start();
            p.getOutputStream().close();
            String help = new String(p.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            p.waitFor(5, TimeUnit.SECONDS);
            p.destroyForcibly();
            return help.contains("Virtuoso");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stray temporary file in the benchmark's directory does no harm.
        }
    }
}
