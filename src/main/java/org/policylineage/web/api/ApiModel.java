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
                                  List<String> kinds, String ingested, List<String> issuers) {
        /** A builder holding this view's values, to change some of them. */
        public Builder toBuilder() {
            return new Builder().iri(iri).path(path).number(number).title(title).label(label).issued(issued)
                    .earliestDate(earliestDate).level(level).jurisdiction(jurisdiction).status(status).inCorpus(inCorpus)
                    .kinds(kinds).ingested(ingested).issuers(issuers);
        }

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String path;
            private String number;
            private String title;
            private String label;
            private String issued;
            private String earliestDate;
            private String level;
            private Ref jurisdiction;
            private String status;
            private boolean inCorpus;
            private List<String> kinds;
            private String ingested;
            private List<String> issuers;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder path(String path) {
                this.path = path;
                return this;
            }

            public Builder number(String number) {
                this.number = number;
                return this;
            }

            public Builder title(String title) {
                this.title = title;
                return this;
            }

            public Builder label(String label) {
                this.label = label;
                return this;
            }

            public Builder issued(String issued) {
                this.issued = issued;
                return this;
            }

            public Builder earliestDate(String earliestDate) {
                this.earliestDate = earliestDate;
                return this;
            }

            public Builder level(String level) {
                this.level = level;
                return this;
            }

            public Builder jurisdiction(Ref jurisdiction) {
                this.jurisdiction = jurisdiction;
                return this;
            }

            public Builder status(String status) {
                this.status = status;
                return this;
            }

            public Builder inCorpus(boolean inCorpus) {
                this.inCorpus = inCorpus;
                return this;
            }

            public Builder kinds(List<String> kinds) {
                this.kinds = kinds;
                return this;
            }

            public Builder ingested(String ingested) {
                this.ingested = ingested;
                return this;
            }

            public Builder issuers(List<String> issuers) {
                this.issuers = issuers;
                return this;
            }

            public DocumentSummary build() {
                return new DocumentSummary(iri, path, number, title, label, issued, earliestDate, level, jurisdiction, status,
                        inCorpus, kinds, ingested, issuers);
            }
        }
    }

    /**
     * A document with its text laid out by section and measure, its targets and its links both ways:
     * one page of its measures (with their targets), at most {@code limit} links each way, and at most
     * {@link DocumentPage#MAX_SOURCE_TEXT} characters of its source text; {@code page} says how much there is.
     * {@code inForce}: {@code not-in-force} when an ingested issued document repeals it, {@code in-force} or
     * {@code partially-in-force} only where the data states so, else {@code unknown} (a repeal by a document not ingested
     * cannot be seen); {@code subjects}: the certificate types it is about; {@code revisionOf} / {@code revisedBy}: the
     * draft it was issued from, the issued document it became.
     */
    public record DocumentDetail(DocumentSummary summary, List<String> alternativeTitles, List<Ref> issuers,
                                 String jurisdictionEvidence, String sourceFile, String sourceText,
                                 List<SectionView> sections, List<TargetView> targets,
                                 List<LinkView> cites, List<LinkView> citedBy, List<LinkView> ancestors, List<LinkView> descendants,
                                 DocumentPage page, SourceView source, String inForce, List<Ref> subjects,
                                 List<LinkView> revisionOf, List<LinkView> revisedBy, List<TargetChangeView> targetChanges) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private DocumentSummary summary;
            private List<String> alternativeTitles;
            private List<Ref> issuers;
            private String jurisdictionEvidence;
            private String sourceFile;
            private String sourceText;
            private List<SectionView> sections;
            private List<TargetView> targets;
            private List<LinkView> cites;
            private List<LinkView> citedBy;
            private List<LinkView> ancestors;
            private List<LinkView> descendants;
            private DocumentPage page;
            private SourceView source;
            private String inForce;
            private List<Ref> subjects;
            private List<LinkView> revisionOf;
            private List<LinkView> revisedBy;
            private List<TargetChangeView> targetChanges;

            private Builder() {}

            public Builder targetChanges(List<TargetChangeView> targetChanges) {
                this.targetChanges = targetChanges;
                return this;
            }

            public Builder inForce(String inForce) {
                this.inForce = inForce;
                return this;
            }

            public Builder subjects(List<Ref> subjects) {
                this.subjects = subjects;
                return this;
            }

            public Builder revisionOf(List<LinkView> revisionOf) {
                this.revisionOf = revisionOf;
                return this;
            }

            public Builder revisedBy(List<LinkView> revisedBy) {
                this.revisedBy = revisedBy;
                return this;
            }

            public Builder summary(DocumentSummary summary) {
                this.summary = summary;
                return this;
            }

            public Builder alternativeTitles(List<String> alternativeTitles) {
                this.alternativeTitles = alternativeTitles;
                return this;
            }

            public Builder issuers(List<Ref> issuers) {
                this.issuers = issuers;
                return this;
            }

            public Builder jurisdictionEvidence(String jurisdictionEvidence) {
                this.jurisdictionEvidence = jurisdictionEvidence;
                return this;
            }

            public Builder sourceFile(String sourceFile) {
                this.sourceFile = sourceFile;
                return this;
            }

            public Builder sourceText(String sourceText) {
                this.sourceText = sourceText;
                return this;
            }

            public Builder sections(List<SectionView> sections) {
                this.sections = sections;
                return this;
            }

            public Builder targets(List<TargetView> targets) {
                this.targets = targets;
                return this;
            }

            public Builder cites(List<LinkView> cites) {
                this.cites = cites;
                return this;
            }

            public Builder citedBy(List<LinkView> citedBy) {
                this.citedBy = citedBy;
                return this;
            }

            public Builder ancestors(List<LinkView> ancestors) {
                this.ancestors = ancestors;
                return this;
            }

            public Builder descendants(List<LinkView> descendants) {
                this.descendants = descendants;
                return this;
            }

            public Builder page(DocumentPage page) {
                this.page = page;
                return this;
            }

            public Builder source(SourceView source) {
                this.source = source;
                return this;
            }

            public DocumentDetail build() {
                return new DocumentDetail(summary, alternativeTitles, issuers, jurisdictionEvidence, sourceFile, sourceText,
                        sections, targets, cites, citedBy, ancestors, descendants, page, source, inForce, subjects, revisionOf, revisedBy,
                        targetChanges);
            }
        }
    }

    /**
     * How one target differs between two versions this document is one of (a draft and its issued document, a repealed
     * document and its replacement, an earlier plan and its continuation): {@code succession} says which (revision-of-draft,
     * repeals, amends, continues), {@code kind} how the target changed (raised, lowered, unchanged, restated, added,
     * dropped), each side its document and, unless added or dropped, its target; {@code evidence} how the two were paired.
     */
    public record TargetChangeView(String succession, String kind, String indicator, VersionSide earlier, VersionSide later,
                                   String evidence) {}

    /** One version's side of a target change: the document, and its target's IRI, value, unit and deadline (null when it has none). */
    public record VersionSide(String document, String target, BigDecimal value, String unit, String deadline) {}

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

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private int offset;
            private int limit;
            private int measures;
            private int targets;
            private int sourceTextLength;
            private boolean sourceTextTruncated;

            private Builder() {}

            public Builder offset(int offset) {
                this.offset = offset;
                return this;
            }

            public Builder limit(int limit) {
                this.limit = limit;
                return this;
            }

            public Builder measures(int measures) {
                this.measures = measures;
                return this;
            }

            public Builder targets(int targets) {
                this.targets = targets;
                return this;
            }

            public Builder sourceTextLength(int sourceTextLength) {
                this.sourceTextLength = sourceTextLength;
                return this;
            }

            public Builder sourceTextTruncated(boolean sourceTextTruncated) {
                this.sourceTextTruncated = sourceTextTruncated;
                return this;
            }

            public DocumentPage build() {
                return new DocumentPage(offset, limit, measures, targets, sourceTextLength, sourceTextTruncated);
            }
        }
    }

    public record SectionView(Integer ordinal, String number, String heading, List<MeasureView> measures) {}

    /** A measure; {@code page}: the page of the source file it starts on, null when the file has no pages. */
    public record MeasureView(String iri, String key, int ordinal, String number, String heading, String text,
                              int start, int end, boolean noCounterpart, List<AgencyView> agencies,
                              List<CertificateTypeRef> certificateTypes, List<String> targets, Integer page) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String key;
            private int ordinal;
            private String number;
            private String heading;
            private String text;
            private int start;
            private int end;
            private boolean noCounterpart;
            private List<AgencyView> agencies;
            private List<CertificateTypeRef> certificateTypes;
            private List<String> targets;
            private Integer page;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder key(String key) {
                this.key = key;
                return this;
            }

            public Builder ordinal(int ordinal) {
                this.ordinal = ordinal;
                return this;
            }

            public Builder number(String number) {
                this.number = number;
                return this;
            }

            public Builder heading(String heading) {
                this.heading = heading;
                return this;
            }

            public Builder text(String text) {
                this.text = text;
                return this;
            }

            public Builder start(int start) {
                this.start = start;
                return this;
            }

            public Builder end(int end) {
                this.end = end;
                return this;
            }

            public Builder noCounterpart(boolean noCounterpart) {
                this.noCounterpart = noCounterpart;
                return this;
            }

            public Builder agencies(List<AgencyView> agencies) {
                this.agencies = agencies;
                return this;
            }

            public Builder certificateTypes(List<CertificateTypeRef> certificateTypes) {
                this.certificateTypes = certificateTypes;
                return this;
            }

            public Builder targets(List<String> targets) {
                this.targets = targets;
                return this;
            }

            public Builder page(Integer page) {
                this.page = page;
                return this;
            }

            public MeasureView build() {
                return new MeasureView(iri, key, ordinal, number, heading, text, start, end, noCounterpart, agencies,
                        certificateTypes, targets, page);
            }
        }
    }

    /** {@code responsibility}: the IRI of the measure's naming of the agency, what a curator rejects. */
    public record AgencyView(String asWritten, String iri, String label, boolean lead, String responsibility) {}

    /** A certificate type, with every spelling the text may use (for highlighting in place). */
    /** {@code statement}: the IRI of the statement that the measure names the type, what a curator rejects (null outside a measure). */
    public record CertificateTypeRef(String iri, String notation, String label, String labelEn, List<String> spellings, String statement) {}

    /** A target; {@code page}: the page of its document's source file the quote starts on, null when the file has no pages. */
    public record TargetView(String iri, String key, String doc, String measure, String quote, String indicator,
                             String indicatorLabel, BigDecimal value, BigDecimal upperValue, String unit, String comparator,
                             boolean aspirational, String deadline, Ref scope, String changeDirection, String baselineYear,
                             boolean localAddition, boolean milestone, String exact, int start, int end, Integer page,
                             String status) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String key;
            private String doc;
            private String measure;
            private String quote;
            private String indicator;
            private String indicatorLabel;
            private BigDecimal value;
            private BigDecimal upperValue;
            private String unit;
            private String comparator;
            private boolean aspirational;
            private String deadline;
            private Ref scope;
            private String changeDirection;
            private String baselineYear;
            private boolean localAddition;
            private boolean milestone;
            private String exact;
            private int start;
            private int end;
            private Integer page;
            private String status;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder key(String key) {
                this.key = key;
                return this;
            }

            public Builder doc(String doc) {
                this.doc = doc;
                return this;
            }

            public Builder measure(String measure) {
                this.measure = measure;
                return this;
            }

            public Builder quote(String quote) {
                this.quote = quote;
                return this;
            }

            public Builder indicator(String indicator) {
                this.indicator = indicator;
                return this;
            }

            public Builder indicatorLabel(String indicatorLabel) {
                this.indicatorLabel = indicatorLabel;
                return this;
            }

            public Builder value(BigDecimal value) {
                this.value = value;
                return this;
            }

            public Builder upperValue(BigDecimal upperValue) {
                this.upperValue = upperValue;
                return this;
            }

            public Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            public Builder comparator(String comparator) {
                this.comparator = comparator;
                return this;
            }

            public Builder aspirational(boolean aspirational) {
                this.aspirational = aspirational;
                return this;
            }

            public Builder deadline(String deadline) {
                this.deadline = deadline;
                return this;
            }

            public Builder scope(Ref scope) {
                this.scope = scope;
                return this;
            }

            public Builder changeDirection(String changeDirection) {
                this.changeDirection = changeDirection;
                return this;
            }

            public Builder baselineYear(String baselineYear) {
                this.baselineYear = baselineYear;
                return this;
            }

            public Builder localAddition(boolean localAddition) {
                this.localAddition = localAddition;
                return this;
            }

            public Builder milestone(boolean milestone) {
                this.milestone = milestone;
                return this;
            }

            public Builder exact(String exact) {
                this.exact = exact;
                return this;
            }

            public Builder start(int start) {
                this.start = start;
                return this;
            }

            public Builder end(int end) {
                this.end = end;
                return this;
            }

            public Builder page(Integer page) {
                this.page = page;
                return this;
            }

            public Builder status(String status) {
                this.status = status;
                return this;
            }

            public TargetView build() {
                return new TargetView(iri, key, doc, measure, quote, indicator, indicatorLabel, value, upperValue, unit,
                        comparator, aspirational, deadline, scope, changeDirection, baselineYear, localAddition, milestone, exact,
                        start, end, page, status);
            }
        }
    }

    /**
     * A link between documents: a citation (or, in citedBy, a document whose {@code followingMeasures} measures follow this
     * one's without citing it) (cites, citedBy) or a closure entry (ancestor, descendant); for a citation
     * in a paged source file, {@code page} is the page of the citing document its quote ({@code evidence}) is on.
     */
    public record LinkView(String iri, String label, String number, String level, String relation, Integer depth,
                           Double score, String evidence, boolean inCorpus, Integer page, String jurisdiction, String date,
                           int followingMeasures) {
        /** A builder holding this view's values, to change some of them. */
        public Builder toBuilder() {
            return new Builder().iri(iri).label(label).number(number).level(level).relation(relation).depth(depth)
                    .score(score).evidence(evidence).inCorpus(inCorpus).page(page).jurisdiction(jurisdiction).date(date)
                    .followingMeasures(followingMeasures);
        }

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String label;
            private String number;
            private String level;
            private String relation;
            private Integer depth;
            private Double score;
            private String evidence;
            private boolean inCorpus;
            private Integer page;
            private String jurisdiction;
            private String date;
            private int followingMeasures;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder label(String label) {
                this.label = label;
                return this;
            }

            public Builder number(String number) {
                this.number = number;
                return this;
            }

            public Builder level(String level) {
                this.level = level;
                return this;
            }

            public Builder relation(String relation) {
                this.relation = relation;
                return this;
            }

            public Builder depth(Integer depth) {
                this.depth = depth;
                return this;
            }

            public Builder score(Double score) {
                this.score = score;
                return this;
            }

            public Builder evidence(String evidence) {
                this.evidence = evidence;
                return this;
            }

            public Builder inCorpus(boolean inCorpus) {
                this.inCorpus = inCorpus;
                return this;
            }

            public Builder page(Integer page) {
                this.page = page;
                return this;
            }

            public Builder jurisdiction(String jurisdiction) {
                this.jurisdiction = jurisdiction;
                return this;
            }

            public Builder date(String date) {
                this.date = date;
                return this;
            }

            public Builder followingMeasures(int followingMeasures) {
                this.followingMeasures = followingMeasures;
                return this;
            }

            public LinkView build() {
                return new LinkView(iri, label, number, level, relation, depth, score, evidence, inCorpus, page, jurisdiction,
                        date, followingMeasures);
            }
        }
    }

    /**
     * A shared passage: its words, where they stand in the child's and the parent's source file (code points), and the
     * words at those places on each side, as each document has them.
     */
    public record PassageView(String text, int childStart, int childEnd, int parentStart, int parentEnd,
                              String childText, String parentText) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String text;
            private int childStart;
            private int childEnd;
            private int parentStart;
            private int parentEnd;
            private String childText;
            private String parentText;

            private Builder() {}

            public Builder text(String text) {
                this.text = text;
                return this;
            }

            public Builder childStart(int childStart) {
                this.childStart = childStart;
                return this;
            }

            public Builder childEnd(int childEnd) {
                this.childEnd = childEnd;
                return this;
            }

            public Builder parentStart(int parentStart) {
                this.parentStart = parentStart;
                return this;
            }

            public Builder parentEnd(int parentEnd) {
                this.parentEnd = parentEnd;
                return this;
            }

            public Builder childText(String childText) {
                this.childText = childText;
                return this;
            }

            public Builder parentText(String parentText) {
                this.parentText = parentText;
                return this;
            }

            public PassageView build() {
                return new PassageView(text, childStart, childEnd, parentStart, parentEnd, childText, parentText);
            }
        }
    }

    public record AlignmentView(String iri, String direction, String measure, String measureLabel, String measureText,
                                String doc, String docLabel, double score, double reuseCoefficient, List<String> methods,
                                String explanation, List<PassageView> passages) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String direction;
            private String measure;
            private String measureLabel;
            private String measureText;
            private String doc;
            private String docLabel;
            private double score;
            private double reuseCoefficient;
            private List<String> methods;
            private String explanation;
            private List<PassageView> passages;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder direction(String direction) {
                this.direction = direction;
                return this;
            }

            public Builder measure(String measure) {
                this.measure = measure;
                return this;
            }

            public Builder measureLabel(String measureLabel) {
                this.measureLabel = measureLabel;
                return this;
            }

            public Builder measureText(String measureText) {
                this.measureText = measureText;
                return this;
            }

            public Builder doc(String doc) {
                this.doc = doc;
                return this;
            }

            public Builder docLabel(String docLabel) {
                this.docLabel = docLabel;
                return this;
            }

            public Builder score(double score) {
                this.score = score;
                return this;
            }

            public Builder reuseCoefficient(double reuseCoefficient) {
                this.reuseCoefficient = reuseCoefficient;
                return this;
            }

            public Builder methods(List<String> methods) {
                this.methods = methods;
                return this;
            }

            public Builder explanation(String explanation) {
                this.explanation = explanation;
                return this;
            }

            public Builder passages(List<PassageView> passages) {
                this.passages = passages;
                return this;
            }

            public AlignmentView build() {
                return new AlignmentView(iri, direction, measure, measureLabel, measureText, doc, docLabel, score,
                        reuseCoefficient, methods, explanation, passages);
            }
        }
    }

    public record MeasureAlignments(String iri, String label, String text, String doc, String docLabel, boolean noCounterpart,
                                    List<AlignmentView> parents, List<AlignmentView> children) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String label;
            private String text;
            private String doc;
            private String docLabel;
            private boolean noCounterpart;
            private List<AlignmentView> parents;
            private List<AlignmentView> children;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder label(String label) {
                this.label = label;
                return this;
            }

            public Builder text(String text) {
                this.text = text;
                return this;
            }

            public Builder doc(String doc) {
                this.doc = doc;
                return this;
            }

            public Builder docLabel(String docLabel) {
                this.docLabel = docLabel;
                return this;
            }

            public Builder noCounterpart(boolean noCounterpart) {
                this.noCounterpart = noCounterpart;
                return this;
            }

            public Builder parents(List<AlignmentView> parents) {
                this.parents = parents;
                return this;
            }

            public Builder children(List<AlignmentView> children) {
                this.children = children;
                return this;
            }

            public MeasureAlignments build() {
                return new MeasureAlignments(iri, label, text, doc, docLabel, noCounterpart, parents, children);
            }
        }
    }

    /** One step of a target's trace (see queries/trace-target.rq). */
    public record TraceStep(int step, String node, String nodeType, String label, String doc, String docNumber, String level,
                            String relation, Double score, String evidence, BigDecimal share, String via) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private int step;
            private String node;
            private String nodeType;
            private String label;
            private String doc;
            private String docNumber;
            private String level;
            private String relation;
            private Double score;
            private String evidence;
            private BigDecimal share;
            private String via;

            private Builder() {}

            public Builder step(int step) {
                this.step = step;
                return this;
            }

            public Builder node(String node) {
                this.node = node;
                return this;
            }

            public Builder nodeType(String nodeType) {
                this.nodeType = nodeType;
                return this;
            }

            public Builder label(String label) {
                this.label = label;
                return this;
            }

            public Builder doc(String doc) {
                this.doc = doc;
                return this;
            }

            public Builder docNumber(String docNumber) {
                this.docNumber = docNumber;
                return this;
            }

            public Builder level(String level) {
                this.level = level;
                return this;
            }

            public Builder relation(String relation) {
                this.relation = relation;
                return this;
            }

            public Builder score(Double score) {
                this.score = score;
                return this;
            }

            public Builder evidence(String evidence) {
                this.evidence = evidence;
                return this;
            }

            public Builder share(BigDecimal share) {
                this.share = share;
                return this;
            }

            public Builder via(String via) {
                this.via = via;
                return this;
            }

            public TraceStep build() {
                return new TraceStep(step, node, nodeType, label, doc, docNumber, level, relation, score, evidence, share, via);
            }
        }
    }

    public record TargetLineage(TargetView target, List<TraceStep> steps, List<ParentTarget> parents, List<IndicatorTarget> siblings) {}

    public record ParentTarget(TargetView parent, Ref parentDocument, BigDecimal share, boolean inheritedUnchanged,
                               boolean deadlineDiffers, double score, String explanation, String method) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private TargetView parent;
            private Ref parentDocument;
            private BigDecimal share;
            private boolean inheritedUnchanged;
            private boolean deadlineDiffers;
            private double score;
            private String explanation;
            private String method;

            private Builder() {}

            public Builder parent(TargetView parent) {
                this.parent = parent;
                return this;
            }

            public Builder parentDocument(Ref parentDocument) {
                this.parentDocument = parentDocument;
                return this;
            }

            public Builder share(BigDecimal share) {
                this.share = share;
                return this;
            }

            public Builder inheritedUnchanged(boolean inheritedUnchanged) {
                this.inheritedUnchanged = inheritedUnchanged;
                return this;
            }

            public Builder deadlineDiffers(boolean deadlineDiffers) {
                this.deadlineDiffers = deadlineDiffers;
                return this;
            }

            public Builder score(double score) {
                this.score = score;
                return this;
            }

            public Builder explanation(String explanation) {
                this.explanation = explanation;
                return this;
            }

            public Builder method(String method) {
                this.method = method;
                return this;
            }

            public ParentTarget build() {
                return new ParentTarget(parent, parentDocument, share, inheritedUnchanged, deadlineDiffers, score, explanation,
                        method);
            }
        }
    }

    public record IndicatorTarget(String target, Ref document, String level, Ref jurisdiction, BigDecimal value, String unit,
                                  String comparator, String deadline, String quote, boolean localAddition, String parent) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String target;
            private Ref document;
            private String level;
            private Ref jurisdiction;
            private BigDecimal value;
            private String unit;
            private String comparator;
            private String deadline;
            private String quote;
            private boolean localAddition;
            private String parent;

            private Builder() {}

            public Builder target(String target) {
                this.target = target;
                return this;
            }

            public Builder document(Ref document) {
                this.document = document;
                return this;
            }

            public Builder level(String level) {
                this.level = level;
                return this;
            }

            public Builder jurisdiction(Ref jurisdiction) {
                this.jurisdiction = jurisdiction;
                return this;
            }

            public Builder value(BigDecimal value) {
                this.value = value;
                return this;
            }

            public Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            public Builder comparator(String comparator) {
                this.comparator = comparator;
                return this;
            }

            public Builder deadline(String deadline) {
                this.deadline = deadline;
                return this;
            }

            public Builder quote(String quote) {
                this.quote = quote;
                return this;
            }

            public Builder localAddition(boolean localAddition) {
                this.localAddition = localAddition;
                return this;
            }

            public Builder parent(String parent) {
                this.parent = parent;
                return this;
            }

            public IndicatorTarget build() {
                return new IndicatorTarget(target, document, level, jurisdiction, value, unit, comparator, deadline, quote,
                        localAddition, parent);
            }
        }
    }

    public record IndicatorView(String iri, String label, List<IndicatorTarget> targets) {}

    /** @param peers for an agency: the agencies of the same function in other jurisdictions */
    public record ConceptView(String iri, Map<String, String> labels, List<String> altLabels, String notation, Ref jurisdiction,
                              Ref function, List<Mention> mentions, List<Peer> peers) {
        /** A builder holding this view's values, to change some of them. */
        public Builder toBuilder() {
            return new Builder().iri(iri).labels(labels).altLabels(altLabels).notation(notation).jurisdiction(jurisdiction)
                    .function(function).mentions(mentions).peers(peers);
        }

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private Map<String, String> labels;
            private List<String> altLabels;
            private String notation;
            private Ref jurisdiction;
            private Ref function;
            private List<Mention> mentions;
            private List<Peer> peers;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder labels(Map<String, String> labels) {
                this.labels = labels;
                return this;
            }

            public Builder altLabels(List<String> altLabels) {
                this.altLabels = altLabels;
                return this;
            }

            public Builder notation(String notation) {
                this.notation = notation;
                return this;
            }

            public Builder jurisdiction(Ref jurisdiction) {
                this.jurisdiction = jurisdiction;
                return this;
            }

            public Builder function(Ref function) {
                this.function = function;
                return this;
            }

            public Builder mentions(List<Mention> mentions) {
                this.mentions = mentions;
                return this;
            }

            public Builder peers(List<Peer> peers) {
                this.peers = peers;
                return this;
            }

            public ConceptView build() {
                return new ConceptView(iri, labels, altLabels, notation, jurisdiction, function, mentions, peers);
            }
        }
    }

    /** An agency of the same function elsewhere, and how many measures it answers for. */
    public record Peer(Ref agency, Ref jurisdiction, String level, int measures) {}

    /** One alignment of a document's measure, either way: the measure it follows, or one that follows it. */
    public record DocumentAlignment(String measure, String measureLabel, String direction, String other, String otherLabel,
                                    String otherDoc, String otherDocLabel, double score, double reuseCoefficient, List<String> methods) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String measure;
            private String measureLabel;
            private String direction;
            private String other;
            private String otherLabel;
            private String otherDoc;
            private String otherDocLabel;
            private double score;
            private double reuseCoefficient;
            private List<String> methods;

            private Builder() {}

            public Builder measure(String measure) {
                this.measure = measure;
                return this;
            }

            public Builder measureLabel(String measureLabel) {
                this.measureLabel = measureLabel;
                return this;
            }

            public Builder direction(String direction) {
                this.direction = direction;
                return this;
            }

            public Builder other(String other) {
                this.other = other;
                return this;
            }

            public Builder otherLabel(String otherLabel) {
                this.otherLabel = otherLabel;
                return this;
            }

            public Builder otherDoc(String otherDoc) {
                this.otherDoc = otherDoc;
                return this;
            }

            public Builder otherDocLabel(String otherDocLabel) {
                this.otherDocLabel = otherDocLabel;
                return this;
            }

            public Builder score(double score) {
                this.score = score;
                return this;
            }

            public Builder reuseCoefficient(double reuseCoefficient) {
                this.reuseCoefficient = reuseCoefficient;
                return this;
            }

            public Builder methods(List<String> methods) {
                this.methods = methods;
                return this;
            }

            public DocumentAlignment build() {
                return new DocumentAlignment(measure, measureLabel, direction, other, otherLabel, otherDoc, otherDocLabel, score,
                        reuseCoefficient, methods);
            }
        }
    }

    /** Where an agency or a certificate type appears: a document it issued, a measure, a target. */
    public record Mention(String role, Ref item, Ref document, String level, Boolean lead, BigDecimal value, String unit, String deadline) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String role;
            private Ref item;
            private Ref document;
            private String level;
            private Boolean lead;
            private BigDecimal value;
            private String unit;
            private String deadline;

            private Builder() {}

            public Builder role(String role) {
                this.role = role;
                return this;
            }

            public Builder item(Ref item) {
                this.item = item;
                return this;
            }

            public Builder document(Ref document) {
                this.document = document;
                return this;
            }

            public Builder level(String level) {
                this.level = level;
                return this;
            }

            public Builder lead(Boolean lead) {
                this.lead = lead;
                return this;
            }

            public Builder value(BigDecimal value) {
                this.value = value;
                return this;
            }

            public Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            public Builder deadline(String deadline) {
                this.deadline = deadline;
                return this;
            }

            public Mention build() {
                return new Mention(role, item, document, level, lead, value, unit, deadline);
            }
        }
    }

    public record Overview(String baseIri, Map<String, Long> counts, List<DocumentSummary> documents) {}

    /** A search result: what matched, the text around the words found, and the document it belongs to (文号, issuers, region, date). */
    public record SearchHit(String iri, String type, String label, String snippet, DocumentSummary document, double score) {
        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            private String iri;
            private String type;
            private String label;
            private String snippet;
            private DocumentSummary document;
            private double score;

            private Builder() {}

            public Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            public Builder type(String type) {
                this.type = type;
                return this;
            }

            public Builder label(String label) {
                this.label = label;
                return this;
            }

            public Builder snippet(String snippet) {
                this.snippet = snippet;
                return this;
            }

            public Builder document(DocumentSummary document) {
                this.document = document;
                return this;
            }

            public Builder score(double score) {
                this.score = score;
                return this;
            }

            public SearchHit build() {
                return new SearchHit(iri, type, label, snippet, document, score);
            }
        }
    }

    /**
     * One value of a search facet (a level, region, year, kind, certificate type or indicator) and how many results
     * have it; {@code label} in Chinese, {@code labels} by language where the reference data has more than one.
     */
    public record FacetValue(String value, String label, Map<String, String> labels, int count) {}

    /**
     * A page of search results: the words the query was split into (to mark them), the results after the filters,
     * how many matched, and the facets with their counts (each counted with the other filters applied).
     */
    public record SearchResults(String query, List<String> terms, int total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {}

    /**
     * A curated query: {@code summary} and {@code description} in English, as its opening comment says them;
     * {@code summaries} and {@code descriptions} by language (en, zh), for a page in either.
     */
    public record CuratedQueryView(String name, String summary, String description, String text, Map<String, String> summaries,
                                   Map<String, String> descriptions) {}

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

    /**
     * What a correction asks: {@code kind} only to add (citation, target, alignment, target-link, responsibility,
     * certificate-type); {@code values} by field name for an edit or an addition.
     */
    public record CorrectionInput(String action, String kind, String target, Map<String, String> values, String note) {}

    /** What an import did: corrections in the file, how many were new to the store, how many it held already. */
    public record ImportResult(int read, int added, int unchanged) {}

    /**
     * What no curator has judged yet, lowest score first: a computed link with its two ends and why it was made, or an
     * extracted target (its own {@code child}, no {@code parent}) with its confidence as score and its value as explanation.
     */
    public record ReviewItem(String iri, String kind, double score, Ref child, Ref parent, String childDoc, String parentDoc,
                             String explanation) {}

    /**
     * What a document passed down and what it added: for each document it derives from, every measure of that parent with
     * the child measure that follows it (none: dropped); the document's own measures that follow no parent measure; and
     * for each of its targets that lower documents' targets follow, whether those add up to it.
     */
    public record DocumentCoverage(String document, List<ParentCoverage> parents, List<MeasureRef> localMeasures,
                                   List<Rollup> rollups) {}

    /** One parent document's measures as the child took them up: {@code passedDown} of them followed, {@code dropped} not. */
    public record ParentCoverage(DocumentSummary parent, int passedDown, int dropped, List<CoveredMeasure> measures) {}

    /** A parent measure and the child's measure that follows it, or null when the child dropped it. */
    public record CoveredMeasure(MeasureRef parentMeasure, MeasureRef childMeasure) {}

    public record MeasureRef(String iri, int ordinal, String heading) {}

    /**
     * Do the lower documents' targets add up to this one? {@code children}: every target linked to it; {@code counted}: those
     * summed (same indicator and unit, due the same year, as target-rollup.rq counts them); their sum, the sum of their
     * shares, and what of the parent's value they leave.
     */
    public record Rollup(TargetView parent, List<RollupChild> children, int counted, RollupSums sums) {}

    /** The sums of a roll-up, null when no child counts. */
    public record RollupSums(BigDecimal childValues, BigDecimal shares, BigDecimal remaining) {}

    /**
     * A target linked to a roll-up's parent, in its document; {@code share} of the parent (null when the units differ or it
     * is a percentage); {@code counted} whether the roll-up sums it; the link's method, score and explanation as evidence.
     */
    public record RollupChild(TargetView target, DocumentSummary document, BigDecimal share, boolean counted, LinkEvidence evidence) {}

    /** How a computed link was made: the method's notation, its score and the engine's explanation (in English). */
    public record LinkEvidence(String method, Double score, boolean deadlineDiffers, String explanation) {}
}
