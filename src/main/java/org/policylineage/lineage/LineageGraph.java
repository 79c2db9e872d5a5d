package org.policylineage.lineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.NodeFactory;
import org.policylineage.Settings;
import org.policylineage.lineage.engine.LineageComputation;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.curation.Curation;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.PolicyStore;

/**
 * The lineage graph of a store: rebuilt from the documents stored (the engine computes it into a
 * file, then the store replaces the graph in one write), and whether it is up to date with them.
 */
public final class LineageGraph {
    private final PolicyStore store;
    private final IriScheme iris;
    private final LineageComputation computation;
    private final Curation curation;

    public LineageGraph(PolicyStore store, IriScheme iris, Settings.Lineage settings, Curation curation) {
        this.store = store;
        this.iris = iris;
        this.curation = curation;
        this.computation = new LineageComputation(store, iris, settings);
    }

    public LineageSummary rebuild() {
        return rebuild(computed -> { });
    }

    /**
     * Rebuilds the lineage graph, telling {@code onComputed} what was found before the store loads
     * it: on a large corpus the load is the longer part, and a user waits through it.
     */
    public LineageSummary rebuild(Consumer<LineageSummary> onComputed) {
        Path file = tempFile();
        try {
            // Documents may have been written since: corrections are resolved against them again, so the
            // computation reads the corrected facts (a rejected citation is not walked, an added one is).
            curation.refresh();
            // Read before the documents are: an ingest committed after this leaves the lineage marked stale.
            String revision = revision(iris.corpusStateGraph());
            // Computed in its own frame: what the computation held is garbage before the store writes the graph.
            LineageSummary computed = computation.compute(file, revision);
            onComputed.accept(computed);
            long t0 = System.nanoTime();
            store.replaceGraph(iris.lineageGraph(), file);
            return computed.stored((System.nanoTime() - t0) / 1_000_000);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind costs disk, not correctness.
            }
        }
    }

    /**
     * Whether the lineage graph was computed from the documents as they are stored: an ingest writes a
     * new documents revision in its own transaction, and the lineage graph records the revision it was
     * computed from. A store from before revisions were written counts as up to date.
     */
    public boolean upToDate() {
        String documents = revision(iris.corpusStateGraph());
        return documents == null || documents.equals(revision(iris.lineageGraph()));
    }

    private String revision(String graph) {
        List<Row> rows = Rows.of(store, "sparql/lineage/revision.rq", Map.of("graph", NodeFactory.createURI(graph)));
        return rows.isEmpty() ? null : rows.get(0).string("revision");
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("policy-lineage-", ".nt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the lineage graph", e);
        }
    }
}
