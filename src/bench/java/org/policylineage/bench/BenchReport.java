package org.policylineage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Renders {@code docs/benchmarks.md} from the figures of every size measured ({@code docs/bench/size-N.tsv}):
 * the targets with the figure that decides each, then every figure by size, then how to reproduce them.
 * The prose around the tables is fixed; the numbers all come from the files.
 */
final class BenchReport {
    private BenchReport() {}

    /** A target of the scale issue: what it asks, the figure that decides it, and whether that figure meets it. */
    private record Target(String what, Function<Figures, String> figure, Function<Figures, Boolean> met) {}

    private static final List<Target> TARGETS = List.of(
            new Target("ingestion at least half the speed of HanLP segmentation alone (text to RDF, all threads)",
                    f -> ratio(f, "extract.ratio_to_hanlp.all_threads"), f -> at(f, "extract.ratio_to_hanlp.all_threads") >= 0.5),
            new Target("the same, end to end into TDB2 (extraction, graphs, look-ups, writes)",
                    f -> ratio(f, "ingest.ratio_to_hanlp.all_threads"), f -> at(f, "ingest.ratio_to_hanlp.all_threads") >= 0.5),
            new Target("trace-target p50 under 10 ms (in-process / over HTTP)",
                    f -> ms(f, "latency.in_process.trace_target.p50_ms") + " / " + ms(f, "latency.http.trace_target.p50_ms"),
                    f -> at(f, "latency.in_process.trace_target.p50_ms") < 10 && at(f, "latency.http.trace_target.p50_ms") < 10),
            new Target("trace-target p99 under 50 ms (in-process / over HTTP)",
                    f -> ms(f, "latency.in_process.trace_target.p99_ms") + " / " + ms(f, "latency.http.trace_target.p99_ms"),
                    f -> at(f, "latency.in_process.trace_target.p99_ms") < 50 && at(f, "latency.http.trace_target.p99_ms") < 50),
            new Target("alignment under 10 minutes (computed; the graph's load into TDB2 is lineage.store_seconds)",
                    f -> f.get("lineage.seconds") + " s", f -> at(f, "lineage.seconds") < 600),
            new Target("alignment precision and recall above 0.9 against the true lineage",
                    f -> "P " + f.get("accuracy.measure_alignments.precision") + ", R " + f.get("accuracy.measure_alignments.recall"),
                    f -> at(f, "accuracy.measure_alignments.precision") > 0.9 && at(f, "accuracy.measure_alignments.recall") > 0.9),
            new Target("heap under 2 GB (lineage's peak live heap in-process / service after queries)",
                    f -> f.get("lineage.peak_live_heap_mb") + " MB / " + f.get("heap.service_after_queries_mb") + " MB",
                    f -> at(f, "lineage.peak_live_heap_mb") < 2048 && at(f, "heap.service_after_queries_mb") < 2048),
            new Target("start-up with the seed corpus under 10 s (new store, loading it / again)",
                    f -> ms(f, "startup.seed_first_ms") + " / " + ms(f, "startup.seed_again_ms"),
                    f -> at(f, "startup.seed_first_ms") < 10_000 && at(f, "startup.seed_again_ms") < 10_000),
            new Target("trace-target over HTTP no slower than Oxigraph's, p50 and p99 (ours / Oxigraph's p50; p99)",
                    f -> peer(f, "trace_target"), f -> noSlower(f, "trace_target")),
            new Target("document page over HTTP no slower than Oxigraph's, p50 and p99 (ours / Oxigraph's p50; p99)",
                    f -> peer(f, "document_page"), f -> noSlower(f, "document_page")));

    private static String peer(Figures f, String query) {
        return ms(f, "latency.http." + query + ".p50_ms") + " / " + ms(f, "latency.oxigraph." + query + ".p50_ms") + "; "
                + ms(f, "latency.http." + query + ".p99_ms") + " / " + ms(f, "latency.oxigraph." + query + ".p99_ms");
    }

    private static boolean noSlower(Figures f, String query) {
        return at(f, "latency.http." + query + ".p50_ms") <= at(f, "latency.oxigraph." + query + ".p50_ms")
                && at(f, "latency.http." + query + ".p99_ms") <= at(f, "latency.oxigraph." + query + ".p99_ms");
    }

    static void write(Path docs) throws IOException {
        List<Figures> runs = new ArrayList<>();
        Path dir = docs.resolve("bench");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().matches("size-\\d+\\.tsv")).toList()) {
                    runs.add(Figures.read(p, Integer.parseInt(p.getFileName().toString().replaceAll("\\D", ""))));
                }
            }
        }
        runs.sort(Comparator.comparingInt(Figures::size));
        Files.writeString(docs.resolve("benchmarks.md"), render(runs, docs), StandardCharsets.UTF_8);
    }

    /** The report; the census of a store's quads ({@code census --docs}), where one was written, is part of it. */
    static String render(List<Figures> runs, Path docs) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Benchmarks\n\n");
        b.append("Written by the bench jar's `bench --sizes 1000,10000,100000` (README, Benchmarks) from the figures in\n");
        b.append("`docs/bench/size-N.tsv` (one file per corpus size, kept from the run that measured it; run one size again\n");
        b.append("to refresh its column). Every figure below is a measurement of that run; nothing here is typed by hand.\n");
        b.append("In-process micro-benchmarks (JMH) are in `docs/bench/jmh.txt`: `mvn -B -Pjmh -DskipTests verify`.\n\n");
        if (runs.isEmpty()) return b.append("No run yet.\n").toString();

        b.append("## Targets\n\n| target | size | figure | met |\n|---|---:|---|---|\n");
        for (Target t : TARGETS) {
            Figures largest = null;
            for (Figures f : runs) if (hasAll(f, t)) largest = f;
            if (largest == null) {
                b.append("| ").append(t.what()).append(" | | not measured | |\n");
                continue;
            }
            b.append("| ").append(t.what()).append(" | ").append(largest.size()).append(" | ").append(t.figure().apply(largest))
                    .append(" | ").append(t.met().apply(largest) ? "yes" : "**no**").append(" |\n");
        }
        b.append("\nEach target is judged at the largest size that measured it; the issue sets most of them at 100k documents.\n\n");

        b.append("## Figures by corpus size\n\n| figure | unit |");
        for (Figures f : runs) b.append(' ').append(f.size()).append(" |");
        b.append("\n|---|---|");
        runs.forEach(f -> b.append("---:|"));
        b.append('\n');
        Map<String, String> units = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Figures f : runs) {
            for (Figures.Figure fig : f.all()) {
                names.add(fig.name());
                units.putIfAbsent(fig.name(), fig.unit());
            }
        }
        for (String n : names) {
            b.append("| ").append(n).append(" | ").append(units.get(n)).append(" |");
            for (Figures f : runs) b.append(' ').append(f.get(n) == null ? "" : f.get(n)).append(" |");
            b.append('\n');
        }
        Path census = docs.resolve("bench/census.md");
        if (Files.exists(census)) b.append("\n").append(Files.readString(census, StandardCharsets.UTF_8));
        b.append("""

                ## What each figure measures

                - **hanlp**: HanLP's default segmenter on every file's whole text, read from disk, on one thread and on
                  all (a parallel stream). The baseline the ingestion target is a ratio to.
                - **extract**: decoding, normalising, extracting and building each document's graph in memory, no store
                  (the product's decoder, extractor and graph builder composed by the bench), on one thread and on all. `ratio_to_hanlp` is HanLP's time over ours: 1 means as
                  fast as segmentation alone.
                - **ingest**: the whole `ingest` path into an empty TDB2 store in one transaction, batches of 256 files:
                  extraction, graphs, look-ups of earlier documents, writes. The bench times the store's calls from outside:
                  `write_seconds` the writes, `lookup_seconds` the look-ups, `extract_and_build_seconds` the rest;
                  `write_quads_per_s` is the store writes alone.
                - **lineage**: `LineageGraph.rebuild` on that store: sketches, candidate documents, alignment, inference,
                  target links, closures, the graph written to a file and loaded (the first lineage graph of a store by
                  TDB2's phased bulk loader, later ones by a sorted replace). `measure_pairs_per_document` shows the
                  work per document as the corpus grows (flat means linear); `texts_read_per_document` is how often a
                  text is read from the store (1: a text the memory cache let go comes back from a temporary file of
                  normalised texts; more only if that file could not be written). `peak_live_heap_mb` is the most heap
                  still in use after any collection during the rebuild (what it must keep, an upper bound: after a young
                  collection the old generation still holds garbage); `full_collections` counts the full collections, and
                  `peak_heap_after_full_collection_mb`, where there were any, is the live heap after them. `peak_heap_mb` sums the heap
                  pools' peaks, which include uncollected garbage and grow to whatever heap the collector has (2 GB here).
                - **accuracy**: precision and recall against `truth.tsv` of the generator: measure alignments (child clause
                  to the clause it was copied or rewritten from), document links (a document to its parent), target links
                  (the clauses holding a target and the target it was set from).
                - **latency**: p50 and p99 over sampled targets with a parent target (trace-target, target-lineage with
                  `?child` bound) and sampled documents (the explorer's document page: `/api/documents/{slug}`; in-process,
                  `ApiQueries.document`). In-process runs the query on the store in the benchmark's JVM; over HTTP it
                  goes to the packaged service (`java -Xmx2g -jar … serve`) on the same store; Virtuoso (Debian's
                  virtuoso-opensource, default settings but buffers) answers the same queries over HTTP on the same
                  quads, with the parameter written in as a constant rather than a `VALUES` block (Virtuoso evaluates
                  the `UNION` branches before joining `VALUES`: over a minute a query at 1k documents). Requests are
                  written out before timing. In-process and on Virtuoso each is timed after 50 warm-up calls; on the
                  freshly started service after 1000, so its JIT has compiled the query paths, as in a service that
                  has been up a while. Warm-up calls take the sampled inputs in turn, so the service's 1000 go over
                  the sampled targets (200) five times and find their pages cached. `in_process_cached` times
                  trace-target once more after a pass over every sampled target: the computation without the disk.
                  `queries.trace_target_rows_mean` is the rows a trace returns on average. Oxigraph (`oxigraph` from npm,
                  its WebAssembly build, behind `src/bench/oxigraph/server.mjs`: the store in memory, as its Python
                  server, which keeps it on disk, is not reachable from this workplace) bulk-loads the same export
                  (`oxigraph.load_seconds`) and answers trace-target and target-lineage as the service gets them, with a
                  `VALUES` block; its document page is the service's own `ApiQueries.document` on Oxigraph as a remote
                  store, a request per query of the page. It is timed after the same warm-up as Virtuoso.
                - **load**: the documents' quads exported as N-Quads and loaded into empty TDB2 stores through our write
                  path (graphs replaced in batches of a thousand in one transaction) and through Jena's basic, phased and
                  parallel bulk loaders. `ratio_to_jena_*` is ours over theirs.
                - **startup**: from launching `java -jar` to the first answered SPARQL query: on the benchmark store, and
                  on a new store loading the seed corpus, then on that store again (measured first in each size's run,
                  before the large stores are written, whose flushing to disk would slow it). `search_index_caught_up_ms`: until
                  the full-text index of the benchmark store, built in the background on first start, is complete;
                  the latencies over HTTP are measured after it.
                - **store**: disk as `du` counts it, after ingestion and lineage (TDB2 keeps old copies of changed blocks
                  until `tdb2.tdbcompact`).
                """);
        return b.toString();
    }

    private static boolean hasAll(Figures f, Target t) {
        try {
            t.met().apply(f);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static double at(Figures f, String name) {
        String v = f.get(name);
        if (v == null) throw new IllegalArgumentException("no figure " + name);
        return Double.parseDouble(v);
    }

    private static String ratio(Figures f, String name) {
        return String.format(Locale.ROOT, "%.2f×", at(f, name));
    }

    private static String ms(Figures f, String name) {
        return f.get(name) + " ms";
    }
}
