package org.policylineage.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Collection;
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
import org.policylineage.vocab.CurationStatus;
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

    static Node iri(String iri) {
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
        return DocumentSummary.builder().iri(docIri).path(docIri.startsWith(iris.document("")) ? iris.pathOf(docIri) : null)
                .number(r.string("number")).title(r.string("title")).label(r.string("label")).issued(r.string("issued"))
                .earliestDate(r.string("earliestDate")).level(r.string("level"))
                .jurisdiction(ref(r, "jurisdiction", "jurisdictionLabel")).status(r.string("status"))
                .inCorpus(r.bool("inCorpus"))
                .kinds(r.string("kinds") == null || r.string("kinds").isBlank() ? List.of() : Arrays.asList(r.string("kinds").split(" ")))
                .ingested(r.string("ingested")).issuers(split(r.string("issuers"), "\\|")).build();
    }

    /**
     * Which documents a list holds: of a level, of a jurisdiction (a region slug or IRI, with its sub-regions), of a
     * year, ingested or known only from citations; a null filter holds them all.
     */
    public record DocumentFilter(String level, String jurisdiction, Integer year, Boolean inCorpus) {
        public static final DocumentFilter ALL = new DocumentFilter(null, null, null, null);
    }

    /** Documents that pass {@code filter}, {@code limit} of them from {@code offset}. */
    public List<DocumentSummary> documents(DocumentFilter filter, int offset, int limit) {
        String level = filter.level(), jurisdiction = filter.jurisdiction();
        Integer year = filter.year();
        Boolean inCorpus = filter.inCorpus();
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
                    .add(new AgencyView(r.string("asWritten"), r.string("agency"), r.string("label"), r.bool("lead"), r.string("r")));
        }
        Map<String, List<CertificateTypeRef>> certs = new LinkedHashMap<>();
        for (Row r : rows("measure-certificate-types", b, 0, MAX_ROWS)) {
            if (!paged.contains(r.string("measure"))) continue;
            certs.computeIfAbsent(r.string("measure"), k -> new ArrayList<>()).add(new CertificateTypeRef(r.string("type"),
                    r.string("notation"), r.string("label"), r.string("labelEn"), split(r.string("spellings"), "\\|"), r.string("statement")));
        }
        List<TargetView> targets = rows("targets", b, 0, MAX_ROWS).stream().filter(r -> paged.contains(r.string("measure")))
                .map(this::target).toList();
        Map<String, List<String>> targetsByMeasure = new LinkedHashMap<>();
        targets.forEach(t -> targetsByMeasure.computeIfAbsent(t.measure(), k -> new ArrayList<>()).add(t.iri()));

        Map<String, SectionView> sections = new LinkedHashMap<>();
        for (Row r : structure) {
            String measure = r.string("measure");
            MeasureView view = MeasureView.builder().iri(measure).key(measure.substring(measure.lastIndexOf('/') + 1))
                    .ordinal(r.integer("ordinal")).number(r.string("number")).heading(r.string("heading"))
                    .text(r.string("text")).start(r.integer("start")).end(r.integer("end"))
                    .noCounterpart(r.bool("noCounterpart")).agencies(agencies.getOrDefault(measure, List.of()))
                    .certificateTypes(certs.getOrDefault(measure, List.of()))
                    .targets(targetsByMeasure.getOrDefault(measure, List.of())).page(r.integer("page")).build();
            String key = r.has("section") ? r.string("section") : "";
            sections.computeIfAbsent(key, k -> new SectionView(r.integer("sectionOrdinal"), r.string("sectionNumber"),
                    r.string("sectionHeading"), new ArrayList<>())).measures().add(view);
        }
        Map<String, List<LinkView>> links = new LinkedHashMap<>();
        for (String d : List.of("cites", "citedBy", "ancestor", "descendant", "revisionOf", "revisedBy")) links.put(d, new ArrayList<>());
        for (Row r : rows("document-links", b, 0, MAX_ROWS)) {
            List<LinkView> list = links.get(r.string("direction"));
            if (list.size() >= limit) continue;
            list.add(LinkView.builder().iri(r.string("other")).label(r.string("otherLabel")).number(r.string("otherNumber"))
                    .level(r.string("otherLevel")).relation(r.string("relation")).depth(r.integer("depth"))
                    .score(r.number("score")).evidence(r.string("evidence")).inCorpus(r.bool("inCorpus"))
                    .page(r.integer("page")).jurisdiction(r.string("otherJurisdiction")).date(r.string("otherDate"))
                    .followingMeasures(0).build());
        }
        addFollowers(docIri, links.get("citedBy"), limit);
        String content = m.string("content");
        int length = content == null ? 0 : content.length();
        boolean cut = length > DocumentPage.MAX_SOURCE_TEXT;
        SourceView source = m.has("fileName") ? new SourceView(m.string("fileName"), m.string("format"), m.string("sha256"),
                m.string("address"), m.integer("pages")) : null;
        DocumentSummary summary = summary(m, docIri);
        summary = summary.toBuilder().issuers(issuers.stream().map(Ref::label).toList()).build();
        return DocumentDetail.builder().summary(summary).alternativeTitles(split(m.string("alternatives"), "\\|"))
                .issuers(issuers).jurisdictionEvidence(m.string("jurisdictionEvidence")).sourceFile(m.string("fileName"))
                .sourceText(cut ? content.substring(0, DocumentPage.MAX_SOURCE_TEXT) : content)
                .sections(new ArrayList<>(sections.values())).targets(targets).cites(links.get("cites"))
                .citedBy(links.get("citedBy")).ancestors(links.get("ancestor")).descendants(links.get("descendant"))
                .page(DocumentPage.builder().offset(offset).limit(limit).measures(counts.integer("measures"))
                        .targets(counts.integer("targets")).sourceTextLength(length).sourceTextTruncated(cut).build())
                .source(source).inForce(inForce(m.string("inForce")))
                .subjects(rows("subjects", b).stream().map(r -> new Ref(r.string("subject"), r.string("label"))).toList())
                .revisionOf(links.get("revisionOf")).revisedBy(links.get("revisedBy")).targetChanges(targetChanges(docIri)).build();
    }

    /** The target changes between this document and its other versions, from the curated query the page and /sparql share. */
    private List<TargetChangeView> targetChanges(String docIri) {
        List<TargetChangeView> out = new ArrayList<>();
        for (Row r : Rows.of(store, "queries/succession.rq", Map.of("doc", iri(docIri)))) {
            if (!r.has("targetChange")) continue;
            out.add(new TargetChangeView(r.string("change"), r.string("targetChange"), r.string("indicator"),
                    new VersionSide(r.string("earlier"), r.string("earlierTarget"), r.decimal("earlierValue"), r.string("earlierUnit"),
                            r.string("earlierDeadline")),
                    new VersionSide(r.string("later"), r.string("laterTarget"), r.decimal("laterValue"), r.string("laterUnit"),
                            r.string("laterDeadline")),
                    r.string("changeEvidence")));
        }
        return out;
    }

    /** ELI's in-force value as the API names it; none stated is unknown, never in force by default. */
    private static String inForce(String iri) {
        if (iri == null) return "unknown";
        String value = iri.substring(iri.lastIndexOf("InForce-") + "InForce-".length());
        return value.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
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
                citedBy.set(at, l.toBuilder().followingMeasures(e.getValue().size()).build());
            } else if (citedBy.size() < limit) {
                DocumentSummary d = summaryOf(e.getKey());
                citedBy.add(LinkView.builder().iri(d.iri()).label(d.label()).number(d.number()).level(d.level())
                        .relation("follows-measures").depth(1).inCorpus(d.inCorpus())
                        .jurisdiction(d.jurisdiction() == null ? null : d.jurisdiction().label())
                        .date(d.issued() != null ? d.issued() : d.earliestDate() != null ? "≥" + d.earliestDate() : null)
                        .followingMeasures(e.getValue().size()).build());
            }
        }
    }

    private static List<String> split(String s, String regex) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split(regex));
    }

    private TargetView target(Row r) {
        String t = r.string("target");
        return TargetView.builder().iri(t).key(t.substring(t.lastIndexOf('/') + 1)).doc(r.string("doc"))
                .measure(r.string("measure")).quote(r.string("quote")).indicator(r.string("indicator"))
                .indicatorLabel(r.string("indicatorLabel")).value(r.decimal("value")).upperValue(r.decimal("upperValue"))
                .unit(r.string("unit")).comparator(r.string("comparator")).aspirational(r.bool("aspirational"))
                .deadline(r.string("deadline")).scope(ref(r, "scope", "scopeLabel"))
                .changeDirection(r.string("changeDirection")).baselineYear(r.string("baselineYear"))
                .localAddition(r.bool("localAddition")).milestone(r.bool("milestone")).exact(r.string("exact"))
                .start(r.integer("start")).end(r.integer("end")).page(r.integer("page"))
                .status(CurationStatus.ofIri(r.string("status")).orElse(CurationStatus.EXTRACTED).notation()).build();
    }

    /** One target as the API shows it, or a 404 when there is none. */
    TargetView targetView(String targetIri) {
        return rows("targets", Map.of("target", iri(targetIri))).stream().map(this::target).findFirst()
                .orElseThrow(() -> new NotFoundException("no target " + targetIri));
    }

    /** A document's targets as the API shows them, by IRI. */
    Map<String, TargetView> targetsOf(String docIri) {
        Map<String, TargetView> targets = new LinkedHashMap<>();
        for (Row r : rows("targets", Map.of("doc", iri(docIri)), 0, MAX_ROWS)) targets.putIfAbsent(r.string("target"), target(r));
        return targets;
    }

    /** A target's trace up to the national documents, its parent targets, and its siblings of the same indicator. */
    public TargetLineage targetLineage(String targetIri) {
        List<Row> t = rows("targets", Map.of("target", iri(targetIri)));
        if (t.isEmpty()) throw new NotFoundException("no target " + targetIri);
        TargetView target = target(t.get(0));
        List<TraceStep> steps = Rows.of(store, "queries/trace-target.rq", Map.of("target", iri(targetIri))).stream()
                .map(r -> TraceStep.builder().step(r.integer("step")).node(r.string("node")).nodeType(r.string("nodeType"))
                        .label(r.string("label")).doc(r.string("doc")).docNumber(r.string("docNumber"))
                        .level(r.string("level")).relation(r.string("relation")).score(r.number("score"))
                        .evidence(r.string("evidence")).share(r.decimal("share")).via(r.string("via")).build())
                .toList();
        List<ParentTarget> parents = new ArrayList<>();
        for (Row r : Rows.of(store, "queries/target-lineage.rq", Map.of("child", iri(targetIri)))) {
            List<Row> p = rows("targets", Map.of("target", iri(r.string("parent"))));
            if (p.isEmpty()) continue;
            String parentDoc = r.string("parentDoc");
            String parentDocLabel = summaryOf(parentDoc).label();
            parents.add(ParentTarget.builder().parent(target(p.get(0))).parentDocument(new Ref(parentDoc, parentDocLabel))
                    .share(r.decimal("share")).inheritedUnchanged(r.bool("inheritedUnchanged"))
                    .deadlineDiffers(r.bool("deadlineDiffers")).score(r.number("score")).explanation(r.string("explanation"))
                    .method(r.string("method")).build());
        }
        List<IndicatorTarget> siblings = target.indicator() == null ? List.of() : indicator(target.indicator()).targets();
        return new TargetLineage(target, steps, parents, siblings);
    }

    public IndicatorView indicator(String indicatorIri) {
        List<IndicatorTarget> targets = rows("indicator-targets", Map.of("indicator", iri(indicatorIri))).stream()
                .map(r -> IndicatorTarget.builder().target(r.string("target"))
                        .document(new Ref(r.string("doc"), r.string("docLabel"))).level(r.string("level"))
                        .jurisdiction(ref(r, "jurisdiction", "jurisdictionLabel")).value(r.decimal("value"))
                        .unit(r.string("unit")).comparator(r.string("comparator")).deadline(r.string("deadline"))
                        .quote(r.string("quote")).localAddition(r.bool("localAddition")).parent(r.string("parent")).build())
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
                    .map(p -> PassageView.builder().text(p.string("text")).childStart(p.integer("childStart"))
                            .childEnd(p.integer("childEnd")).parentStart(p.integer("parentStart"))
                            .parentEnd(p.integer("parentEnd"))
                            .childText(quote(childContent, p.integer("childStart"), p.integer("childEnd")))
                            .parentText(quote(parentContent, p.integer("parentStart"), p.integer("parentEnd"))).build())
                    .toList();
            AlignmentView v = AlignmentView.builder().iri(r.string("alignment")).direction(r.string("direction"))
                    .measure(r.string("other")).measureLabel(r.string("otherLabel")).measureText(r.string("otherText"))
                    .doc(r.string("otherDoc")).docLabel(r.string("otherDocLabel")).score(r.number("score"))
                    .reuseCoefficient(r.number("reuseCoefficient")).methods(split(r.string("methods"), " "))
                    .explanation(r.string("explanation")).passages(passages).build();
            (v.direction().equals("parent") ? parents : children).add(v);
        }
        Row row = m.get(0);
        return MeasureAlignments.builder().iri(measureIri).label(row.string("number") + row.string("heading"))
                .text(row.string("text")).doc(row.string("doc")).docLabel(row.string("docLabel"))
                .noCounterpart(row.bool("noCounterpart")).parents(parents).children(children).build();
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
        return ConceptView.builder().iri(conceptIri).labels(labels).altLabels(split(r.string("altLabels"), "\\|"))
                .notation(r.string("notation")).jurisdiction(ref(r, "jurisdiction", "jurisdictionLabel"))
                .function(ref(r, "function", "functionLabel")).mentions(mentions).peers(List.of()).build();
    }

    public ConceptView agency(String agencyIri) {
        List<Mention> mentions = rows("agency", Map.of("agency", iri(agencyIri))).stream()
                .map(r -> Mention.builder().role(r.string("role")).item(new Ref(r.string("item"), r.string("itemLabel")))
                        .document(new Ref(r.string("doc"), r.string("docLabel"))).level(r.string("level"))
                        .lead(r.has("lead") ? r.bool("lead") : null).build())
                .toList();
        ConceptView c = concept(agencyIri, mentions);
        List<Peer> peers = rows("agency-peers", Map.of("agency", iri(agencyIri))).stream()
                .map(r -> new Peer(new Ref(r.string("peer"), r.string("label")), ref(r, "jurisdiction", "jurisdictionLabel"),
                        r.string("regionLevel"), r.integer("measures")))
                .toList();
        return c.toBuilder().peers(peers).build();
    }

    /** Every alignment of a document's measures, both ways, in one answer (no passages). */
    public List<DocumentAlignment> documentAlignments(String docIri, int offset, int limit) {
        return rows("document-alignments", Map.of("doc", iri(docIri)), offset, limit).stream()
                .map(r -> DocumentAlignment.builder().measure(r.string("measure")).measureLabel(r.string("measureLabel"))
                        .direction(r.string("direction")).other(r.string("other")).otherLabel(r.string("otherLabel"))
                        .otherDoc(r.string("otherDoc")).otherDocLabel(r.string("otherDocLabel")).score(r.number("score"))
                        .reuseCoefficient(r.number("reuseCoefficient")).methods(split(r.string("methods"), " ")).build())
                .toList();
    }

    public ConceptView certificateType(String typeIri) {
        List<Mention> mentions = rows("certificate-type", Map.of("type", iri(typeIri))).stream()
                .map(r -> Mention.builder().role(r.string("role")).item(new Ref(r.string("item"), r.string("itemLabel")))
                        .document(new Ref(r.string("doc"), r.string("docLabel"))).level(r.string("level"))
                        .value(r.decimal("value")).unit(r.string("unit")).deadline(r.string("deadline")).build())
                .toList();
        return concept(typeIri, mentions);
    }

    /** The certificate types a document names and the indicators of its targets, as search facets read them. */
    /** The search facets of each document named (certificate types, indicators, region), in one query, by document IRI. */
    Map<String, List<Row>> documentFacets(Collection<String> docIris) {
        Map<String, List<Row>> found = new LinkedHashMap<>();
        for (Row r : rowsForEach("document-facets", "doc", docIris)) found.computeIfAbsent(r.string("doc"), k -> new ArrayList<>()).add(r);
        return found;
    }

    /** The summaries of the documents named that are stored (ingested or cited), in the order named, in one query. */
    public List<DocumentSummary> summariesOf(List<String> docIris) {
        Map<String, DocumentSummary> found = summariesByIri(docIris);
        return docIris.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The summaries of the stored documents among those named, by IRI, in one query. */
    Map<String, DocumentSummary> summariesByIri(Collection<String> docIris) {
        Map<String, DocumentSummary> found = new LinkedHashMap<>();
        for (Row r : rowsForEach("documents", "doc", docIris)) found.put(r.string("doc"), summary(r, r.string("doc")));
        return found;
    }

    /** A query answered once for many values of one parameter (a VALUES block of a row each). */
    private List<Row> rowsForEach(String query, String name, Collection<String> iris) {
        if (iris.isEmpty()) return List.of();
        List<Node> values = iris.stream().distinct().map(ApiQueries::iri).toList();
        return Rows.of(store.select(QueryParameters.bindEach(Sparql.query("sparql/api/" + query + ".rq"), name, values)));
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
        return new Overview(iris.base(), counts, documents(DocumentFilter.ALL, 0, Integer.MAX_VALUE));
    }

    public List<CuratedQueryView> queries() {
        return QueryLibrary.bundled().all().stream()
                .map((CuratedQuery q) -> new CuratedQueryView(q.name(), q.summary(), q.description(), q.text(),
                        Map.of("en", q.summary(), "zh", q.summaryZh()),
                        Map.of("en", q.description(), "zh", q.descriptionZh().isEmpty() ? q.description() : q.descriptionZh())))
                .toList();
    }
}
