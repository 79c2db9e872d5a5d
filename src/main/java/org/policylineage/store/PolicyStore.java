package org.policylineage.store;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;

/**
 * Where the knowledge graph lives: an embedded TDB2 dataset or a remote SPARQL 1.1 store. The
 * default graph is the union of the named graphs (one per document, plus reference, ontology and
 * lineage graphs). Results come back materialised, so no iterator outlives its transaction.
 */
public interface PolicyStore extends AutoCloseable {

    /** What this store is, for messages: "TDB2 at ./store". */
    String describe();

    ResultSetRewindable select(Query query, Duration timeout);

    default ResultSetRewindable select(Query query) { return select(query, null); }

    /**
     * Streams the rows of a SELECT query inside one read transaction, for results too large to hold:
     * lineage reads every measure of the corpus this way.
     */
    void forEachRow(Query query, Consumer<QuerySolution> row);

    boolean ask(Query query);

    /**
     * Hides stored statements from every query of this store (and of the SPARQL endpoint on it)
     * from now on, in place of what was hidden before; they stay stored. The corrected view:
     * extracted statements a curator's correction supersedes. Only the embedded store can.
     */
    default void hide(HiddenFacts facts) {
        if (!facts.isEmpty()) throw new UnsupportedOperationException(describe() + " cannot hide statements: corrections need the embedded store");
    }

    /** Whether some stored statements are hidden from queries now. */
    default boolean hides() { return false; }

    /**
     * A SELECT over the extracted view: the statements extraction and lineage stored, hidden ones
     * included, and none of the corrections' graphs.
     */
    default ResultSetRewindable selectExtracted(Query query) { return select(query); }

    /** Makes a query execution with this context see the extracted view (the SPARQL endpoint's ?view=extracted). */
    default void useExtractedView(org.apache.jena.sparql.util.Context context) {}

    /** Runs a CONSTRUCT or DESCRIBE query. */
    Model graphQuery(Query query, Duration timeout);

    void update(UpdateRequest update);

    /** Replaces the given named graphs and drops others, all in one transaction where the store allows it. */
    void write(Map<String, Model> replace, Collection<String> drop);

    /**
     * Replaces one named graph with the triples of an N-Triples file, in one transaction where the
     * store allows it: a graph too large to build in memory is written to a file first.
     */
    void replaceGraph(String graphIri, Path ntriples);

    /**
     * Runs {@code work} (which may read and write this store) as one write transaction where the
     * store allows it: all of it is stored or none. A bulk load commits once instead of once a
     * batch; a remote store, which has no such transactions, runs it as it comes.
     */
    void inTransaction(Runnable work);

    /** The triples of one named graph (empty when it does not exist). */
    Model graph(String graphIri);

    /** Writes every named graph, as TriG or N-Quads. */
    void export(OutputStream out, Lang lang);

    /**
     * Total number of quads in the named graphs; the embedded store adds its default graph's
     * triples, which a remote store with a union default graph would count twice.
     */
    long size();

    /** The embedded dataset, for an in-process SPARQL server; empty for a remote store. */
    Optional<DatasetGraph> dataset();

    /**
     * A number that changes with every committed write (ingestion, lineage, SPARQL update), so what is
     * worked out from the whole store can be kept until it changes; empty when the store cannot tell
     * (a remote store, written by others).
     */
    default Optional<Long> dataVersion() { return Optional.empty(); }

    @Override
    void close();
}
