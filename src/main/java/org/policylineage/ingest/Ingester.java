package org.policylineage.ingest;

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
import java.util.UUID;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policylineage.Settings;
import org.policylineage.extract.DocumentExtractor;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.MeasureRecord;
import org.policylineage.extract.NoStructureException;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.DocumentGraphBuilder;
import org.policylineage.rdf.DocumentIdentity;
import org.policylineage.rdf.DocumentPaths;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.KnownDocuments;
import org.policylineage.rdf.ReferenceGraphBuilder;
import org.policylineage.rdf.SourceInfo;
import org.policylineage.reference.Ontology;
import org.policylineage.reference.ReferenceData;
import org.policylineage.store.PolicyStore;
import org.policylineage.read.DocumentReader;
import org.policylineage.read.Format;
import org.policylineage.read.ReadDocument;
import org.policylineage.text.UnreadableSourceException;
import org.policylineage.vocab.PL;

/**
 * Loads documents into the store: decode, extract, build the document's graph, and replace that
 * graph in one transaction, so a failure leaves what was stored before untouched.
 */
public final class Ingester {
    private final PolicyStore store;
    private final ReferenceData reference;
    private final IriScheme iris;
    private final DocumentExtractor extractor;
    private final DocumentGraphBuilder builder;
    private final Clock clock;
    private final long maxDocumentBytes;
    private final DocumentReader reader;
    /** Bounds the re-resolution of earlier citations, which a citation cycle could otherwise repeat. */
    private static final int MAX_RESOLUTION_DEPTH = 3;
    public Ingester(PolicyStore store, ReferenceData reference, IriScheme iris, Clock clock, Settings.Ingest settings) {
        this.maxDocumentBytes = settings.maxDocumentSize().toBytes();
        this.reader = new DocumentReader(settings.read());
        this.store = store;
        this.reference = reference;
        this.iris = iris;
        this.extractor = new DocumentExtractor(reference, settings.limits());
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

    /**
     * A file to ingest: its name, its bytes, and what it may replace. The name is recorded, never
     * used to find what to replace: two files of one name are two documents.
     */
    public record Source(String fileName, byte[] bytes, Replace replace) {
        public Source(String fileName, byte[] bytes) {
            this(fileName, bytes, Replace.NOTHING);
        }
    }

    /** Ingests one file's bytes under its file name; a document already stored is a conflict. */
    public IngestOutcome ingest(String fileName, byte[] bytes) {
        return ingest(fileName, bytes, Replace.NOTHING);
    }

    /** Ingests one file's bytes, replacing what {@code replace} allows. */
    public IngestOutcome ingest(String fileName, byte[] bytes, Replace replace) {
        return ingestAll(List.of(new Source(fileName, bytes, replace))).get(0);
    }

    /**
     * A source read and extracted, ready to become a graph; or the reason it cannot. {@code bytes} are the file
     * as published, kept when its format is not plain text; null for a document read again from its stored text.
     */
    private record Read(String fileName, String sha, ReadDocument source, ExtractedDocument doc, IngestOutcome refusal,
                        Instant started, Replace replace, byte[] bytes) {
        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private String fileName;
            private String sha;
            private ReadDocument source;
            private ExtractedDocument doc;
            private IngestOutcome refusal;
            private Instant started;
            private Replace replace;
            private byte[] bytes;

            private Builder() {}

            Builder fileName(String fileName) {
                this.fileName = fileName;
                return this;
            }

            Builder sha(String sha) {
                this.sha = sha;
                return this;
            }

            Builder source(ReadDocument source) {
                this.source = source;
                return this;
            }

            Builder doc(ExtractedDocument doc) {
                this.doc = doc;
                return this;
            }

            Builder refusal(IngestOutcome refusal) {
                this.refusal = refusal;
                return this;
            }

            Builder started(Instant started) {
                this.started = started;
                return this;
            }

            Builder replace(Replace replace) {
                this.replace = replace;
                return this;
            }

            Builder bytes(byte[] bytes) {
                this.bytes = bytes;
                return this;
            }

            Read build() {
                return new Read(fileName, sha, source, doc, refusal, started, replace, bytes);
            }
        }
    }

    /**
     * Ingests a batch of files: decoding and extraction run in parallel, then all their graphs are
     * written in one transaction, so a batch is stored whole or not at all and a crash loses none of
     * what was stored before. Outcomes come back in the order of the sources.
     */
    public List<IngestOutcome> ingestAll(List<Source> sources) {
        List<Read> reads = sources.parallelStream().map(this::read).toList();
        return store(reads, 0);
    }

    /**
     * The text stored with a document: all of it, unless the document was read only in part (a limit of
     * what one document may hold was reached); then the part read, which every selector points into.
     * Lineage reads the stored text at every rebuild: the unread rest of a 19 MB file cost every later
     * ingest seconds.
     */
    private static String storedText(Read r) {
        if (!r.doc().cut()) return r.source().text();
        return r.source().text().substring(0, r.doc().text().originalEnd(r.doc().readEnd()));
    }

    private SourceInfo sourceInfo(Read r) {
        Format format = r.source().format();
        return SourceInfo.builder().fileName(r.fileName()).sha256(r.sha())
                .encoding(format.paged() || format == Format.DOCX || format == Format.DOC ? null : r.source().encoding())
                .content(storedText(r)).extractorVersion(Version.CURRENT).started(r.started()).ended(clock.instant())
                .mediaType(format.mediaType()).pages(r.source().pages()).build();
    }

    private Read read(Source s) {
        Instant started = clock.instant();
        Read.Builder read = Read.builder().fileName(s.fileName()).started(started).replace(s.replace());
        if (s.bytes().length > maxDocumentBytes) {
            return read.refusal(IngestOutcome.rejected(s.fileName(), tooLarge(s.bytes().length))).build();
        }
        try {
            ReadDocument source = reader.read(s.bytes());
            return extract(read.sha(sha256(s.bytes())).source(source).bytes(source.format() == Format.TEXT ? null : s.bytes()));
        } catch (UnreadableSourceException e) {
            return read.refusal(IngestOutcome.rejected(s.fileName(), e.getMessage())).build();
        }
    }

    /** The source {@code read} holds, extracted; or refused, without its bytes, when it has no structure to extract. */
    private Read extract(Read.Builder read) {
        ReadDocument source = read.source;
        try {
            return read.doc(extractor.extract(source.text())).build();
        } catch (NoStructureException e) {
            String how = source.format() == Format.TEXT || source.format() == Format.HTML ? ""
                    : " (read as " + source.format().label() + (source.ocrPages() > 0 ? ", " + source.ocrPages() + " pages by OCR" : "") + ")";
            return read.bytes(null).refusal(IngestOutcome.rejected(read.fileName, e.getMessage() + how)).build();
        }
    }

    private List<IngestOutcome> store(List<Read> reads, int depth) {
        IngestOutcome[] outcomes = new IngestOutcome[reads.size()];
        // Documents of this batch are known to each other by title before any graph is built.
        Map<String, String> batchTitles = new java.util.HashMap<>();
        Map<String, String> batchShas = new java.util.HashMap<>();
        String[] iris = new String[reads.size()];
        KnownDocuments known = knownDocuments();
        KnownDocuments ingested = ingestedDocuments();
        for (int i = 0; i < reads.size(); i++) {
            Read r = reads.get(i);
            if (r.refusal() != null) {
                outcomes[i] = r.refusal();
                continue;
            }
            Optional<IngestOutcome> duplicate = duplicateOf(r, batchShas);
            if (duplicate.isPresent()) {
                outcomes[i] = duplicate.get();
                continue;
            }
            batchShas.putIfAbsent(r.sha(), r.fileName());
            DocumentIdentity identity = new DocumentIdentity(this.iris, key -> Optional.ofNullable(batchTitles.get(key)).or(() -> ingested.byTitleKey(key)));
            iris[i] = identity.of(r.doc(), sha256(r.source().text().getBytes(StandardCharsets.UTF_8)));
            for (String key : DocumentIdentity.titleKeys(r.doc())) batchTitles.putIfAbsent(key, iris[i]);
        }
        // Citations by title are resolved here, on the thread that may hold a run's write transaction, so
        // the parallel graph builders see documents of earlier batches that are not yet committed.
        Map<String, Optional<String>> citedTitles = new java.util.HashMap<>();
        for (int i = 0; i < reads.size(); i++) {
            if (outcomes[i] != null) continue;
            for (var citation : reads.get(i).doc().citations()) {
                citation.normalisedTitle().filter(k -> !k.isEmpty()).ifPresent(k -> citedTitles.computeIfAbsent(k,
                        key -> Optional.ofNullable(batchTitles.get(key)).or(() -> known.byTitleKey(key))));
            }
        }
        DocumentIdentity identity = new DocumentIdentity(this.iris, key -> citedTitles.getOrDefault(key, Optional.empty()));
        Map<String, Model> graphs = new LinkedHashMap<>();
        Set<String> drop = new LinkedHashSet<>();
        IngestOutcome.StoredDocument[] replaced = new IngestOutcome.StoredDocument[reads.size()];
        // Graph IRI to the file of this run that became it: a second file of the same document is a conflict.
        Map<String, String> batchFiles = new java.util.HashMap<>();
        List<Integer> built = new ArrayList<>();
        for (int i = 0; i < reads.size(); i++) if (outcomes[i] == null) built.add(i);
        List<DocumentGraphBuilder.DocumentGraph> docGraphs = built.parallelStream().map(i -> {
            return builder.build(reads.get(i).doc(), iris[i], identity, sourceInfo(reads.get(i)));
        }).toList();
        Map<String, String> batchNumbers = new java.util.HashMap<>();
        for (int k = 0; k < built.size(); k++) {
            int i = built.get(k);
            DocumentGraphBuilder.DocumentGraph graph = docGraphs.get(k);
            Optional<String> clash = numberClash(reads.get(i).doc(), iris[i], graph.graphIri(), batchNumbers);
            if (clash.isPresent()) {
                outcomes[i] = IngestOutcome.rejected(reads.get(i).fileName(), clash.get());
                continue;
            }
            Read r = reads.get(i);
            String earlierFile = batchFiles.putIfAbsent(graph.graphIri(), r.fileName());
            if (earlierFile != null) {
                outcomes[i] = IngestOutcome.conflict(r.fileName(), iris[i], "the same document (" + iris[i] + ") as " + earlierFile
                        + ", earlier in this run; nothing was replaced");
                continue;
            }
            Optional<IngestOutcome.StoredDocument> stored = storedDocument(graph.graphIri());
            if (stored.isPresent() && !r.replace().allows(iris[i])) {
                batchFiles.remove(graph.graphIri());
                outcomes[i] = IngestOutcome.conflict(r.fileName(), iris[i], "this document is already stored: "
                        + stored.get().describe() + "; nothing was replaced. To replace it, say so: replace=" + iris[i]
                        + " over HTTP, ingest --replace on the command line");
                continue;
            }
            replaced[i] = stored.orElse(null);
            String named = r.replace().documentIri();
            if (named != null && !named.equals(iris[i])) {
                // The caller named a document and the new text is another IRI (its 文号 read differently): the named one goes.
                String namedGraph = this.iris.documentGraph(this.iris.pathOf(named));
                Optional<IngestOutcome.StoredDocument> old = storedDocument(namedGraph);
                if (old.isEmpty()) {
                    batchFiles.remove(graph.graphIri());
                    outcomes[i] = IngestOutcome.rejected(r.fileName(), "there is no document " + named + " to replace; nothing was changed");
                    continue;
                }
                drop.add(namedGraph);
                replaced[i] = old.get();
            } else if (named != null && stored.isEmpty()) {
                batchFiles.remove(graph.graphIri());
                outcomes[i] = IngestOutcome.rejected(r.fileName(), "there is no document " + named + " to replace; nothing was changed");
                continue;
            }
            graphs.put(graph.graphIri(), graph.model());
            if (r.bytes() != null) {
                graphs.put(this.iris.originalGraph(r.sha()), builder.original(r.sha(), r.source().format().mediaType(), r.bytes()));
            }
            // The file this document was read from before goes with it, unless it is the same file.
            if (replaced[i] != null && !replaced[i].sha256().equals(r.sha())) drop.add(this.iris.originalGraph(replaced[i].sha256()));
        }
        graphs.keySet().forEach(drop::remove);
        // A new documents revision in the same transaction as the documents: the lineage graph records the
        // revision it was computed from, so a crash before the rebuild leaves a store that knows its lineage is stale.
        if (!graphs.isEmpty() || !drop.isEmpty()) graphs.put(this.iris.corpusStateGraph(), revision());
        store.write(graphs, drop);
        for (int k = 0; k < built.size(); k++) {
            int i = built.get(k);
            if (outcomes[i] != null) continue;
            ExtractedDocument doc = reads.get(i).doc();
            if (depth < MAX_RESOLUTION_DEPTH) resolveEarlierCitations(iris[i], DocumentIdentity.titleKeys(doc), docGraphs.get(k).graphIri(), depth);
            outcomes[i] = outcome(reads.get(i).fileName(), doc, iris[i], replaced[i]);
        }
        return List.of(outcomes);
    }

    private Model revision() {
        Model m = ModelFactory.createDefaultModel();
        Resource state = m.createResource(iris.corpusStateGraph()).addProperty(PL.documentsRevision, UUID.randomUUID().toString());
        // A write stores documents under present IRIs only: a store with none under a former IRI still has none.
        if (irisMoved()) state.addLiteral(PL.documentIrisMoved, true);
        return m;
    }

    private boolean irisMoved() {
        return store.ask(Sparql.query("sparql/ingest/document-iris-moved.rq", Map.of("state", ResourceFactory.createResource(iris.corpusStateGraph()))));
    }

    /**
     * Refuses a document whose IRI already belongs to a document with another 文号: a re-ingest
     * replaces its own graph, never a different document's.
     */
    private Optional<String> numberClash(ExtractedDocument doc, String docIri, String graphIri, Map<String, String> batchNumbers) {
        if (doc.number().isEmpty()) return Optional.empty();
        String number = doc.number().get().canonical();
        String earlier = batchNumbers.putIfAbsent(graphIri, number);
        if (earlier == null) {
            for (QuerySolution s : rows(Sparql.query("sparql/ingest/graph-document-number.rq",
                    Map.of("graph", ResourceFactory.createResource(graphIri))))) {
                earlier = s.getLiteral("number").getString();
            }
        }
        if (earlier == null || earlier.equals(number)) return Optional.empty();
        return Optional.of("its IRI " + docIri + " already belongs to " + earlier + ", not " + number
                + "; nothing was replaced");
    }

    /**
     * The same bytes as a file of this run or a stored document, whatever their names: nothing to do,
     * unless the caller asked to replace that document (to read it again with a newer extractor).
     */
    private Optional<IngestOutcome> duplicateOf(Read r, Map<String, String> batchShas) {
        String earlier = batchShas.get(r.sha());
        if (earlier != null) {
            return Optional.of(IngestOutcome.duplicate(r.fileName(), null, "same content as " + earlier + ", in the same run"));
        }
        for (QuerySolution s : rows(Sparql.query("sparql/ingest/sources.rq", Map.of("sha256", ResourceFactory.createStringLiteral(r.sha()))))) {
            String doc = s.getResource("doc").getURI();
            if (r.replace().allows(doc)) continue;
            return Optional.of(IngestOutcome.duplicate(r.fileName(), doc,
                    "same content as " + s.getLiteral("fileName").getString() + ", already ingested as " + doc + "; nothing was changed"));
        }
        return Optional.empty();
    }

    /** The document a graph holds, as stored; empty when the graph holds no ingested document. */
    private Optional<IngestOutcome.StoredDocument> storedDocument(String graphIri) {
        for (QuerySolution s : rows(Sparql.query("sparql/ingest/stored-document.rq", Map.of("graph", ResourceFactory.createResource(graphIri))))) {
            return Optional.of(new IngestOutcome.StoredDocument(s.getResource("doc").getURI(),
                    s.contains("number") ? s.getLiteral("number").getString() : null, s.getLiteral("fileName").getString(),
                    s.getLiteral("sha256").getString(), s.contains("generated") ? s.getLiteral("generated").getLexicalForm() : null));
        }
        return Optional.empty();
    }

    private static IngestOutcome outcome(String fileName, ExtractedDocument doc, String docIri, IngestOutcome.StoredDocument replaced) {
        Set<String> agencies = new LinkedHashSet<>();
        Set<String> certs = new LinkedHashSet<>();
        for (MeasureRecord m : doc.measures()) {
            m.responsibilities().forEach(a -> agencies.add(a.agency().map(r -> r.key()).orElse(a.asWritten())));
            m.certificateTypes().forEach(c -> certs.add(c.type().iri()));
        }
        return IngestOutcome.builder().fileName(fileName)
                .status(replaced != null ? IngestOutcome.Status.REPLACED : IngestOutcome.Status.INGESTED).documentIri(docIri)
                .message(replaced == null ? null : "replaced " + replaced.describe()).measures(doc.measures().size())
                .agencies(agencies.size()).targets(doc.targetCount()).citations(doc.citations().size()).certificateTypes(certs.size())
                .warnings(doc.warnings()).replaced(replaced).build();
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
        for (String g : graphs) reread(g, depth + 1);
    }

    /**
     * Reads a stored document again from its stored text. It replaces itself, even if its IRI comes out
     * otherwise; its original file's graph stays as it is.
     */
    private void reread(String graph, int depth) {
        List<QuerySolution> src = rows(Sparql.query("sparql/ingest/source-content.rq", Map.of("graph", ResourceFactory.createResource(graph))));
        if (src.isEmpty()) return;
        QuerySolution row = src.get(0);
        String content = row.getLiteral("content").getString();
        ReadDocument stored = new ReadDocument(content, Format.ofMediaType(row.getLiteral("format").getString()),
                row.contains("encoding") ? row.getLiteral("encoding").getString() : null, storedPages(graph, content));
        store(List.of(extract(Read.builder().fileName(row.getLiteral("fileName").getString())
                .sha(row.getLiteral("sha256").getString()).source(stored).started(clock.instant())
                .replace(Replace.document(row.getResource("doc").getURI())))), depth);
    }

    /**
     * Gives the documents of a store written before document IRIs were read from the 文号 (or issuer, date and
     * title) their present IRIs, by reading each again from its stored text; their former IRIs then answer
     * with a redirect. Returns how many were moved; nothing to do on a store that has none.
     */
    public int moveFormerIris() {
        // Looked for once: the corpus-state graph then records that there are none, and every start after asks only that.
        if (irisMoved()) return 0;
        String prefix = iris.document("");
        int moved = 0;
        for (QuerySolution s : rows(Sparql.query("sparql/ingest/documents-under-former-iris.rq"))) {
            String doc = s.getResource("doc").getURI();
            if (!doc.startsWith(prefix) || DocumentPaths.isPath(doc.substring(prefix.length()))) continue;
            reread(s.getResource("graph").getURI(), 0);
            moved++;
        }
        // The revision stays as it is: lineage computed from these documents is still up to date.
        Model state = store.graph(iris.corpusStateGraph());
        state.createResource(iris.corpusStateGraph()).addLiteral(PL.documentIrisMoved, true);
        store.write(Map.of(iris.corpusStateGraph(), state), List.of());
        return moved;
    }

    /** The pages a stored source file records, their starts turned back from code points to char offsets. */
    private List<ReadDocument.Page> storedPages(String graph, String content) {
        List<ReadDocument.Page> pages = new ArrayList<>();
        for (QuerySolution s : rows(Sparql.query("sparql/ingest/source-pages.rq", Map.of("graph", ResourceFactory.createResource(graph))))) {
            int start = content.offsetByCodePoints(0, Math.min(s.getLiteral("start").getInt(), content.codePointCount(0, content.length())));
            boolean ocr = s.getResource("readBy").equals(PL.OCR);
            pages.add(new ReadDocument.Page(s.getLiteral("number").getInt(), start,
                    ocr ? ReadDocument.PageSource.OCR : ReadDocument.PageSource.TEXT_LAYER,
                    s.contains("confidence") ? s.getLiteral("confidence").getDouble() : -1));
        }
        return pages;
    }

    /** Documents by title: ingested ones first, then those known only from a citation. */
    private KnownDocuments knownDocuments() {
        return key -> titleRows(key).stream().findFirst().map(r -> r.getResource("doc").getURI());
    }

    /**
     * Ingested documents by title. A document takes the IRI of an ingested one of its title (it is that
     * document), never that of a node a citation made: which came first must not decide its IRI.
     */
    private KnownDocuments ingestedDocuments() {
        String prefix = iris.document("");
        // One under a former IRI is being moved to its present one (moveFormerIris), not kept.
        return key -> titleRows(key).stream().filter(r -> r.contains("inCorpus")).map(r -> r.getResource("doc").getURI())
                .filter(doc -> doc.startsWith(prefix) && DocumentPaths.isPath(doc.substring(prefix.length()))).findFirst();
    }

    private List<QuerySolution> titleRows(String key) {
        return rows(Sparql.query("sparql/ingest/documents-by-title-key.rq", Map.of("key", ResourceFactory.createStringLiteral(key))));
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

    /** Why scanned documents cannot be read here, or null when OCR is installed. */
    public String ocrUnavailable() { return reader.ocrUnavailable(); }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
