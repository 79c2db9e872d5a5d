package org.policylineage.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;
import org.policylineage.store.PolicyStore;

/**
 * A store watched from outside: the time ingestion spends in writes and in look-ups, and the quads
 * of the documents' graphs it writes. The product carries no timings of its own for the bench.
 */
final class TimedStore implements PolicyStore {
    private final PolicyStore store;
    private final LongAdder writeNanos = new LongAdder(), lookupNanos = new LongAdder(), documentQuads = new LongAdder();

    TimedStore(PolicyStore store) {
        this.store = store;
    }

    void reset() {
        writeNanos.reset();
        lookupNanos.reset();
        documentQuads.reset();
    }

    double writeSeconds() { return writeNanos.sum() / 1e9; }

    double lookupSeconds() { return lookupNanos.sum() / 1e9; }

    /** Quads written into documents' graphs (not the reference, ontology or state graphs). */
    long documentQuads() { return documentQuads.sum(); }

    @Override
    public String describe() { return store.describe(); }

    @Override
    public ResultSetRewindable select(Query query, Duration timeout) {
        long t = System.nanoTime();
        try {
            return store.select(query, timeout);
        } finally {
            lookupNanos.add(System.nanoTime() - t);
        }
    }

    @Override
    public void forEachRow(Query query, Consumer<QuerySolution> row) {
        long t = System.nanoTime();
        try {
            store.forEachRow(query, row);
        } finally {
            lookupNanos.add(System.nanoTime() - t);
        }
    }

    @Override
    public boolean ask(Query query) {
        long t = System.nanoTime();
        try {
            return store.ask(query);
        } finally {
            lookupNanos.add(System.nanoTime() - t);
        }
    }

    @Override
    public Model graphQuery(Query query, Duration timeout) { return store.graphQuery(query, timeout); }

    @Override
    public void update(UpdateRequest update) { store.update(update); }

    @Override
    public void write(Map<String, Model> replace, Collection<String> drop) {
        replace.forEach((graph, model) -> { if (graph.contains("/graph/doc/")) documentQuads.add(model.size()); });
        long t = System.nanoTime();
        try {
            store.write(replace, drop);
        } finally {
            writeNanos.add(System.nanoTime() - t);
        }
    }

    @Override
    public void replaceGraph(String graphIri, Path ntriples) { store.replaceGraph(graphIri, ntriples); }

    @Override
    public void inTransaction(Runnable work) { store.inTransaction(work); }

    @Override
    public Model graph(String graphIri) { return store.graph(graphIri); }

    @Override
    public void export(OutputStream out, Lang lang) { store.export(out, lang); }

    @Override
    public long size() { return store.size(); }

    @Override
    public Optional<DatasetGraph> dataset() { return store.dataset(); }

    @Override
    public void close() {
        // The store belongs to the caller.
    }
}
