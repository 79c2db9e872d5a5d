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

    public SearchIndexer(PolicyStore store, SearchIndex index) {
        this.store = store;
        this.index = index;
    }

    /** Brings the index up to date; returns how many documents were (re)indexed or removed. */
    public synchronized int sync() {
        Map<String, String> inStore = new HashMap<>();
        for (Row r : Rows.of(store, "sparql/search/freshness.rq", Map.of())) inStore.put(r.string("doc"), r.string("generated"));
        Map<String, String> indexed = index.indexedDocuments();
        int changed = 0;
        for (var e : inStore.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                indexDocument(e.getKey(), e.getValue());
                changed++;
            }
        }
        for (String doc : indexed.keySet()) {
            if (!inStore.containsKey(doc)) {
                index.remove(doc);
                changed++;
            }
        }
        return changed;
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
