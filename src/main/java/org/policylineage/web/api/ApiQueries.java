package org.policylineage.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.policylineage.extract.DocNumber;
import org.policylineage.extract.DocNumberReading;
import org.policylineage.query.CuratedQuery;
import org.policylineage.query.QueryLibrary;
import org.policylineage.query.QueryParameters;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.DocumentPaths;
import org.policylineage.store.PolicyStore;
import org.policylineage.web.api.ApiModel.*;
import org.springframework.stereotype.Component;

/** Reads what the REST API returns from the store, with parameterised queries only. */
@Component
public class ApiQueries {
    private final PolicyStore store;
    private final IriScheme iris;

    public ApiQueries(PolicyStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    private List<Row> rows(String query, Map<String, Node> bindings) {
        return Rows.of(store, "sparql/api/" + query + ".rq", bindings);
    }

    private static Node iri(String iri) {
        if (iri == null || !iri.matches("(?i)https?://\\S+")) throw new IllegalArgumentException("not an http(s) IRI: " + iri);
        return NodeFactory.createURI(iri);
    }

    /** A document's IRI from its path under id/doc/: issuer, year or date, serial or title. */
    public String documentIri(String path) {
        if (!DocumentPaths.isPath(path)) throw new IllegalArgumentException("not a document path (issuer/year/serial): " + path);
        return iris.document(path);
    }

    /** A document's source file as published: its name, media type and bytes (the text, in UTF-8, for a text file). */
    public record SourceFile(String fileName, String mediaType, byte[] bytes) {}

    public SourceFile sourceFile(String docIri) {
        List<Row> rows = rows("source-file", Map.of("doc", iri(docIri)));
        if (rows.isEmpty()) throw new NotFoundException("no source file is stored for " + docIri);
        Row r = rows.get(0);
        byte[] bytes = r.has("bytes") ? java.util.Base64.getDecoder().decode(r.string("bytes"))
                : r.string("content").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String type = r.has("bytes") ? r.string("format") : "text/plain;charset=UTF-8";
        return new SourceFile(r.string("fileName"), type, bytes);
    }

    private static Ref ref(Row r, String iriVar, String labelVar) {
        return r.has(iriVar) ? new Ref(r.string(iriVar), r.string(labelVar)) : null;
    }

    private DocumentSummary summary(Row r, String docIri) {
        return new DocumentSummary(docIri, docIri.startsWith(iris.document("")) ? iris.pathOf(docIri) : null,
                r.string("number"), r.string("title"), r.string("label"), r.string("issued"), r.string("earliestDate"),
                r.string("level"), ref(r, "jurisdiction", "jurisdictionLabel"), r.string("status"), r.bool("inCorpus"),
                r.string("kinds") == null || r.string("kinds").isBlank() ? List.of() : Arrays.asList(r.string("kinds").split(" ")),
                r.string("ingested"), split(r.string("issuers"), "\\|"));
    }

    /** Documents, filtered by level, jurisdiction (a region and its sub-regions), year and whether ingested. */
    public List<DocumentSummary> documents(String level, String jurisdiction, Integer year, Boolean inCorpus, int offset, int limit) {
        Map<String, Node> b = new LinkedHashMap<>();
        if (level != null && !level.isBlank()) b.put("levelParam", NodeFactory.createLiteralString(level));
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            b.put("jurisdictionParam", iri(jurisdiction.startsWith("http") ? jurisdiction : iris.region(jurisdiction)));
        }
        if (year != null) b.put("yearParam", NodeFactory.createLiteralDT(year.toString(), XSDDatatype.XSDinteger));
        if (inCorpus != null) b.put("inCorpusParam", NodeFactory.createLiteralDT(inCorpus.toString(), XSDDatatype.XSDboolean));
        return rows("documents", b).stream().skip(offset).limit(limit).map(r -> summary(r, r.string("doc"))).toList();
    }

    /** Most rows read for one list of a document: a guard for documents stored before ingestion had limits. */
    private static final long MAX_ROWS = 20_000;

    private List<Row> rows(String query, Map<String, Node> bindings, long offset, long limit) {
        Query q = QueryParameters.bind(Sparql.query("sparql/api/" + query + ".rq"), bindings);
        q.setOffset(offset);
        q.setLimit(limit);
        return Rows.of(store.select(q));
    }

    public DocumentDetail document(String docIri) {
        return document(docIri, 0, DEFAULT_MEASURES);
    }

    /** Measures of a document in one answer unless asked otherwise: more than any document of the corpus has. */
    public static final int DEFAULT_MEASURES = 200;

    /**
     * A document with measures {@code offset} to {@code offset + limit} (in text order), their agencies,
     * certificate types and targets, and its links both ways, at most {@code limit} each way.
     */
    public DocumentDetail document(String docIri, int offset, int limit) {
        Map<String, Node> b = Map.of("doc", iri(docIri));
        List<Row> meta = rows("document", b);
        if (meta.isEmpty() || (!meta.get(0).has("label") && !meta.get(0).has("number"))) {
            throw new NotFoundException("no document " + docIri);
        }
        Row m = meta.get(0);
        List<Ref> issuers = rows("issuers", b).stream().map(r -> new Ref(r.string("agency"), r.string("label"))).toList();
        List<Row> structure = rows("structure", b, offset, limit);
        Set<String> paged = new HashSet<>();
        structure.forEach(r -> paged.add(r.string("measure")));
        Row counts = rows("document-counts", b).get(0);
        Map<String, List<AgencyView>> agencies = new LinkedHashMap<>();
        for (Row r : rows("responsibilities", b, 0, MAX_ROWS)) {
            if (!paged.contains(r.string("measure"))) continue;
            agencies.computeIfAbsent(r.string("measure"), k -> new ArrayList<>())
                    .add(new AgencyView(r.string("asWritten"), r.string("agency"), r.string("label"), r.bool("lead")));
        }
        Map<String, List<CertificateTypeRef>> certs = new LinkedHashMap<>();
        for (Row r : rows("measure-certificate-types", b, 0, MAX_ROWS)) {
            if (!paged.contains(r.string("measure"))) continue;
            certs.computeIfAbsent(r.string("measure"), k -> new ArrayList<>()).add(new CertificateTypeRef(r.string("type"),
                    r.string("notation"), r.string("label"), r.string("labelEn"), split(r.string("spellings"), "\\|")));
        }
        List<TargetView> targets = rows("targets", b, 0, MAX_ROWS).stream().filter(r -> paged.contains(r.string("measure")))
                .map(this::target).toList();
        Map<String, List<String>> targetsByMeasure = new LinkedHashMap<>();
        targets.forEach(t -> targetsByMeasure.computeIfAbsent(t.measure(), k -> new ArrayList<>()).add(t.iri()));

        Map<String, SectionView> sections = new LinkedHashMap<>();
        for (Row r : structure) {
            String measure = r.string("measure");
            MeasureView view = new MeasureView(measure, measure.substring(measure.lastIndexOf('/') + 1), r.integer("ordinal"),
                    r.string("number"), r.string("heading"), r.string("text"), r.integer("start"), r.integer("end"),
                    r.bool("noCounterpart"), agencies.getOrDefault(measure, List.of()), certs.getOrDefault(measure, List.of()),
                    targetsByMeasure.getOrDefault(measure, List.of()), r.integer("page"));
            String key = r.has("section") ? r.string("section") : "";
            sections.computeIfAbsent(key, k -> new SectionView(r.integer("sectionOrdinal"), r.string("sectionNumber"),
                    r.string("sectionHeading"), new ArrayList<>())).measures().add(view);
        }
        Map<String, List<LinkView>> links = new LinkedHashMap<>();
        for (String d : List.of("cites", "citedBy", "ancestor", "descendant")) links.put(d, new ArrayList<>());
        for (Row r : rows("document-links", b, 0, MAX_ROWS)) {
            List<LinkView> list = links.get(r.string("direction"));
            if (list.size() >= limit) continue;
            list.add(new LinkView(r.string("other"), r.string("otherLabel"), r.string("otherNumber"),
                    r.string("otherLevel"), r.string("relation"), r.integer("depth"), r.number("score"), r.string("evidence"),
                    r.bool("inCorpus"), r.integer("page"), r.string("otherJurisdiction"), r.string("otherDate"), 0));
        }
        addFollowers(docIri, links.get("citedBy"), limit);
        String content = m.string("content");
        int length = content == null ? 0 : content.length();
        boolean cut = length > DocumentPage.MAX_SOURCE_TEXT;
        SourceView source = m.has("fileName") ? new SourceView(m.string("fileName"), m.string("format"), m.string("sha256"),
                m.string("address"), m.integer("pages")) : null;
        DocumentSummary summary = summary(m, docIri);
        summary = new DocumentSummary(summary.iri(), summary.path(), summary.number(), summary.title(), summary.label(),
                summary.issued(), summary.earliestDate(), summary.level(), summary.jurisdiction(), summary.status(),
                summary.inCorpus(), summary.kinds(), summary.ingested(), issuers.stream().map(Ref::label).toList());
        return new DocumentDetail(summary, split(m.string("alternatives"), "\\|"), issuers,
                m.string("jurisdictionEvidence"), m.string("fileName"), cut ? content.substring(0, DocumentPage.MAX_SOURCE_TEXT) : content,
                new ArrayList<>(sections.values()), targets, links.get("cites"), links.get("citedBy"),
                links.get("ancestor"), links.get("descendant"),
                new DocumentPage(offset, limit, counts.integer("measures"), counts.integer("targets"), length, cut), source);
    }

    /**
     * Adds to what cites a document the documents whose measures follow its measures: a regional plan is followed
     * by documents that never cite it by number, and a reader asking what it led to must see them.
     */
    private void addFollowers(String docIri, List<LinkView> citedBy, int limit) {
        Map<String, Set<String>> following = new LinkedHashMap<>();
        for (Row r : rows("document-alignments", Map.of("doc", iri(docIri)), 0, MAX_ROWS)) {
            if (r.string("direction").equals("child")) following.computeIfAbsent(r.string("otherDoc"), k -> new HashSet<>()).add(r.string("other"));
        }
        for (var e : following.entrySet()) {
            int at = -1;
            for (int i = 0; i < citedBy.size(); i++) if (citedBy.get(i).iri().equals(e.getKey())) at = i;
            if (at >= 0) {
                LinkView l = citedBy.get(at);
                citedBy.set(at, new LinkView(l.iri(), l.label(), l.number(), l.level(), l.relation(), l.depth(), l.score(), l.evidence(),
                        l.inCorpus(), l.page(), l.jurisdiction(), l.date(), e.getValue().size()));
            } else if (citedBy.size() < limit) {
                DocumentSummary d = summaryOf(e.getKey());
                citedBy.add(new LinkView(d.iri(), d.label(), d.number(), d.level(), "follows-measures", 1, null, null, d.inCorpus(), null,
                        d.jurisdiction() == null ? null : d.jurisdiction().label(), d.issued() != null ? d.issued()
                        : d.earliestDate() != null ? "≥" + d.earliestDate() : null, e.getValue().size()));
            }
        }
    }

    private static List<String> split(String s, String regex) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(regex));
    }

    private TargetView target(Row r) {
        String t = r.string("target");
        return new TargetView(t, t.substring(t.lastIndexOf('/') + 1), r.string("doc"), r.string("measure"), r.string("quote"),
                r.string("indicator"), r.string("indicatorLabel"), r.decimal("value"), r.decimal("upperValue"), r.string("unit"),
                r.string("comparator"), r.bool("aspirational"), r.string("deadline"), ref(r, "scope", "scopeLabel"),
                r.string("changeDirection"), r.string("baselineYear"), r.bool("localAddition"), r.bool("milestone"),
                r.string("exact"), r.integer("start"), r.integer("end"), r.integer("page"),
                org.policylineage.vocab.CurationStatus.ofIri(r.string("status")).orElse(org.policylineage.vocab.CurationStatus.EXTRACTED).notation());
    }

    /** A target's trace up to the national documents, its parent targets, and its siblings of the same indicator. */
    public TargetLineage targetLineage(String targetIri) {
        List<Row> t = rows("targets", Map.of("target", iri(targetIri)));
        if (t.isEmpty()) throw new NotFoundException("no target " + targetIri);
        TargetView target = target(t.get(0));
        List<TraceStep> steps = Rows.of(store, "queries/trace-target.rq", Map.of("target", iri(targetIri))).stream()
                .map(r -> new TraceStep(r.integer("step"), r.string("node"), r.string("nodeType"), r.string("label"), r.string("doc"),
                        r.string("docNumber"), r.string("level"), r.string("relation"), r.number("score"), r.string("evidence"),
                        r.decimal("share"), r.string("via")))
                .toList();
        List<ParentTarget> parents = new ArrayList<>();
        for (Row r : Rows.of(store, "queries/target-lineage.rq", Map.of("child", iri(targetIri)))) {
            List<Row> p = rows("targets", Map.of("target", iri(r.string("parent"))));
            if (p.isEmpty()) continue;
            String parentDoc = r.string("parentDoc");
            String parentDocLabel = summaryOf(parentDoc).label();
            parents.add(new ParentTarget(target(p.get(0)), new Ref(parentDoc, parentDocLabel), r.decimal("share"),
                    r.bool("inheritedUnchanged"), r.bool("deadlineDiffers"), r.number("score"), r.string("explanation"), r.string("method")));
        }
        List<IndicatorTarget> siblings = target.indicator() == null ? List.of() : indicator(target.indicator()).targets();
        return new TargetLineage(target, steps, parents, siblings);
    }

    public IndicatorView indicator(String indicatorIri) {
        List<IndicatorTarget> targets = rows("indicator-targets", Map.of("indicator", iri(indicatorIri))).stream()
                .map(r -> new IndicatorTarget(r.string("target"), new Ref(r.string("doc"), r.string("docLabel")), r.string("level"),
                        ref(r, "jurisdiction", "jurisdictionLabel"), r.decimal("value"), r.string("unit"), r.string("comparator"),
                        r.string("deadline"), r.string("quote"), r.bool("localAddition"), r.string("parent")))
                .toList();
        if (targets.isEmpty()) throw new NotFoundException("no targets for indicator " + indicatorIri);
        ConceptView c = concept(indicatorIri, List.of());
        return new IndicatorView(indicatorIri, c.labels().getOrDefault("zh", indicatorIri), targets);
    }

    public MeasureAlignments measureAlignments(String measureIri) {
        List<Row> m = rows("measure", Map.of("measure", iri(measureIri)));
        if (m.isEmpty()) throw new NotFoundException("no measure " + measureIri);
        List<AlignmentView> parents = new ArrayList<>(), children = new ArrayList<>();
        // Each document's text is read once, however many of its measures align with this one.
        Map<String, String> contents = new java.util.HashMap<>();
        String ownContent = contents.computeIfAbsent(m.get(0).string("doc"), this::content);
        for (Row r : rows("alignments", Map.of("measure", iri(measureIri)))) {
            boolean parent = r.string("direction").equals("parent");
            String otherContent = contents.computeIfAbsent(r.string("otherDoc"), this::content);
            String childContent = parent ? ownContent : otherContent, parentContent = parent ? otherContent : ownContent;
            List<PassageView> passages = rows("passages", Map.of("alignment", iri(r.string("alignment")))).stream()
                    .map(p -> new PassageView(p.string("text"), p.integer("childStart"), p.integer("childEnd"),
                            p.integer("parentStart"), p.integer("parentEnd"),
                            quote(childContent, p.integer("childStart"), p.integer("childEnd")),
                            quote(parentContent, p.integer("parentStart"), p.integer("parentEnd"))))
                    .toList();
            AlignmentView v = new AlignmentView(r.string("alignment"), r.string("direction"), r.string("other"), r.string("otherLabel"),
                    r.string("otherText"), r.string("otherDoc"), r.string("otherDocLabel"), r.number("score"),
                    r.number("reuseCoefficient"), split(r.string("methods"), " "), r.string("explanation"), passages);
            (v.direction().equals("parent") ? parents : children).add(v);
        }
        Row row = m.get(0);
        return new MeasureAlignments(measureIri, row.string("number") + row.string("heading"), row.string("text"), row.string("doc"),
                row.string("docLabel"), row.bool("noCounterpart"), parents, children);
    }

    /** The text read from a document's source file; null when it was not ingested. */
    private String content(String docIri) {
        List<Row> r = rows("document-content", Map.of("doc", iri(docIri)));
        return r.isEmpty() ? null : r.get(0).string("content");
    }

    /** The words between two code-point offsets of a text, as that text has them; null when they fall outside it. */
    static String quote(String content, int start, int end) {
        if (content == null || start < 0 || end < start) return null;
        int length = content.codePointCount(0, content.length());
        if (end > length) return null;
        return content.substring(content.offsetByCodePoints(0, start), content.offsetByCodePoints(0, end));
    }

    /** An agency, a certificate type, a region or an indicator: labels and where it appears. */
    public ConceptView concept(String conceptIri, List<Mention> mentions) {
        List<Row> rows = rows("concept", Map.of("concept", iri(conceptIri)));
        if (rows.isEmpty()) throw new NotFoundException("no concept or agency " + conceptIri);
        Map<String, String> labels = new LinkedHashMap<>();
        rows.forEach(r -> labels.putIfAbsent(r.string("lang").isEmpty() ? "zh" : r.string("lang"), r.string("prefLabel")));
        Row r = rows.get(0);
        return new ConceptView(conceptIri, labels, split(r.string("altLabels"), "\\|"), r.string("notation"),
                ref(r, "jurisdiction", "jurisdictionLabel"), ref(r, "function", "functionLabel"), mentions, List.of());
    }

    public ConceptView agency(String agencyIri) {
        List<Mention> mentions = rows("agency", Map.of("agency", iri(agencyIri))).stream()
                .map(r -> new Mention(r.string("role"), new Ref(r.string("item"), r.string("itemLabel")),
                        new Ref(r.string("doc"), r.string("docLabel")), r.string("level"), r.has("lead") ? r.bool("lead") : null,
                        null, null, null))
                .toList();
        ConceptView c = concept(agencyIri, mentions);
        List<Peer> peers = rows("agency-peers", Map.of("agency", iri(agencyIri))).stream()
                .map(r -> new Peer(new Ref(r.string("peer"), r.string("label")), ref(r, "jurisdiction", "jurisdictionLabel"),
                        r.string("regionLevel"), r.integer("measures")))
                .toList();
        return new ConceptView(c.iri(), c.labels(), c.altLabels(), c.notation(), c.jurisdiction(), c.function(), c.mentions(), peers);
    }

    /** Every alignment of a document's measures, both ways, in one answer (no passages). */
    public List<DocumentAlignment> documentAlignments(String docIri, int offset, int limit) {
        return rows("document-alignments", Map.of("doc", iri(docIri)), offset, limit).stream()
                .map(r -> new DocumentAlignment(r.string("measure"), r.string("measureLabel"), r.string("direction"), r.string("other"),
                        r.string("otherLabel"), r.string("otherDoc"), r.string("otherDocLabel"), r.number("score"),
                        r.number("reuseCoefficient"), split(r.string("methods"), " ")))
                .toList();
    }

    public ConceptView certificateType(String typeIri) {
        List<Mention> mentions = rows("certificate-type", Map.of("type", iri(typeIri))).stream()
                .map(r -> new Mention(r.string("role"), new Ref(r.string("item"), r.string("itemLabel")),
                        new Ref(r.string("doc"), r.string("docLabel")), r.string("level"), null, r.decimal("value"),
                        r.string("unit"), r.string("deadline")))
                .toList();
        return concept(typeIri, mentions);
    }

    DocumentSummary summaryOf(String docIri) {
        return rows("documents", Map.of("doc", iri(docIri))).stream().map(r -> summary(r, docIri)).findFirst()
                .orElseThrow(() -> new NotFoundException("no document " + docIri));
    }

    /** The document a 文号 names, in any spelling. */
    public Resolution resolve(String number) {
        Optional<DocNumberReading> reading = DocNumberReading.read(number);
        if (reading.isEmpty()) throw new IllegalArgumentException("not a document number (文号): " + number);
        DocNumber n = reading.get().number();
        String docIri = iris.document(n);
        List<DocumentSummary> found = rows("documents", Map.of("doc", iri(docIri))).stream().map(r -> summary(r, docIri)).toList();
        if (found.isEmpty() || found.get(0).number() == null) throw new NotFoundException("no document numbered " + n.canonical());
        return new Resolution(number, n.canonical(), reading.get().notes().stream()
                .map(note -> new ReadingNote(note.spelling().code(), note.detail())).toList(), found.get(0));
    }

    public Overview overview() {
        Row r = rows("overview", Map.of()).get(0);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String k : List.of("documents", "citedOnly", "measures", "targets", "citations", "alignments", "targetLinks")) {
            counts.put(k, r.integer(k).longValue());
        }
        return new Overview(iris.base(), counts, documents(null, null, null, null, 0, Integer.MAX_VALUE));
    }

    public List<CuratedQueryView> queries() {
        return QueryLibrary.bundled().all().stream()
                .map((CuratedQuery q) -> new CuratedQueryView(q.name(), q.summary(), q.description(), q.text())).toList();
    }
}
