package org.policylineage.curation;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.Slugs;
import org.policylineage.store.PolicyStore;
import org.policylineage.validation.GraphValidator;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.PL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Curators' corrections of one store: each checked and kept in a named graph of its own; the
 * corrected view (the curated graph and the extracted statements it hides) worked out again after
 * every write of corrections, and by {@link #refresh()} after documents are written. Extracted
 * statements are never changed: re-ingesting a document replaces them, and each correction then
 * applies to what it judged if that is still there, else it is reported orphaned.
 */
public final class Curation {
    /** Every write of a correction, with who made it, goes to this log as well as into the store. */
    private static final Logger audit = LoggerFactory.getLogger("org.policylineage.audit");

    private final PolicyStore store;
    private final IriScheme iris;
    private final Clock clock;
    private final Corrections rdf;
    private final CorrectedView view;
    private final GraphValidator shapes = new GraphValidator();
    private volatile List<Correction> current = List.of();
    /** The store's data version when {@code current} was last resolved against it; empty when unknown. */
    private Optional<Long> resolvedAt = Optional.empty();

    public Curation(PolicyStore store, IriScheme iris, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.clock = clock;
        this.rdf = new Corrections(iris);
        this.view = new CorrectedView(store, iris);
    }

    /** What {@code imports} did: corrections read from the file, and how many of them were new to the store. */
    public record ImportOutcome(int read, int added, int unchanged) {}

    /**
     * Checks a correction, stores it in its own graph and brings the corrected view up to date.
     *
     * @throws CorrectionRefused with a message a curator can act on; nothing is stored
     */
    public synchronized Correction submit(CorrectionRequest request, String curator) {
        requireHiding();
        if (request.note() == null || request.note().isBlank()) {
            throw invalid("a correction needs a note saying why (the field note)");
        }
        if (request.action() == null) throw invalid("a correction needs an action: confirm, reject, edit or add");
        if (request.target() == null || !request.target().startsWith(iris.base())) {
            throw new CorrectionRefused(CorrectionRefused.Reason.NOT_FOUND, "no fact of this store is named " + request.target());
        }
        Set<String> types = view.types(request.target());
        CuratedKind kind;
        if (request.action() == CurationAction.ADD) {
            kind = request.kind() == null ? CuratedKind.CITATION : request.kind();
            if (!kind.allows(CurationAction.ADD)) throw invalid("a " + kind.notation() + " cannot be added");
            checkAddition(kind, request, types);
        } else {
            kind = types.stream().map(CuratedKind::ofType).flatMap(Optional::stream).findFirst()
                    .orElseThrow(() -> new CorrectionRefused(CorrectionRefused.Reason.NOT_FOUND, "no target, citation, document, "
                            + "alignment, target link, responsibility or certificate-type statement is stored as " + request.target()));
            if (!kind.allows(request.action())) throw invalid("a " + kind.notation() + " cannot be given the action " + request.action().notation());
        }
        if ((request.action() == CurationAction.EDIT || request.action() == CurationAction.ADD) && request.values().isEmpty()) {
            throw invalid("an " + request.action().notation() + " needs the new values (the field values)");
        }
        if (request.action() == CurationAction.CONFIRM || request.action() == CurationAction.REJECT) {
            if (!request.values().isEmpty()) throw invalid("a " + request.action().notation() + " takes no values");
        }
        for (Map.Entry<String, String> v : request.values().entrySet()) {
            CuratedField f = CuratedField.of(kind, v.getKey()).orElseThrow(() -> invalid("a " + kind.notation() + " has no field " + v.getKey()
                    + "; its fields: " + fieldsOf(kind)));
            if (f.addOnly() && request.action() != CurationAction.ADD) {
                throw invalid("the " + kind.notation() + "'s " + f.fieldName() + " is set only when one is added (it says which "
                        + kind.notation() + " it is)");
            }
            if (f.removes(v.getValue()) && request.action() != CurationAction.EDIT) {
                throw invalid("“" + CuratedField.NONE + "” removes a stored " + f.fieldName() + " in an edit; an added " + kind.notation()
                        + " simply leaves it out");
            }
        }
        Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = Slugs.hash(String.join("\n", request.target(), request.action().notation(), kind.notation(),
                new TreeMap<>(request.values()).toString(), request.note(), curator, time.toString()), 16);
        Correction correction = Correction.builder().iri(iris.correction(id)).action(request.action()).kind(kind)
                .target(request.target()).quote(request.action() == CurationAction.ADD ? request.values().get(CuratedField.QUOTE.fieldName())
                        : quoteOf(request.target())).values(request.values()).note(request.note().strip())
                .curator(curator).time(time).replaced(replaced(request, kind)).build();
        Model graph = rdf.graph(correction);   // the values are parsed here: a bad one is refused before anything is written
        ValidationReport report = shapes.validate(graph.getGraph());
        if (!report.conforms()) {
            throw invalid("the correction does not conform to its shapes: " + report.getEntries().stream()
                    .map(e -> e.message()).distinct().toList());
        }
        // Nothing else written since the corrections were last resolved: only the new one needs resolving.
        boolean unchanged = resolvedAt.isPresent() && resolvedAt.equals(store.dataVersion());
        store.write(Map.of(iris.correctionGraph(id), graph), List.of());
        audit.info("correction {} by {}: {} {} {} {}", correction.iri(), curator, request.action().notation(), kind.notation(),
                request.target(), request.values());
        if (unchanged) {
            List<Correction> resolved = new ArrayList<>(current);
            resolved.add(correction.resolved(view.resolve(correction)));
            apply(resolved);
        } else {
            refresh();
        }
        return current.stream().filter(c -> c.iri().equals(correction.iri())).findFirst().orElse(correction);
    }

    /**
     * Works the corrected view out again from every stored correction and the facts as stored now:
     * after documents are written (re-ingest) and before lineage reads them.
     */
    public synchronized void refresh() {
        List<Correction> stored = new ArrayList<>();
        // The corrections' graphs are left out of the extracted view, not out of the corrected one.
        store.select(Sparql.query("sparql/curation/correction-graphs.rq"))
                .forEachRemaining(g -> stored.addAll(rdf.read(store.graph(g.getResource("g").getURI()))));
        List<Correction> resolved = new ArrayList<>();
        for (Correction c : stored) resolved.add(c.resolved(view.resolve(c)));
        apply(resolved);
    }

    /** Writes the curated graph (when it changed) and hides what it supersedes, for corrections already resolved. */
    private void apply(List<Correction> resolved) {
        resolved.sort(Comparator.comparing(Correction::time).thenComparing(Correction::iri));
        CorrectedView.Result result = view.compute(resolved);
        if (!store.graph(iris.curatedGraph()).isIsomorphicWith(result.curated())) {
            store.write(Map.of(iris.curatedGraph(), result.curated()), List.of());
        }
        store.hide(result.hidden());
        current = List.copyOf(result.corrections());
        resolvedAt = store.dataVersion();
    }

    /** Every correction, oldest first, with what it applies to now or that it is orphaned. */
    public List<Correction> corrections() { return current; }

    /** The corrections of one fact (by the IRI they name or the fact they apply to now), oldest first. */
    public List<Correction> history(String fact) {
        return current.stream().filter(c -> c.target().equals(fact) || c.appliesTo().filter(fact::equals).isPresent()).toList();
    }

    /**
     * A fact no curator has judged, as the review queue lists it: a computed link with its two ends and
     * lineage's score, or an extracted target (its own {@code child}, no parent) with its confidence.
     */
    public record QueueItem(String iri, CuratedKind kind, double score, String child, String childLabel, String childDoc,
                            String parent, String parentLabel, String parentDoc, String explanation) {}

    /**
     * The review queue: measure alignments, target links and quantitative targets no curator has judged
     * (of one kind, or of all when {@code kind} is empty), lowest score first, {@code limit} of them from
     * {@code offset}; and how many there are in all.
     */
    public record Queue(List<QueueItem> items, int total) {}

    public Queue reviewQueue(Optional<CuratedKind> kind, int offset, int limit) {
        List<QueueItem> all = new ArrayList<>();
        store.select(Sparql.query("sparql/curation/review-queue.rq")).forEachRemaining(r -> {
            CuratedKind k = CuratedKind.ofNotation(r.getLiteral("kind").getString()).orElseThrow();
            if (kind.isPresent() && kind.get() != k) return;
            all.add(new QueueItem(r.getResource("fact").getURI(), k, r.getLiteral("score").getDouble(), r.getResource("child").getURI(),
                    string(r, "childLabel"), uri(r, "childDoc"), uri(r, "parent"), string(r, "parentLabel"), uri(r, "parentDoc"),
                    string(r, "explanation")));
        });
        int from = Math.min(Math.max(offset, 0), all.size());
        return new Queue(List.copyOf(all.subList(from, Math.min(all.size(), from + Math.max(limit, 0)))), all.size());
    }

    private static String string(QuerySolution r, String var) { return r.contains(var) ? r.getLiteral(var).getString() : null; }

    private static String uri(QuerySolution r, String var) { return r.contains(var) ? r.getResource(var).getURI() : null; }

    /** Every correction as one TriG file, a named graph each, as stored. */
    public void export(OutputStream out) {
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(Corrections.prefixes());
        for (Correction c : current) ds.addNamedModel(iris.correctionGraph(idOf(c.iri())), store.graph(iris.correctionGraph(idOf(c.iri()))));
        RDFDataMgr.write(out, ds, Lang.TRIG);
    }

    /**
     * Reads corrections exported by {@link #export}: each graph is stored under its own name unless the
     * store holds the same already, so importing a file twice changes nothing.
     */
    public synchronized ImportOutcome importTrig(InputStream in) {
        requireHiding();
        Dataset ds = DatasetFactory.create();
        try {
            RDFDataMgr.read(ds, in, Lang.TRIG);
        } catch (RiotException e) {
            throw invalid("not a TriG file of corrections: " + e.getMessage());
        }
        Map<String, Model> write = new LinkedHashMap<>();
        int read = 0;
        for (var names = ds.listModelNames(); names.hasNext(); ) {
            String g = names.next().getURI();
            Model m = ds.getNamedModel(g);
            List<Correction> found = rdf.read(m);
            if (found.size() != 1 || !g.equals(iris.correctionGraph(idOf(found.get(0).iri())))) {
                throw invalid("graph " + g + " is not one correction of this store (its graph is " + iris.correctionGraphs() + "{id}, "
                        + "holding the correction " + iris.correction("{id}") + ")");
            }
            ValidationReport report = shapes.validate(m.getGraph());
            if (!report.conforms()) throw invalid("graph " + g + " does not conform to the shapes of a correction");
            read++;
            if (!store.graph(g).isIsomorphicWith(m)) write.put(g, m);
        }
        if (!ds.getDefaultModel().isEmpty()) throw invalid("a file of corrections has named graphs only, no default graph");
        if (!write.isEmpty()) {
            store.write(write, List.of());
            audit.info("imported {} corrections ({} already stored)", write.size(), read - write.size());
            refresh();
        }
        return new ImportOutcome(read, write.size(), read - write.size());
    }

    /** The corrected view hides statements inside the embedded store; a remote one cannot, and takes no corrections. */
    private void requireHiding() {
        if (store.dataset().isEmpty()) throw invalid(store.describe() + " takes no corrections: the corrected view needs the embedded store");
    }

    static String idOf(String correctionIri) { return correctionIri.substring(correctionIri.lastIndexOf('/') + 1); }

    private String quoteOf(String fact) {
        return view.rows("sparql/curation/fact.rq", Map.of("fact", ResourceFactory.createResource(fact))).stream()
                .filter(r -> r.contains("quote")).map(r -> r.getLiteral("quote").getString()).findFirst().orElse(null);
    }

    /** What the correction supersedes, as stored now: the values an edit changes, the ends of a link, the words of a rejected fact. */
    private List<Correction.Replaced> replaced(CorrectionRequest request, CuratedKind kind) {
        if (request.action() == CurationAction.ADD || request.action() == CurationAction.CONFIRM && !kind.isLink()) return List.of();
        Set<String> wanted = new HashSet<>();
        request.values().keySet().forEach(n -> CuratedField.of(kind, n).ifPresent(f -> wanted.add(f.property().getURI())));
        if (kind.isLink()) wanted.addAll(List.of(PL.childMeasure.getURI(), PL.parentMeasure.getURI(), PL.childTarget.getURI(), PL.parentTarget.getURI()));
        // A rejected fact: the words it was read from, or what it names (an agency, a certificate type).
        if (request.action() == CurationAction.REJECT) {
            wanted.addAll(List.of(org.apache.jena.vocabulary.RDFS.label.getURI(), PL.agency.getURI(), RDF.object.getURI()));
        }
        List<Correction.Replaced> out = new ArrayList<>();
        for (QuerySolution r : view.rows("sparql/curation/statements.rq", Map.of("fact", ResourceFactory.createResource(request.target())))) {
            String p = r.getResource("p").getURI();
            if (!wanted.contains(p)) continue;
            var o = r.get("o");
            String value = r.contains("year") ? r.getLiteral("year").getLexicalForm()
                    : o.isLiteral() ? o.asLiteral().getLexicalForm() : o.isURIResource() ? o.asResource().getURI() : o.toString();
            out.add(new Correction.Replaced(request.target(), p, value));
        }
        return out;
    }

    private static String fieldsOf(CuratedKind kind) {
        return String.join(", ", Arrays.stream(CuratedField.values()).filter(f -> f.kind() == kind).map(CuratedField::fieldName).toList());
    }

    /**
     * An addition names as its target what the added fact belongs to (the citing document, the measure or
     * document of a target, the child measure or target of a link, the measure of a responsibility or a
     * certificate type), gives every field that says what the fact is, and adds nothing already stored.
     */
    private void checkAddition(CuratedKind kind, CorrectionRequest request, Set<String> types) {
        if (kind.holders().stream().noneMatch(h -> types.contains(h.getURI()))) {
            throw new CorrectionRefused(CorrectionRefused.Reason.NOT_FOUND, "no " + String.join(" or ", kind.holders().stream()
                    .map(h -> h.getLocalName()).toList()) + " is stored as " + request.target() + ": an added " + kind.notation()
                    + " names as its target what it belongs to");
        }
        for (CuratedField f : CuratedField.values()) {
            if (f.kind() == kind && f.requiredToAdd() && !request.values().containsKey(f.fieldName())) {
                throw invalid("an added " + kind.notation() + " needs its " + f.fieldName() + " (the field " + f.fieldName() + ")");
            }
        }
        Map<String, String> values = request.values();
        switch (kind) {
            case ALIGNMENT, TARGET_LINK -> {
                String parent = values.get((kind == CuratedKind.ALIGNMENT ? CuratedField.PARENT_MEASURE : CuratedField.PARENT_TARGET).fieldName());
                Resource end = kind == CuratedKind.ALIGNMENT ? PL.Measure : PL.Target;
                if (parent.strip().equals(request.target()) || !view.types(parent.strip()).contains(end.getURI())) {
                    throw new CorrectionRefused(CorrectionRefused.Reason.NOT_FOUND, "the parent of an added " + kind.notation() + " is another "
                            + end.getLocalName() + " stored in this store, not " + parent);
                }
                if (!view.types(view.addedLink(kind, request.target(), parent.strip())).isEmpty()) {
                    throw invalid("this " + kind.notation() + " is stored already: confirm it instead");
                }
            }
            case TARGET -> {
                String quote = values.get(CuratedField.QUOTE.fieldName()).strip();
                if (view.placeOfAdded(request.target(), quote).isEmpty()) {
                    throw invalid("the quote “" + quote + "” is not in the text of " + request.target() + ": an added target quotes the words "
                            + "it was read from as they stand in its " + (types.contains(PL.Measure.getURI()) ? "measure" : "document") + " (white space aside)");
                }
            }
            case RESPONSIBILITY -> {
                String agency = values.get(CuratedField.AGENCY.fieldName()).strip();
                if (!view.types(agency).contains(PL.Agency.getURI())) {
                    throw new CorrectionRefused(CorrectionRefused.Reason.NOT_FOUND, "no agency is stored as " + agency);
                }
            }
            case CERTIFICATE_TYPE -> {
                String typed = values.get(CuratedField.TYPE.fieldName()).strip();
                String type = CuratedField.certificateType(typed);
                if (!view.types(type).contains(PL.CertificateType.getURI())) {
                    throw new CorrectionRefused(CorrectionRefused.Reason.NOT_FOUND, "no certificate type is named " + typed
                            + " (ontology/certificate-types.ttl lists them)");
                }
                if (!view.types(iris.certificateTypeStatement(request.target(), type)).isEmpty()) {
                    throw invalid("the measure names this certificate type already: confirm it instead");
                }
            }
            default -> { }
        }
    }

    private static CorrectionRefused invalid(String message) {
        return new CorrectionRefused(CorrectionRefused.Reason.INVALID, message);
    }
}
