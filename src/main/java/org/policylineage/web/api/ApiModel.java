package org.policylineage.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the REST API. */
public final class ApiModel {
    private ApiModel() {}

    /** A link to another resource, with the label to show for it. */
    public record Ref(String iri, String label) {}

    /**
     * A document in a list; {@code path} is its IRI's path under /id/doc/ (su-zheng-ban-fa/2022/21), as in
     * /api/documents/{path}; {@code issuers}: the names of the agencies that issued it, so that similar titles tell apart.
     */
    public record DocumentSummary(String iri, String path, String number, String title, String label, String issued,
                                  String earliestDate, String level, Ref jurisdiction, String status, boolean inCorpus,
                                  List<String> kinds, String ingested, List<String> issuers) {}

    /**
     * A document with its text laid out by section and measure, its targets and its links both ways:
     * one page of its measures (with their targets), at most {@code limit} links each way, and at most
     * {@link DocumentPage#MAX_SOURCE_TEXT} characters of its source text; {@code page} says how much there is.
     */
    public record DocumentDetail(DocumentSummary summary, List<String> alternativeTitles, List<Ref> issuers,
                                 String jurisdictionEvidence, String sourceFile, String sourceText,
                                 List<SectionView> sections, List<TargetView> targets,
                                 List<LinkView> cites, List<LinkView> citedBy, List<LinkView> ancestors, List<LinkView> descendants,
                                 DocumentPage page, SourceView source) {}

    /**
     * The file a document was read from: name, media type, SHA-256 of its bytes, the address it is served at, and how
     * many pages it has (0 for a format without pages); null for a document known only from citations.
     */
    public record SourceView(String fileName, String mediaType, String sha256, String address, int pages) {}

    /**
     * Which part of a document an answer holds: measures {@code offset} to {@code offset + limit} of
     * {@code measures}, the targets of those measures (of {@code targets}), and whether the source text
     * was cut to {@link #MAX_SOURCE_TEXT} characters of its {@code sourceTextLength}.
     */
    public record DocumentPage(int offset, int limit, int measures, int targets, int sourceTextLength, boolean sourceTextTruncated) {
        public static final int MAX_SOURCE_TEXT = 200_000;
    }

    public record SectionView(Integer ordinal, String number, String heading, List<MeasureView> measures) {}

    /** A measure; {@code page}: the page of the source file it starts on, null when the file has no pages. */
    public record MeasureView(String iri, String key, int ordinal, String number, String heading, String text,
                              int start, int end, boolean noCounterpart, List<AgencyView> agencies,
                              List<CertificateTypeRef> certificateTypes, List<String> targets, Integer page) {}

    public record AgencyView(String asWritten, String iri, String label, boolean lead) {}

    /** A certificate type, with every spelling the text may use (for highlighting in place). */
    public record CertificateTypeRef(String iri, String notation, String label, String labelEn, List<String> spellings) {}

    /** A target; {@code page}: the page of its document's source file the quote starts on, null when the file has no pages. */
    public record TargetView(String iri, String key, String doc, String measure, String quote, String indicator,
                             String indicatorLabel, BigDecimal value, BigDecimal upperValue, String unit, String comparator,
                             boolean aspirational, String deadline, Ref scope, String changeDirection, String baselineYear,
                             boolean localAddition, boolean milestone, String exact, int start, int end, Integer page,
                             String status) {}

    /**
     * A link between documents: a citation (or, in citedBy, a document whose {@code followingMeasures} measures follow this
     * one's without citing it) (cites, citedBy) or a closure entry (ancestor, descendant); for a citation
     * in a paged source file, {@code page} is the page of the citing document its quote ({@code evidence}) is on.
     */
    public record LinkView(String iri, String label, String number, String level, String relation, Integer depth,
                           Double score, String evidence, boolean inCorpus, Integer page, String jurisdiction, String date,
                           int followingMeasures) {}

    /**
     * A shared passage: its words, where they stand in the child's and the parent's source file (code points), and the
     * words at those places on each side, as each document has them.
     */
    public record PassageView(String text, int childStart, int childEnd, int parentStart, int parentEnd,
                              String childText, String parentText) {}

    public record AlignmentView(String iri, String direction, String measure, String measureLabel, String measureText,
                                String doc, String docLabel, double score, double reuseCoefficient, List<String> methods,
                                String explanation, List<PassageView> passages) {}

    public record MeasureAlignments(String iri, String label, String text, String doc, String docLabel, boolean noCounterpart,
                                    List<AlignmentView> parents, List<AlignmentView> children) {}

    /** One step of a target's trace (see queries/trace-target.rq). */
    public record TraceStep(int step, String node, String nodeType, String label, String doc, String docNumber, String level,
                            String relation, Double score, String evidence, BigDecimal share, String via) {}

    public record TargetLineage(TargetView target, List<TraceStep> steps, List<ParentTarget> parents, List<IndicatorTarget> siblings) {}

    public record ParentTarget(TargetView parent, Ref parentDocument, BigDecimal share, boolean inheritedUnchanged,
                               boolean deadlineDiffers, double score, String explanation, String method) {}

    public record IndicatorTarget(String target, Ref document, String level, Ref jurisdiction, BigDecimal value, String unit,
                                  String comparator, String deadline, String quote, boolean localAddition, String parent) {}

    public record IndicatorView(String iri, String label, List<IndicatorTarget> targets) {}

    /** @param peers for an agency: the agencies of the same function in other jurisdictions */
    public record ConceptView(String iri, Map<String, String> labels, List<String> altLabels, String notation, Ref jurisdiction,
                              Ref function, List<Mention> mentions, List<Peer> peers) {}

    /** An agency of the same function elsewhere, and how many measures it answers for. */
    public record Peer(Ref agency, Ref jurisdiction, String level, int measures) {}

    /** One alignment of a document's measure, either way: the measure it follows, or one that follows it. */
    public record DocumentAlignment(String measure, String measureLabel, String direction, String other, String otherLabel,
                                    String otherDoc, String otherDocLabel, double score, double reuseCoefficient, List<String> methods) {}

    /** Where an agency or a certificate type appears: a document it issued, a measure, a target. */
    public record Mention(String role, Ref item, Ref document, String level, Boolean lead, BigDecimal value, String unit, String deadline) {}

    public record Overview(String baseIri, Map<String, Long> counts, List<DocumentSummary> documents) {}

    /** A search result: what matched, the text around the words found, and the document it belongs to (文号, issuers, region, date). */
    public record SearchHit(String iri, String type, String label, String snippet, DocumentSummary document, double score) {}

    /** One value of a search facet (a level, region, year or kind) and how many results have it. */
    public record FacetValue(String value, String label, int count) {}

    /**
     * A page of search results: the words the query was split into (to mark them), the results after the filters,
     * how many matched, and the facets with their counts (each counted with the other filters applied).
     */
    public record SearchResults(String query, List<String> terms, int total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {}

    public record CuratedQueryView(String name, String summary, String description, String text) {}

    /** A resolved 文号: what was typed, the number read, how it was read (spelling codes and the part each concerns), the document. */
    public record Resolution(String query, String number, List<ReadingNote> reading, DocumentSummary document) {}

    public record ReadingNote(String spelling, String detail) {}


    /**
     * A curator's correction: {@code action} (confirm, reject, edit, add) on the fact {@code target} (of {@code kind}), read
     * from the words {@code quote} when it was made; the values set, the reason ({@code note}), who and when, what it
     * replaced; {@code appliesTo} the fact it applies to now, or {@code orphaned} when that is no longer stored.
     */
    public record CorrectionView(String iri, String action, String kind, String target, String quote, Map<String, String> values,
                                 String note, String curator, String time, List<Replaced> replaced, String appliesTo, boolean orphaned) {}

    /** A statement a correction superseded, as it was stored. */
    public record Replaced(String predicate, String object) {}

    /** What a correction asks: {@code kind} only to add (citation); {@code values} by field name for an edit or an addition. */
    public record CorrectionInput(String action, String kind, String target, Map<String, String> values, String note) {}

    /** What an import did: corrections in the file, how many were new to the store, how many it held already. */
    public record ImportResult(int read, int added, int unchanged) {}

    /** A computed link no curator has judged yet, lowest score first: its two ends and why it was made. */
    public record ReviewItem(String iri, String kind, double score, Ref child, Ref parent, String childDoc, String parentDoc,
                             String explanation) {}
}
