package org.policylineage.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policylineage.ingest.DocumentExtractor;
import org.policylineage.ingest.ExtractedDocument;
import org.policylineage.ingest.MeasureRecord;
import org.policylineage.ingest.NoStructureException;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.DocumentGraphBuilder;
import org.policylineage.rdf.DocumentIdentity;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.KnownDocuments;
import org.policylineage.rdf.ReferenceGraphBuilder;
import org.policylineage.rdf.SourceInfo;
import org.policylineage.reference.Ontology;
import org.policylineage.reference.ReferenceData;
import org.policylineage.store.PolicyStore;
import org.policylineage.text.DecodedSource;
import org.policylineage.text.SourceDecoder;
import org.policylineage.text.UnreadableSourceException;

/**
 * Loads documents into the store: decode, extract, build the document's graph, and replace that
 * graph in one transaction, so a failure leaves what was stored before untouched.
 */
public final class IngestService {
    private final PolicyStore store;
    private final ReferenceData reference;
    private final IriScheme iris;
    private final DocumentExtractor extractor;
    private final DocumentGraphBuilder builder;
    private final Clock clock;
    private final long maxDocumentBytes;
    /** Bounds the re-resolution of earlier citations, which a citation cycle could otherwise repeat. */
    private static final int MAX_RESOLUTION_DEPTH = 3;

    public IngestService(PolicyStore store, ReferenceData reference, IriScheme iris, Clock clock, long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.store = store;
        this.reference = reference;
        this.iris = iris;
        this.extractor = new DocumentExtractor(reference);
        this.builder = new DocumentGraphBuilder(iris, reference);
        this.clock = clock;
    }

    /** Writes the ontology and reference graphs when they are missing or out of date. */
    public void prepare() {
        Map<String, Model> graphs = new LinkedHashMap<>();
        Model ontology = Ontology.model();
        Model referenceGraph = new ReferenceGraphBuilder(iris).build(reference);
        if (!store.graph(iris.ontologyGraph()).isIsomorphicWith(ontology)) graphs.put(iris.ontologyGraph(), ontology);
        if (!store.graph(iris.referenceGraph()).isIsomorphicWith(referenceGraph)) graphs.put(iris.referenceGraph(), referenceGraph);
        if (!graphs.isEmpty()) store.write(graphs, List.of());
    }

    /** Ingests one file's bytes under its file name. */
    public IngestOutcome ingest(String fileName, byte[] bytes) {
        Instant started = clock.instant();
        if (bytes.length > maxDocumentBytes) return IngestOutcome.rejected(fileName, tooLarge(bytes.length));
        DecodedSource source;
        try {
            source = SourceDecoder.decode(bytes);
        } catch (UnreadableSourceException e) {
            return IngestOutcome.rejected(fileName, e.getMessage());
        }
        return ingestDecoded(fileName, source, sha256(bytes), started, 0);
    }

    private IngestOutcome ingestDecoded(String fileName, DecodedSource source, String sha, Instant started, int depth) {
        for (QuerySolution s : rows(Sparql.query("sparql/ingest/sources.rq", Map.of("sha256", ResourceFactory.createStringLiteral(sha))))) {
            if (!s.getLiteral("fileName").getString().equals(fileName)) {
                return new IngestOutcome(fileName, IngestOutcome.Status.DUPLICATE, s.getResource("doc").getURI(),
                        "same content as " + s.getLiteral("fileName").getString() + ", already ingested", 0, 0, 0, 0, 0, List.of());
            }
        }
        ExtractedDocument doc;
        try {
            doc = extractor.extract(source.text());
        } catch (NoStructureException e) {
            return IngestOutcome.rejected(fileName, e.getMessage());
        }
        DocumentIdentity identity = new DocumentIdentity(iris, knownDocuments());
        String docIri = identity.of(doc, sha256(source.text().getBytes(StandardCharsets.UTF_8)));
        SourceInfo info = new SourceInfo(fileName, sha, source.encoding(),
                source.text(), Version.CURRENT, started, clock.instant());
        DocumentGraphBuilder.DocumentGraph graph = builder.build(doc, docIri, identity, info);

        Set<String> drop = new LinkedHashSet<>();
        for (QuerySolution s : rows(Sparql.query("sparql/ingest/sources.rq", Map.of("fileName", ResourceFactory.createStringLiteral(fileName))))) {
            String g = s.getResource("graph").getURI();
            if (!g.equals(graph.graphIri())) drop.add(g);
        }
        boolean replaced = store.ask(Sparql.query("sparql/ingest/graph-exists.rq", Map.of("graph", ResourceFactory.createResource(graph.graphIri()))));
        store.write(Map.of(graph.graphIri(), graph.model()), drop);
        if (depth < MAX_RESOLUTION_DEPTH) resolveEarlierCitations(docIri, DocumentIdentity.titleKeys(doc), graph.graphIri(), depth);

        Set<String> agencies = new LinkedHashSet<>();
        Set<String> certs = new LinkedHashSet<>();
        for (MeasureRecord m : doc.measures()) {
            m.responsibilities().forEach(a -> agencies.add(a.agency().map(r -> r.key()).orElse(a.asWritten())));
            m.certificateTypes().forEach(c -> certs.add(c.type().iri()));
        }
        return new IngestOutcome(fileName, replaced || !drop.isEmpty() ? IngestOutcome.Status.REPLACED : IngestOutcome.Status.INGESTED,
                docIri, null, doc.measures().size(), agencies.size(), doc.targetCount(), doc.citations().size(), certs.size(),
                doc.warnings());
    }

    /**
     * Documents ingested before this one may cite it by title under a title-only IRI; they are
     * extracted again from their stored text so their citations resolve to this document.
     */
    private void resolveEarlierCitations(String docIri, List<String> titleKeys, String ownGraph, int depth) {
        Set<String> graphs = new LinkedHashSet<>();
        for (String key : titleKeys) {
            for (QuerySolution s : rows(Sparql.query("sparql/ingest/graphs-citing-title-keys.rq",
                    Map.of("key", ResourceFactory.createStringLiteral(key), "doc", ResourceFactory.createResource(docIri))))) {
                String g = s.getResource("graph").getURI();
                if (!g.equals(ownGraph)) graphs.add(g);
            }
        }
        for (String g : graphs) {
            List<QuerySolution> src = rows(Sparql.query("sparql/ingest/source-content.rq",
                    Map.of("graph", ResourceFactory.createResource(g))));
            if (src.isEmpty()) continue;
            QuerySolution row = src.get(0);
            DecodedSource stored = new DecodedSource(row.getLiteral("content").getString(), row.getLiteral("encoding").getString(), false);
            ingestDecoded(row.getLiteral("fileName").getString(), stored, row.getLiteral("sha256").getString(), clock.instant(), depth + 1);
        }
    }

    private KnownDocuments knownDocuments() {
        return key -> {
            List<QuerySolution> rows = rows(Sparql.query("sparql/ingest/documents-by-title-key.rq",
                    Map.of("key", ResourceFactory.createStringLiteral(key))));
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).getResource("doc").getURI());
        };
    }

    private List<QuerySolution> rows(org.apache.jena.query.Query q) {
        List<QuerySolution> out = new ArrayList<>();
        store.select(q).forEachRemaining(out::add);
        return out;
    }

    /** The refusal for a document over the size limit, also given before a large file is read. */
    public String tooLarge(long size) {
        return String.format("the file is %.1f MB, larger than a policy document may be (%.1f MB, policy-lineage.ingest.max-document-size)",
                size / 1048576.0, maxDocumentBytes / 1048576.0);
    }

    public long maxDocumentBytes() { return maxDocumentBytes; }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
