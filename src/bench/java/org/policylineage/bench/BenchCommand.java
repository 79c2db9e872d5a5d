package org.policylineage.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.hankcs.hanlp.HanLP;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.policylineage.Settings;
import org.policylineage.lineage.LineageSummary;
import org.policylineage.ingest.Ingester;
import org.policylineage.query.QueryLibrary;
import org.policylineage.query.QueryParameters;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.TdbStore;
import org.policylineage.synthetic.SyntheticCorpus;
import org.policylineage.web.api.ApiQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.policylineage.ingest.Ingestion;

/**
 * {@code bench}: the whole-run benchmark. For each corpus size it generates a synthetic corpus,
 * measures HanLP segmentation alone, extraction alone, ingestion into TDB2, lineage with its
 * accuracy against the generator's truth, the write path against Jena's bulk loaders, query
 * latency in-process and over HTTP beside Virtuoso on the same data, start-up, heap and disk, and
 * writes every figure to {@code docs/bench/size-N.tsv} and the report {@code docs/benchmarks.md}.
 * With {@code --reuse-store} it measures a store loaded earlier from the same corpus instead of
 * ingesting it again.
 */
@Command(name = "bench", description = "Benchmark the whole pipeline on synthetic corpora and write docs/benchmarks.md.")
public final class BenchCommand implements Callable<Integer> {
    /** The longest a benchmark query may take; Virtuoso is configured to stop its queries at the same time. */
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--sizes", split = ",", defaultValue = "1000", paramLabel = "N[,N…]",
            description = "corpus sizes in documents (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--variant", defaultValue = "42", description = "which synthetic corpus of each size, and the random draws of the queries (default: ${DEFAULT-VALUE})")
    long variant;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR",
            description = "where corpora and stores go (default: ${DEFAULT-VALUE}); a corpus already there is reused")
    Path work;

    @Option(names = "--docs", defaultValue = "docs", paramLabel = "DIR",
            description = "where figures and the report go (default: ${DEFAULT-VALUE})")
    Path docs;

    @Option(names = "--samples", defaultValue = "200", description = "timed queries per query kind (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--warmup", defaultValue = "50", paramLabel = "N",
            description = "calls before timing in the bench's own JVM, warm from ingestion and lineage, and on Virtuoso (default: ${DEFAULT-VALUE})")
    int warmup;

    /**
     * A service that has been answering for a while has compiled its query paths; the first few hundred
     * calls after start measure the JIT instead.
     */
    @Option(names = "--http-warmup", defaultValue = "1000", paramLabel = "N",
            description = "calls before timing on the freshly started service (default: ${DEFAULT-VALUE})")
    int httpWarmup;

    @Option(names = "--startup", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "measure the service's start-up with the seed corpus, twice (default: on)")
    boolean startup;

    @Option(names = "--compare", split = ",", defaultValue = "virtuoso,oxigraph", paramLabel = "ENGINE[,ENGINE]",
            description = "other SPARQL engines run on the same data: virtuoso, oxigraph, both, or none (default: ${DEFAULT-VALUE})")
    List<String> compare;

    @Option(names = "--bulk-load", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "compare the write path with Jena's bulk loaders (writes the store again twice; default: on)")
    boolean bulkLoad;

    @Option(names = "--keep", description = "keep the stores and exports after the run")
    boolean keep;

    @Option(names = "--reuse-store", description = "measure the store already at <work>/store-N, loaded from "
            + "<work>/corpus-N-variant-V by `ingest --no-lineage`, instead of segmenting, extracting and ingesting again: "
            + "at 100k documents ingestion alone takes over half an hour. The store is kept.")
    boolean reuseStore;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws Exception {
        if (compare.contains("virtuoso") && !Virtuoso.installed()) {
            System.err.println("virtuoso-t is not installed: .ci/test-tools installs it (or run with --compare none)");
            return 2;
        }
        if (compare.contains("oxigraph") && !Oxigraph.installed()) {
            System.err.println("Oxigraph is not installed in " + Oxigraph.HOME + ": .ci/test-tools installs it (npm ci --prefix "
                    + Oxigraph.HOME + "), or run with --compare virtuoso");
            return 2;
        }
        Files.createDirectories(work);
        if (reuseStore) {
            for (int size : sizes) {
                Path store = work.resolve("store-" + size), corpus = work.resolve("corpus-" + size + "-variant-" + variant);
                if (!Files.isDirectory(store) || !Files.exists(corpus.resolve("truth.tsv"))) {
                    System.err.println("--reuse-store needs " + store + " loaded from " + corpus + ": generate --size " + size
                            + " --variant " + variant + " --out " + corpus + ", then ingest --no-lineage --store " + store + " " + corpus);
                    return 2;
                }
            }
        }
        for (int size : sizes) {
            Figures f = run(size);
            save(f);
            System.out.println("figures at " + size + " documents written to " + docs.resolve("bench/size-" + size + ".tsv"));
        }
        System.out.println("report: " + docs.resolve("benchmarks.md"));
        return 0;
    }

    private Figures run(int size) throws Exception {
        Figures f = new Figures(size);
        f.put("date", java.time.LocalDate.now().toString());
        f.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        // First, on a quiet machine: at the end of a large size the page cache is still flushing its stores.
        if (startup) startup(f);
        Path corpus = corpus(size, f);
        List<Path> files = files(corpus);
        long chars = 0;
        for (Path p : files) chars += Files.readString(p, StandardCharsets.UTF_8).length();
        f.put("corpus.documents", files.size(), "documents").put("corpus.characters", chars, "characters");
        int threads = ForkJoinPool.commonPool().getParallelism() + 1;

        Settings settings = Settings.load(Map.of());
        IriScheme iris = new IriScheme(settings.baseIri());
        Path storeDir = work.resolve("store-" + size);
        double hanlpN = 0;
        if (reuseStore) {
            step("reusing the store in " + storeDir + " (segmentation, extraction and ingestion not measured)");
            f.put("run", "store reused: segmentation, extraction and ingestion not measured in this run");
        } else {
            step("HanLP segmentation alone");
            double hanlp1 = segment(files, false);
            hanlpN = segment(files, true);
            f.put("hanlp.chars_per_s.1_thread", chars / hanlp1, "characters/s").put("hanlp.chars_per_s.all_threads", chars / hanlpN, "characters/s");

            step("extraction alone (text to RDF, no store)");
            double[] extraction = extract(files, settings);
            f.put("extract.chars_per_s.1_thread", chars / extraction[0], "characters/s")
                    .put("extract.chars_per_s.all_threads", chars / extraction[1], "characters/s")
                    .put("extract.docs_per_s.all_threads", files.size() / extraction[1], "documents/s")
                    .put("extract.ratio_to_hanlp.1_thread", hanlp1 / extraction[0], "×")
                    .put("extract.ratio_to_hanlp.all_threads", hanlpN / extraction[1], "×")
                    .put("extract.threads", threads, "threads");

            fresh(storeDir);
        }
        try (TdbStore store = TdbStore.open(storeDir)) {
            if (!reuseStore) ingest(f, store, files, settings, chars, hanlpN);

            step("lineage");
            long heapBefore = usedHeapAfterGc();
            resetPeaks();
            LineageSummary s;
            double liveHeap, liveAfterFull;
            int fullCollections;
            try (LiveHeap live = new LiveHeap()) {
                s = Ingestion.on(store).settings(settings).build().lineage().rebuild();
                liveHeap = live.peakMegabytes();
                liveAfterFull = live.peakAfterFullMegabytes();
                fullCollections = live.fullCollections();
            }
            f.put("lineage.seconds", s.millis() / 1000.0, "s").put("lineage.store_seconds", s.storeMillis() / 1000.0, "s").put("lineage.document_pairs", s.documentPairs(), "pairs")
                    .put("lineage.measure_pairs", s.measurePairs(), "pairs").put("lineage.texts_read_per_document", (double) s.textsRead() / Math.max(1, s.documents()), "reads")
                    .put("lineage.measure_pairs_per_document", (double) s.measurePairs() / Math.max(1, s.documents()), "pairs")
                    .put("lineage.alignments", s.alignments(), "alignments").put("lineage.document_links", s.documentLinks(), "links")
                    .put("lineage.target_links", s.targetLinks(), "links").put("lineage.triples", s.triples(), "triples")
                    .put("lineage.peak_heap_mb", peakHeapMegabytes(), "MB")
                    .put("lineage.peak_live_heap_mb", liveHeap, "MB").put("lineage.heap_before_mb", heapBefore / 1e6, "MB")
                    .put("lineage.full_collections", fullCollections, "collections");
            if (liveAfterFull >= 0) f.put("lineage.peak_heap_after_full_collection_mb", liveAfterFull, "MB");
            TruthScore.Result score = TruthScore.of(corpus.resolve("truth.tsv"), store);
            score(f, "accuracy.measure_alignments", score.measures());
            score(f, "accuracy.document_links", score.documents());
            score(f, "accuracy.target_links", score.targets());
            f.put("heap.in_process_after_load_mb", usedHeapAfterGc() / 1e6, "MB");

            save(f);
            step("query latency in-process");
            Random random = new Random(variant);
            List<Node> targets = sample(store, "sparql/bench/sample-targets.rq", "target", random);
            List<Node> documents = sample(store, "sparql/bench/sample-documents.rq", "doc", random);
            f.put("queries.sampled_targets", targets.size(), "targets").put("queries.sampled_documents", documents.size(), "documents");
            Query trace = curated("trace-target");
            Query targetLineage = curated("target-lineage");
            latency(f, "latency.in_process.trace_target", Latency.measure(targets, samples, warmup,
                    t1 -> store.select(QueryParameters.bind(trace, Map.of("target", t1))).size()));
            latency(f, "latency.in_process.target_lineage", Latency.measure(targets, samples, warmup,
                    t1 -> store.select(QueryParameters.bind(targetLineage, Map.of("child", t1))).size()));
            ApiQueries api = new ApiQueries(store, iris);
            latency(f, "latency.in_process.document_page", Latency.measure(documents, samples, warmup, d -> api.document(d.getURI())));
            // A pass over every sampled target, counting rows, caches every page they touch; timed again after
            // it, what is left is computation, not disk. The gap to the figure above is what reading from disk costs.
            long traceRows = 0;
            for (Node t1 : targets) traceRows += store.select(QueryParameters.bind(trace, Map.of("target", t1))).size();
            f.put("queries.trace_target_rows_mean", (double) traceRows / targets.size(), "rows");
            latency(f, "latency.in_process_cached.trace_target", Latency.measure(targets, samples, 0,
                    t1 -> store.select(QueryParameters.bind(trace, Map.of("target", t1))).size()));

            if (bulkLoad) bulkLoad(f, store, size);
            exportForComparison(store, size);
            f.put("store.disk_mb", directorySize(storeDir) / 1e6, "MB");
            f.put("store.quads", store.size(), "quads");

            save(f);
            step("the service over HTTP");
            store.close();
            overHttp(f, storeDir, targets, documents, trace, targetLineage, iris);
        }
        if (compare.contains("oxigraph")) oxigraph(f, size, storeDir);
        if (compare.contains("virtuoso")) {
            save(f);
            step("Virtuoso on the same data");
            try (Virtuoso v = Virtuoso.start(fresh(work.resolve("virtuoso-" + size)))) {
                Path export = work.resolve("export-" + size + ".nq");
                f.put("virtuoso.load_seconds", v.load(export).toMillis() / 1000.0, "s").put("virtuoso.quads", v.quads(), "quads");
                Random random = new Random(variant);
                try (TdbStore store = TdbStore.open(storeDir)) {
                    List<Node> targets = sample(store, "sparql/bench/sample-targets.rq", "target", random);
                    Query trace = curated("trace-target");
                    Query targetLineage = curated("target-lineage");
                    // Virtuoso joins a VALUES block only after evaluating every UNION branch unbound (over a minute
                    // a query at 1k documents), so it gets the parameter written into the query as a constant.
                    // trace-target last: where Virtuoso times out it goes on computing after the client gives up.
                    peerLatency(f, "latency.virtuoso.target_lineage", sparqlUrls(v.sparqlEndpoint(), targets,
                            t1 -> QueryTransformOps.syntaxSubstitute(targetLineage, Map.of(Var.alloc("child"), t1))));
                    peerLatency(f, "latency.virtuoso.trace_target", sparqlUrls(v.sparqlEndpoint(), targets,
                            t1 -> QueryTransformOps.syntaxSubstitute(trace, Map.of(Var.alloc("target"), t1))));
                }
            }
        }
        if (!keep) {
            if (!reuseStore) deleteTree(storeDir);
            Files.deleteIfExists(work.resolve("export-" + size + ".nq"));
            deleteTree(work.resolve("virtuoso-" + size));
        }
        return f;
    }

    /**
     * Oxigraph bulk-loads the export and answers the same queries over HTTP, phrased as the service gets them (the
     * parameter in a VALUES block, which Oxigraph joins first); the document page is the service's own code
     * ({@link ApiQueries#document}) on Oxigraph as a remote store, every query of the page a request.
     */
    private void oxigraph(Figures f, int size, Path storeDir) throws Exception {
        save(f);
        step("Oxigraph on the same data");
        Path export = work.resolve("export-" + size + ".nq");
        try (Oxigraph o = Oxigraph.start(export, Duration.ofHours(2))) {
            f.put("oxigraph.load_seconds", o.load.toMillis() / 1000.0, "s").put("oxigraph.quads", o.quads, "quads");
            Random random = new Random(variant);
            List<Node> targets, documents;
            try (TdbStore store = TdbStore.open(storeDir)) {
                targets = sample(store, "sparql/bench/sample-targets.rq", "target", random);
                documents = sample(store, "sparql/bench/sample-documents.rq", "doc", random);
            }
            Query trace = curated("trace-target");
            Query targetLineage = curated("target-lineage");
            peerLatency(f, "latency.oxigraph.target_lineage", sparqlUrls(o.sparqlEndpoint(), targets,
                    t1 -> QueryParameters.bind(targetLineage, Map.of("child", t1))));
            try (org.policylineage.store.RemoteStore remote = new org.policylineage.store.RemoteStore(o.sparqlEndpoint(), null, null, null, null)) {
                ApiQueries api = new ApiQueries(remote, new IriScheme(Settings.load(Map.of()).baseIri()));
                try {
                    latency(f, "latency.oxigraph.document_page", Latency.measure(documents, samples, warmup, d -> api.document(d.getURI())));
                } catch (RuntimeException e) {
                    f.put("latency.oxigraph.document_page.failed", String.valueOf(e.getMessage()).substring(0, Math.min(200, String.valueOf(e.getMessage()).length())));
                }
            }
            // trace-target last: a query it cannot answer in time runs on after the client gives up, and the server, one
            // thread, answers nothing else meanwhile.
            peerLatency(f, "latency.oxigraph.trace_target", sparqlUrls(o.sparqlEndpoint(), targets,
                    t1 -> QueryParameters.bind(trace, Map.of("target", t1))));
        }
    }

    /**
     * Ingests every file into the empty store in one transaction, batches of 256, as {@code ingest} does.
     * The store is watched from outside ({@link TimedStore}): the write and look-up times are its calls;
     * the rest of the ingestion time is decoding, extraction and building the graphs.
     */
    private static void ingest(Figures f, TdbStore tdb, List<Path> files, Settings settings, long chars, double hanlpN) {
        step("ingestion into TDB2");
        TimedStore store = new TimedStore(tdb);
        Ingester ingest = Ingestion.on(store).settings(settings).ingest(settings.ingest().withoutSizeLimit()).build().ingester();
        ingest.prepare();
        store.reset();
        long t = System.nanoTime();
        AtomicLong loaded = new AtomicLong();
        store.inTransaction(() -> {
            for (int from = 0; from < files.size(); from += 256) {
                List<Ingester.Source> batch = new ArrayList<>();
                for (Path p : files.subList(from, Math.min(files.size(), from + 256))) batch.add(source(p));
                ingest.ingestAll(batch).forEach(o -> { if (o.loaded()) loaded.incrementAndGet(); });
            }
        });
        double seconds = (System.nanoTime() - t) / 1e9;
        f.put("ingest.seconds", seconds, "s").put("ingest.documents_loaded", loaded.get(), "documents")
                .put("ingest.docs_per_s", files.size() / seconds, "documents/s")
                .put("ingest.chars_per_s", chars / seconds, "characters/s")
                .put("ingest.ratio_to_hanlp.all_threads", hanlpN / seconds, "×")
                .put("ingest.quads", store.documentQuads(), "quads").put("ingest.quads_per_document", (double) store.documentQuads() / loaded.get(), "quads")
                .put("ingest.extract_and_build_seconds", seconds - store.writeSeconds() - store.lookupSeconds(), "s")
                .put("ingest.write_seconds", store.writeSeconds(), "s")
                .put("ingest.lookup_seconds", store.lookupSeconds(), "s")
                .put("ingest.write_quads_per_s", store.documentQuads() / store.writeSeconds(), "quads/s");
    }

    /**
     * Writes the figures so far and the report: a run at 100k documents takes hours, and one stopped
     * part way keeps what it measured (the report judges each target on the figures present).
     */
    private void save(Figures f) throws IOException {
        f.write(docs.resolve("bench").resolve("size-" + f.size() + ".tsv"));
        BenchReport.write(docs);
    }

    private Path corpus(int size, Figures f) throws IOException {
        Path dir = work.resolve("corpus-" + size + "-variant-" + variant);
        if (Files.exists(dir.resolve("truth.tsv"))) {
            step("reusing the corpus in " + dir);
            return dir;
        }
        step("generating " + size + " documents");
        deleteTree(dir);
        long t = System.nanoTime();
        SyntheticCorpus.builder().documents(size).variant(variant).build().writeTo(dir);
        f.put("corpus.generate_seconds", (System.nanoTime() - t) / 1e9, "s");
        return dir;
    }

    private static List<Path> files(Path corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Seconds to segment every file with HanLP's default segmenter (read from disk, as extraction reads it). */
    private static double segment(List<Path> files, boolean parallel) {
        Stream<Path> s = parallel ? files.parallelStream() : files.stream();
        long t = System.nanoTime();
        long words = s.mapToLong(p -> HanLP.newSegment().seg(read(p)).size()).sum();
        if (words == 0) throw new IllegalStateException("HanLP segmented nothing");
        return (System.nanoTime() - t) / 1e9;
    }

    /** Seconds to decode, extract and build the graph of every file, on one thread and on all. */
    private static double[] extract(List<Path> files, Settings settings) {
        ExtractionAlone extraction = new ExtractionAlone(settings);
        long t = System.nanoTime();
        long one = files.stream().mapToLong(p -> extraction.triples(bytes(p))).sum();
        double single = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        long all = files.parallelStream().mapToLong(p -> extraction.triples(bytes(p))).sum();
        double parallel = (System.nanoTime() - t) / 1e9;
        if (one != all) throw new IllegalStateException("extraction is not deterministic: " + one + " and " + all + " triples");
        return new double[] {single, parallel};
    }

    private void bulkLoad(Figures f, TdbStore store, int size) throws IOException {
        step("write path against Jena's bulk loaders");
        Path docsOnly = work.resolve("documents-" + size + ".nq");
        try (var out = Files.newOutputStream(docsOnly)) {
            exportDocumentGraphs(store, out);
        }
        BulkLoad.Rate ours = BulkLoad.ours(docsOnly, fresh(work.resolve("load-ours-" + size)));
        f.put("load.ours.quads_per_s", ours.perSecond(), "quads/s").put("load.quads", ours.quads(), "quads");
        deleteTree(work.resolve("load-ours-" + size));
        for (String loader : List.of("basic", "phased", "parallel")) {
            BulkLoad.Rate jena = BulkLoad.jena(loader, docsOnly, fresh(work.resolve("load-" + loader + "-" + size)));
            f.put("load.jena_" + loader + ".quads_per_s", jena.perSecond(), "quads/s")
                    .put("load.ratio_to_jena_" + loader, ours.perSecond() / jena.perSecond(), "×");
            deleteTree(work.resolve("load-" + loader + "-" + size));
        }
        Files.deleteIfExists(docsOnly);
    }

    /** The documents' graphs as N-Quads: what ingestion writes, without the reference and lineage graphs. */
    private static void exportDocumentGraphs(TdbStore store, java.io.OutputStream out) {
        var dsg = store.dataset().orElseThrow();
        StreamRDF writer = StreamRDFLib.writer(out);
        org.apache.jena.system.Txn.executeRead(dsg, () -> {
            writer.start();
            dsg.find().forEachRemaining(q -> {
                if (q.getGraph().getURI().contains("/graph/doc/")) writer.quad(q);
            });
            writer.finish();
        });
    }

    private void exportForComparison(TdbStore store, int size) throws IOException {
        if (compare.isEmpty() || compare.equals(List.of("none"))) return;
        try (var out = Files.newOutputStream(work.resolve("export-" + size + ".nq"))) {
            store.export(out, Lang.NQUADS);
        }
    }

    private void overHttp(Figures f, Path storeDir, List<Node> targets, List<Node> documents, Query trace, Query targetLineage,
                          IriScheme iris) throws Exception {
        Path jar = productJar();
        try (ServiceProcess service = ServiceProcess.start(jar, List.of("-Xmx2g"), storeDir,
                "--policy-lineage.seed.load-on-start=false")) {
            f.put("startup.bench_store_ms", service.startupMillis, "ms");
            // The service answers at once but indexes a store loaded without it for full-text search in the
            // background; latency is measured once that is done, not while it takes a core.
            f.put("startup.search_index_caught_up_ms", service.startupMillis + awaitSearchIndex(service), "ms");
            save(f);
            String endpoint = service.url("/sparql");
            latency(f, "latency.http.trace_target", Latency.measure(
                    sparqlUrls(endpoint, targets, t1 -> QueryParameters.bind(trace, Map.of("target", t1))), samples, httpWarmup, this::sparqlResult));
            latency(f, "latency.http.target_lineage", Latency.measure(
                    sparqlUrls(endpoint, targets, t1 -> QueryParameters.bind(targetLineage, Map.of("child", t1))), samples, httpWarmup, this::sparqlResult));
            latency(f, "latency.http.document_page", Latency.measure(
                    documents.stream().map(d -> service.url("/api/documents/"
                            + org.springframework.web.util.UriUtils.encodePath(iris.pathOf(d.getURI()), StandardCharsets.UTF_8))).toList(), samples, httpWarmup,
                    url -> get(url, "application/json")));
            f.put("heap.service_after_queries_mb", service.heapAfterGcMegabytes(), "MB");
        }
    }

    /** Start-up of the packaged service with the seed corpus: on a new store (loading it) and on that store again. */
    private void startup(Figures f) throws Exception {
        step("start-up with the seed corpus");
        Path store = fresh(work.resolve("seed-store"));
        try (ServiceProcess first = ServiceProcess.start(productJar(), List.of(), store)) {
            f.put("startup.seed_first_ms", first.startupMillis, "ms");
        }
        try (ServiceProcess again = ServiceProcess.start(productJar(), List.of(), store)) {
            f.put("startup.seed_again_ms", again.startupMillis, "ms");
        }
        deleteTree(store);
    }

    /** Milliseconds until the service's search index has caught up with its store. */
    private long awaitSearchIndex(ServiceProcess service) throws Exception {
        long t = System.nanoTime();
        URI probe = URI.create(service.url("/api/search?q=" + URLEncoder.encode("认证", StandardCharsets.UTF_8) + "&limit=1"));
        while (http.send(HttpRequest.newBuilder(probe).timeout(QUERY_TIMEOUT).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("X-Search-Index-Pending").isPresent()) {
            if (System.nanoTime() - t > Duration.ofMinutes(60).toNanos()) throw new IllegalStateException("the search index did not catch up within an hour");
            Thread.sleep(500);
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** A query a peer engine cannot answer in time is a figure of the comparison, not the end of the run. */
    private void peerLatency(Figures f, String name, List<String> urls) {
        try {
            latency(f, name, Latency.measure(urls, samples, warmup, this::sparqlResult));
        } catch (IllegalStateException e) {
            String reason = e.getMessage().contains("timed out") ? "timed out (" + QUERY_TIMEOUT.toSeconds() + " s)" : e.getMessage();
            f.put(name + ".failed", reason.length() > 200 ? reason.substring(0, 200) : reason);
            System.err.println(name + " failed: " + reason);
        }
    }

    /** The GET requests of a query per input, written out before any is timed: the client's own formatting is not the server's latency. */
    private static List<String> sparqlUrls(String endpoint, List<Node> inputs, java.util.function.Function<Node, Query> query) {
        return inputs.stream().map(n -> endpoint + "?query=" + URLEncoder.encode(query.apply(n).toString(), StandardCharsets.UTF_8)).toList();
    }

    private void sparqlResult(String url) {
        String body = get(url, "application/sparql-results+json");
        if (!body.contains("\"bindings\"")) throw new IllegalStateException("not a SPARQL result from " + url + ": " + body);
    }

    /** A GET that gives up after a minute in all: a request's own timeout ends at the headers, and a stalled body would wait on. */
    private String get(String url, String accept) {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(QUERY_TIMEOUT).build();
        var pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> r = pending.get(QUERY_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
            return r.body();
        } catch (java.util.concurrent.TimeoutException e) {
            pending.cancel(true);
            throw new IllegalStateException(url + " timed out after " + QUERY_TIMEOUT.toSeconds() + " s", e);
        } catch (java.util.concurrent.ExecutionException e) {
            String reason = e.getCause() instanceof java.net.http.HttpTimeoutException ? "timed out" : String.valueOf(e.getCause());
            throw new IllegalStateException("cannot reach " + url + ": " + reason, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Node> sample(TdbStore store, String query, String var, Random random) {
        List<Node> all = new ArrayList<>();
        store.forEachRow(org.policylineage.query.Sparql.query(query), r -> all.add(NodeFactory.createURI(r.getResource(var).getURI())));
        Collections.shuffle(all, random);
        if (all.isEmpty()) throw new IllegalStateException("nothing to sample with " + query);
        return all.subList(0, Math.min(all.size(), samples));
    }

    private static void latency(Figures f, String name, Latency l) {
        f.put(name + ".p50_ms", l.p50Millis(), "ms").put(name + ".p99_ms", l.p99Millis(), "ms");
    }

    private static void score(Figures f, String name, TruthScore.Score s) {
        f.put(name + ".precision", s.precision(), "").put(name + ".recall", s.recall(), "")
                .put(name + ".true", s.truth(), "links").put(name + ".found", s.found(), "links");
    }

    private static Ingester.Source source(Path p) {
        try {
            return new Ingester.Source(p.getFileName().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap a step needed. */
    private static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        return peak / 1e6;
    }

    /**
     * The product jar the bench runs on (its classes come from it), so the service it starts is the
     * same build; the build in {@code target/} when it runs from classes.
     */
    private static Path productJar() {
        // Inside the Spring Boot jar the location is a nested URL (nested:/…/x.jar/!BOOT-INF/classes/!/),
        // which Path.of(URI) refuses; the jar is the part up to ".jar".
        String location = Settings.class.getProtectionDomain().getCodeSource().getLocation().toString();
        int end = location.indexOf(".jar");
        if (end > 0) {
            String path = location.substring(0, end + 4).replaceFirst("^(jar:)?(nested:|file:)+", "");
            Path jar = Path.of(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8));
            if (Files.exists(jar)) return jar;
        }
        return Path.of("target/policy-lineage.jar");
    }

    private static Path fresh(Path dir) throws IOException {
        deleteTree(dir);
        Files.createDirectories(dir);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Bytes the directory takes on disk, as du counts them: TDB2 files are sparse until written. */
    private static long directorySize(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static Query curated(String name) {
        return QueryFactory.create(QueryLibrary.bundled().get(name).orElseThrow().text());
    }

    private static void step(String what) {
        // LocalTime's own toString drops the seconds on the minute ("22:05"), which reads like a different format.
        System.err.println("[bench " + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + what);
    }
}
