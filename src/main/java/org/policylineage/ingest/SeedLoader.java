package org.policylineage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.policylineage.Settings;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.query.Sparql;
import org.policylineage.store.PolicyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the seed corpus into an empty store, and brings a stale lineage graph up to date: what the
 * service does on a store before it answers.
 */
public final class SeedLoader {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final Settings.Seed seed;
    private final PolicyStore store;
    private final Ingester ingest;
    private final LineageGraph lineage;

    public SeedLoader(Settings.Seed seed, Ingestion ingestion) {
        this.seed = seed;
        this.store = ingestion.store();
        this.ingest = ingestion.ingester();
        this.lineage = ingestion.lineage();
    }

    /**
     * Loads the seed into an empty store; then, whatever the store held, brings its lineage up to date
     * if it is not: a process killed between an ingest's commit and its lineage rebuild leaves the
     * documents stored and the lineage stale, and the store records which.
     */
    public void loadIfEmpty() {
        ingest.prepare();
        if (seed.loadOnStart() && !store.ask(Sparql.query("sparql/ingest/has-documents.rq"))) loadSeed();
        int moved = ingest.moveFormerIris();
        if (moved > 0) log.info("{} documents stored under former IRIs were read again and moved to their present IRIs", moved);
        if (!lineage.upToDate()) {
            log.warn("the lineage graph is older than the documents stored (an ingest ended before its lineage rebuild): rebuilding it");
            log.info("lineage brought up to date: {}", lineage.rebuild());
        }
    }

    private void loadSeed() {
        String location = seed.corpus().startsWith("classpath:") ? seed.corpus().replaceFirst("classpath:", "classpath*:") + "/*.txt"
                : "file:" + seed.corpus() + "/*.txt";
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            // One batch: the files are extracted in parallel and stored in one transaction, and know each
            // other by title from the start (file by file, each commit and each re-resolution of an earlier
            // file's citations came on top).
            List<Ingester.Source> sources = new ArrayList<>();
            for (Resource f : files) {
                try (InputStream in = f.getInputStream()) {
                    sources.add(new Ingester.Source(f.getFilename(), in.readAllBytes()));
                }
            }
            int loaded = 0;
            for (IngestOutcome o : ingest.ingestAll(sources)) {
                if (o.loaded()) loaded++;
                else log.warn("seed file {} not loaded: {}", o.fileName(), o.message());
            }
            log.info("loaded {} seed documents from {}; lineage: {}", loaded, seed.corpus(), lineage.rebuild());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed corpus at " + seed.corpus(), e);
        }
    }
}
