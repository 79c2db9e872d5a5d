package org.policylineage.lineage.engine;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.policylineage.Settings;
import org.policylineage.query.QueryParameters;
import org.policylineage.query.Sparql;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.StoreException;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.TextNormaliser;

/**
 * Documents' texts read from the store one at a time, the most recently used kept within a memory
 * budget: a parent document is read once for all the children aligned with it in turn. A text the
 * budget let go comes back from a temporary file, normalised, not from the store.
 */
final class DocumentTexts implements AutoCloseable {
    private final PolicyStore store;
    private final TextNormaliser normaliser;
    private final LoadingCache<LineageCorpus.Doc, DocumentText> cache;
    private final AtomicLong reads = new AtomicLong();
    private final BodyWords bodyWords;
    private final TextSpill spill;
    /** Parsed once: parsing it again for every read was a measurable part of the first pass. */
    private final Query contentQuery = Sparql.query("sparql/lineage/content.rq");

    /**
     * Texts of {@code documents} documents (numbered from 0), kept in memory within the settings' text cache (and
     * their measures' words within the word cache), beyond it in a file in {@code spillDirectory}.
     */
    DocumentTexts(PolicyStore store, TextNormaliser normaliser, Settings.Lineage budgets, int documents, Path spillDirectory) {
        this.store = store;
        this.normaliser = normaliser;
        this.bodyWords = new BodyWords(budgets.wordCache().toBytes());
        this.spill = new TextSpill(spillDirectory, documents);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(budgets.textCache().toBytes())
                .weigher((LineageCorpus.Doc d, DocumentText t) -> t.weight())
                .build(this::read);
    }

    DocumentText get(LineageCorpus.Doc doc) {
        return cache.get(doc);
    }

    /** A document's measures as words. */
    java.util.List<MeasureText> measures(LineageCorpus.Doc doc) {
        return get(doc).measures(bodyWords);
    }

    /** Texts read from the store so far: once per document while the disk holds the texts kept. */
    long reads() {
        return reads.get();
    }

    @Override
    public void close() {
        spill.close();
    }

    private DocumentText read(LineageCorpus.Doc doc) {
        NormalisedText kept = spill.get(doc.index);
        if (kept != null) return new DocumentText(doc, kept);
        reads.incrementAndGet();
        String[] content = new String[1];
        store.forEachRow(QueryParameters.bind(contentQuery, Map.<String, Node>of("source", NodeFactory.createURI(doc.sourceIri()))),
                r -> content[0] = r.getLiteral("content").getString());
        if (content[0] == null) throw new StoreException("the source text of " + doc.iri() + " is missing from the store", null);
        NormalisedText text = normaliser.normalise(content[0]);
        spill.put(doc.index, text);
        return new DocumentText(doc, text);
    }
}
