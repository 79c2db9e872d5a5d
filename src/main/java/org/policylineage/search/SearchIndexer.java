package org.policylineage.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.store.PolicyStore;

/**
 * Keeps the search index in step with the store: each ingested document whose graph is new or
 * newer than what was indexed is read back and indexed again; documents gone from the store leave
 * the index. The store is the source of truth, so documents ingested from the command line are
 * caught up when the service starts.
 */
public final class SearchIndexer {
    /** Documents indexed between commits while catching up. */
    private static final int BATCH = 256;
    private final PolicyStore store;
    private final SearchIndex index;
    private volatile int pending;

    public SearchIndexer(PolicyStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /**
     * Brings the index up to date; returns how many documents were (re)indexed or removed. Documents
     * are read and analysed in parallel and committed a batch at a time, so a store loaded from the
     * command line is searchable in minutes, not an hour: a commit per document spent most of the time.
     */
    public synchronized int sync() {
        List<String[]> stale = stale();
        pending = stale.size();
        for (int from = 0; from < stale.size(); from += BATCH) {
            List<String[]> batch = stale.subList(from, Math.min(stale.size(), from + BATCH));
            batch.parallelStream().forEach(doc -> {
                if (doc[1] == null) index.remove(doc[0]);
                else indexDocument(doc[0], doc[1]);
            });
            index.commit();
            pending -= batch.size();
        }
        return stale.size();
    }

    /**
     * Catches the index up with the store before the service answers when at most {@code atOnce}
     * documents are behind; otherwise on a background thread, so that a service opened on a store
     * loaded from the command line answers SPARQL at once while search fills in.
     */
    public void catchUp(int atOnce) {
        int behind = stale().size();
        if (behind <= atOnce) {
            sync();
            return;
        }
        pending = behind;
        Thread t = new Thread(this::sync, "search-index-catch-up");
        t.setDaemon(true);
        t.start();
    }

    /** Documents the index has still to take in (0 once caught up). */
    public int pending() { return pending; }

    /** Documents whose entry is missing or older than the store's graph ({doc, generated}), and those gone ({doc, null}). */
    private List<String[]> stale() {
        Map<String, String> inStore = new HashMap<>();
        for (Row r : Rows.of(store, "sparql/search/freshness.rq", Map.of())) inStore.put(r.string("doc"), r.string("generated"));
        Map<String, String> indexed = index.indexedDocuments();
        List<String[]> out = new ArrayList<>();
        for (var e : inStore.entrySet()) if (!e.getValue().equals(indexed.get(e.getKey()))) out.add(new String[] {e.getKey(), e.getValue()});
        for (String doc : indexed.keySet()) if (!inStore.containsKey(doc)) out.add(new String[] {doc, null});
        return out;
    }

    private void indexDocument(String docIri, String generated) {
        Map<String, SearchIndex.Entry> entries = new LinkedHashMap<>();
        String docLabel = docIri;
        for (Row r : Rows.of(store, "sparql/search/entries.rq", Map.of("doc", NodeFactory.createURI(docIri)))) {
            SearchIndex.Entry e = new SearchIndex.Entry(r.string("item"), r.string("type"), r.string("label"), r.string("text"));
            entries.merge(e.iri(), e, (a, b) -> a.text() == null || b.text() == null || a.text().contains(b.text()) ? a
                    : new SearchIndex.Entry(a.iri(), a.type(), a.label(), a.text() + " " + b.text()));
            if (e.type().equals("document")) docLabel = e.label();
        }
        index.stage(docIri, docLabel, generated, new ArrayList<>(entries.values()));
    }
}
