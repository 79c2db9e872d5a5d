package org.policylineage.search;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final PolicyStore store;
    private final SearchIndex index;
    private volatile int pending;

    public SearchIndexer(PolicyStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Brings the index up to date; returns how many documents were (re)indexed or removed. */
    public synchronized int sync() {
        List<String[]> stale = stale();
        pending = stale.size();
        for (String[] doc : stale) {
            if (doc[1] == null) index.remove(doc[0]);
            else indexDocument(doc[0], doc[1]);
            pending--;
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
        List<SearchIndex.Entry> entries = new ArrayList<>();
        String docLabel = docIri;
        for (Row r : Rows.of(store, "sparql/search/entries.rq", Map.of("doc", NodeFactory.createURI(docIri)))) {
            entries.add(new SearchIndex.Entry(r.string("item"), r.string("type"), r.string("label"), r.string("text")));
            if (r.string("type").equals("document")) docLabel = r.string("label");
        }
        index.put(docIri, docLabel, generated, entries);
    }
}
