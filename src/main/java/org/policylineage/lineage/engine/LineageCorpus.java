package org.policylineage.lineage.engine;

import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.DocumentLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.policylineage.query.Sparql;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.store.PolicyStore;

/**
 * The documents, measures, targets and citations lineage works on, read back from the store: what
 * they are and where they stand, never their text, which {@link DocumentTexts} reads one document
 * at a time so the corpus fits in memory however large it grows.
 */
final class LineageCorpus {

    /** A document: its level rank (1 national … 5 county), jurisdiction, and time key for ordering. */
    static final class Doc {
        final int index;
        final String iri;
        final String label;
        final int rank;
        final Region jurisdiction;
        final LocalDate dateKey;
        final String sourceIri;
        final List<Measure> measures = new ArrayList<>();

        private Doc(Builder b) {
            this.index = b.index;
            this.iri = b.iri;
            this.label = b.label;
            this.rank = b.rank;
            this.jurisdiction = b.jurisdiction;
            this.dateKey = b.dateKey;
            this.sourceIri = b.sourceIri;
        }

        static Builder builder() {
            return new Builder();
        }

        String iri() { return iri; }
        String label() { return label; }
        int rank() { return rank; }
        Region jurisdiction() { return jurisdiction; }
        LocalDate dateKey() { return dateKey; }
        String sourceIri() { return sourceIri; }
        /** Ingested, with its text in the store (not a document only known from a citation). */
        boolean inCorpus() { return sourceIri != null; }

        @Override
        public String toString() { return iri; }

        static final class Builder {
            private int index;
            private String iri;
            private String label;
            private int rank;
            private Region jurisdiction;
            private LocalDate dateKey;
            private String sourceIri;

            private Builder() {}

            /** Its place in the corpus, from 0: what is kept per document (sketches, kept texts) is kept under it. */
            Builder index(int index) {
                this.index = index;
                return this;
            }

            Builder iri(String iri) {
                this.iri = iri;
                return this;
            }

            Builder label(String label) {
                this.label = label;
                return this;
            }

            Builder rank(int rank) {
                this.rank = rank;
                return this;
            }

            Builder jurisdiction(Region jurisdiction) {
                this.jurisdiction = jurisdiction;
                return this;
            }

            Builder dateKey(LocalDate dateKey) {
                this.dateKey = dateKey;
                return this;
            }

            /** Its source text's IRI; none for a document known only from a citation. */
            Builder sourceIri(String sourceIri) {
                this.sourceIri = sourceIri;
                return this;
            }

            Doc build() {
                return new Doc(this);
            }
        }
    }

    /**
     * A measure and its span in the original text of its document, in code points as its selector
     * counts. Its IRI is kept as the part after its document's, shared between documents: a national
     * corpus has millions of measures and their IRIs would be most of the memory lineage needs.
     */
    record Measure(Doc doc, int index, String iriSuffix, int ordinal, int start, int end) {
        String iri() { return doc.iri + iriSuffix; }

        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private Doc doc;
            private int index;
            private String iriSuffix;
            private int ordinal;
            private int start;
            private int end;

            private Builder() {}

            Builder doc(Doc doc) {
                this.doc = doc;
                return this;
            }

            Builder index(int index) {
                this.index = index;
                return this;
            }

            Builder iriSuffix(String iriSuffix) {
                this.iriSuffix = iriSuffix;
                return this;
            }

            Builder ordinal(int ordinal) {
                this.ordinal = ordinal;
                return this;
            }

            Builder start(int start) {
                this.start = start;
                return this;
            }

            Builder end(int end) {
                this.end = end;
                return this;
            }

            Measure build() {
                return new Measure(doc, index, iriSuffix, ordinal, start, end);
            }
        }
    }

    /** A quantitative target; its IRI is kept as the part after its document's, as a measure's. */
    record Target(Doc doc, String iriSuffix, Measure measure, String indicator, BigDecimal value, String unit,
                  String comparator, Integer deadline, String direction, String label) {
        String iri() { return doc.iri + iriSuffix; }

        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private Doc doc;
            private String iriSuffix;
            private Measure measure;
            private String indicator;
            private BigDecimal value;
            private String unit;
            private String comparator;
            private Integer deadline;
            private String direction;
            private String label;

            private Builder() {}

            Builder doc(Doc doc) {
                this.doc = doc;
                return this;
            }

            Builder iriSuffix(String iriSuffix) {
                this.iriSuffix = iriSuffix;
                return this;
            }

            Builder measure(Measure measure) {
                this.measure = measure;
                return this;
            }

            Builder indicator(String indicator) {
                this.indicator = indicator;
                return this;
            }

            Builder value(BigDecimal value) {
                this.value = value;
                return this;
            }

            Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            Builder comparator(String comparator) {
                this.comparator = comparator;
                return this;
            }

            Builder deadline(Integer deadline) {
                this.deadline = deadline;
                return this;
            }

            Builder direction(String direction) {
                this.direction = direction;
                return this;
            }

            Builder label(String label) {
                this.label = label;
                return this;
            }

            Target build() {
                return new Target(doc, iriSuffix, measure, indicator, value, unit, comparator, deadline, direction, label);
            }
        }
    }

    /** An explicit citation: child implements or forwards parent. */
    record Citation(String child, String parent, CitationRelation relation, String quote) {}

    final Map<String, Doc> docs = new LinkedHashMap<>();
    final List<Measure> measures = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Citation> citations = new ArrayList<>();

    /** Measures' headings, by {@link Measure#index()}, until {@link #takeHeadings()} hands them over. */
    private String[] headings;

    static LineageCorpus load(PolicyStore store, ReferenceData reference, Function<String, String> regionSlug) {
        LineageCorpus c = new LineageCorpus();
        // Values repeated across documents (IRI endings, indicators, units, labels a child copies) kept once.
        Map<String, String> shared = new ConcurrentHashMap<>();
        Function<String, String> once = v -> v == null ? null : shared.computeIfAbsent(v, k -> k);
        store.forEachRow(Sparql.query("sparql/lineage/documents.rq"), r -> {
            String iri = r.getResource("doc").getURI();
            int rank = Optional.ofNullable(r.getLiteral("level")).flatMap(l -> DocumentLevel.ofNotation(l.getString()))
                    .map(l -> l.ordinal() + 1).orElse(0);
            Region region = Optional.ofNullable(r.getResource("jurisdiction"))
                    .flatMap(j -> reference.regions().bySlug(regionSlug.apply(j.getURI()))).orElse(null);
            LocalDate date = date(r.getLiteral("date")).orElse(date(r.getLiteral("earliest")).orElse(null));
            c.docs.put(iri, Doc.builder().index(c.docs.size()).iri(iri).label(string(r.get("label"))).rank(rank).jurisdiction(region)
                    .dateKey(date).sourceIri(r.getResource("source") == null ? null : r.getResource("source").getURI()).build());
        });
        // The measures are read beside the citations and targets: one after another, the reads of a large
        // corpus keep one core busy for minutes while the other waits.
        CompletableFuture<List<MeasureRow>> measureRows = CompletableFuture.supplyAsync(() -> measureRows(store, c, once));
        store.forEachRow(Sparql.query("sparql/lineage/citations.rq"), r ->
                c.citations.add(new Citation(r.getResource("citing").getURI(), r.getResource("cited").getURI(),
                        CitationRelation.ofNotation(r.getLiteral("relation").getString()).orElse(CitationRelation.MENTIONS),
                        string(r.get("quote")))));
        // A target as read, all but its measure, which is found once the measures are read.
        record TargetRow(Target.Builder target, String measureSuffix) {}
        List<TargetRow> targetRows = new ArrayList<>();
        store.forEachRow(Sparql.query("sparql/lineage/targets.rq"), r -> {
            Doc doc = c.docs.get(r.getResource("doc").getURI());
            if (doc == null) return;
            String suffix = suffix(doc, r.getResource("target").getURI());
            if (suffix == null) return;
            Target.Builder target = Target.builder().doc(doc).iriSuffix(once.apply(suffix))
                    .indicator(once.apply(r.getResource("indicator").getURI()))
                    .value(new BigDecimal(r.getLiteral("value").getLexicalForm())).unit(once.apply(r.getLiteral("unit").getString()))
                    .comparator(once.apply(r.getLiteral("comparator").getString()))
                    .deadline(r.getLiteral("deadline") == null ? null
                            : Integer.valueOf(r.getLiteral("deadline").getLexicalForm().substring(0, 4)))
                    .direction(once.apply(string(r.get("direction")))).label(once.apply(r.getLiteral("label").getString()));
            targetRows.add(new TargetRow(target, suffix(doc, r.getResource("measure").getURI())));
        });
        List<MeasureRow> rows;
        try {
            rows = measureRows.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
        c.headings = new String[rows.size()];
        for (MeasureRow row : rows) {
            Measure m = row.measure().index(c.measures.size()).build();
            c.headings[m.index()] = row.heading();
            c.measures.add(m);
            m.doc().measures.add(m);
        }
        for (TargetRow t : targetRows) {
            Doc doc = t.target().doc;
            Measure measure = doc.measures.stream().filter(m -> m.iriSuffix().equals(t.measureSuffix())).findFirst().orElse(null);
            c.targets.add(t.target().measure(measure).build());
        }
        return c;
    }

    /** A measure as read, all but its index, which its place in the sorted rows gives; and its heading. */
    private record MeasureRow(Measure.Builder measure, String heading) {}

    /** The corpus documents' measures, in the order the query once gave: by document, then by place in its text. */
    private static List<MeasureRow> measureRows(PolicyStore store, LineageCorpus c, Function<String, String> once) {
        List<MeasureRow> rows = new ArrayList<>();
        store.forEachRow(Sparql.query("sparql/lineage/measures.rq"), r -> {
            Doc doc = c.docs.get(r.getResource("doc").getURI());
            if (doc == null || !doc.inCorpus()) return;
            String suffix = suffix(doc, r.getResource("measure").getURI());
            if (suffix == null) return;
            Measure.Builder measure = Measure.builder().doc(doc).iriSuffix(once.apply(suffix)).ordinal(r.getLiteral("ordinal").getInt())
                    .start(r.getLiteral("start").getInt()).end(r.getLiteral("end").getInt());
            rows.add(new MeasureRow(measure, r.getLiteral("heading").getString()));
        });
        rows.sort(Comparator.comparing((MeasureRow m) -> m.measure().doc.iri()).thenComparingInt(m -> m.measure().start));
        return rows;
    }

    /**
     * The measures' headings, index by index, handed over once: they are needed only to find the
     * measures that name a programme, and are not kept after.
     */
    String[] takeHeadings() {
        String[] h = headings;
        headings = null;
        return h;
    }

    /** What follows the document's IRI in an IRI minted under it, or null for one that is not. */
    private static String suffix(Doc doc, String iri) {
        return iri.startsWith(doc.iri) && iri.length() > doc.iri.length() ? iri.substring(doc.iri.length()) : null;
    }

    Collection<Doc> documents() { return docs.values(); }

    private static Optional<LocalDate> date(Literal l) {
        if (l == null) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(l.getLexicalForm().substring(0, 10)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String string(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getString() : n.toString();
    }
}
