package org.policylineage.web;

import org.policylineage.lineage.LineageGraph;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Replace;
import org.policylineage.search.SearchIndexer;
import org.springframework.stereotype.Component;

/**
 * Loads documents while the service runs: one at a time, each followed by a lineage rebuild and a
 * search index update, so
 * concurrent uploads never race on the lineage graph while readers keep reading.
 */
@Component
public class DocumentLoader {
    private final Ingester ingest;
    private final LineageGraph lineage;
    private final SearchIndexer search;

    public DocumentLoader(Ingester ingest, LineageGraph lineage, SearchIndexer search) {
        this.ingest = ingest;
        this.lineage = lineage;
        this.search = search;
    }

    /** Loads one file, replacing only what {@code replace} names. */
    public synchronized IngestOutcome load(String fileName, byte[] bytes, Replace replace) {
        IngestOutcome outcome = ingest.ingest(fileName, bytes, replace);
        if (outcome.loaded()) {
            lineage.rebuild();
            search.sync();
        }
        return outcome;
    }

    /** Loads several files in one transaction (as the command line does), then rebuilds lineage once. */
    public synchronized java.util.List<IngestOutcome> loadAll(java.util.List<Ingester.Source> sources) {
        java.util.List<IngestOutcome> outcomes = ingest.ingestAll(sources);
        if (outcomes.stream().anyMatch(IngestOutcome::loaded)) {
            lineage.rebuild();
            search.sync();
        }
        return outcomes;
    }
}
