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

        Doc(int index, String iri, String label, int rank, Region jurisdiction, LocalDate dateKey, String sourceIri) {
            this.index = index;
            this.iri = iri;
            this.label = label;
            this.rank = rank;
            this.jurisdiction = jurisdiction;
            this.dateKey = dateKey;
            this.sourceIri = sourceIri;
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
    }

    /**
     * A measure and its span in the original text of its document, in code points as its selector
     * counts. Its IRI is kept as the part after its document's, shared between documents: a national
     * corpus has millions of measures and their IRIs would be most of the memory lineage needs.
     */
    record Measure(Doc doc, int index, String iriSuffix, int ordinal, int start, int end) {
        String iri() { return doc.iri + iriSuffix; }
    }

    /** A quantitative target; its IRI is kept as the part after its document's, as a measure's. */
    record Target(Doc doc, String iriSuffix, Measure measure, String indicator, BigDecimal value, String unit,
                  String comparator, Integer deadline, String direction, String label) {
        String iri() { return doc.iri + iriSuffix; }
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
            c.docs.put(iri, new Doc(c.docs.size(), iri, string(r.get("label")), rank, region, date,
                    r.getResource("source") == null ? null : r.getResource("source").getURI()));
        });
        // The measures are read beside the citations and targets: one after another, the reads of a large
        // corpus keep one core busy for minutes while the other waits.
        CompletableFuture<List<MeasureRow>> measureRows = CompletableFuture.supplyAsync(() -> measureRows(store, c, once));
        store.forEachRow(Sparql.query("sparql/lineage/citations.rq"), r ->
                c.citations.add(new Citation(r.getResource("citing").getURI(), r.getResource("cited").getURI(),
                        CitationRelation.ofNotation(r.getLiteral("relation").getString()).orElse(CitationRelation.MENTIONS),
                        string(r.get("quote")))));
        record TargetRow(Doc doc, String suffix, String measureSuffix, String indicator, BigDecimal value, String unit,
                         String comparator, Integer deadline, String direction, String label) {}
        List<TargetRow> targetRows = new ArrayList<>();
        store.forEachRow(Sparql.query("sparql/lineage/targets.rq"), r -> {
            Doc doc = c.docs.get(r.getResource("doc").getURI());
            if (doc == null) return;
            String suffix = suffix(doc, r.getResource("target").getURI());
            if (suffix == null) return;
            targetRows.add(new TargetRow(doc, once.apply(suffix), suffix(doc, r.getResource("measure").getURI()),
                    once.apply(r.getResource("indicator").getURI()), new BigDecimal(r.getLiteral("value").getLexicalForm()),
                    once.apply(r.getLiteral("unit").getString()), once.apply(r.getLiteral("comparator").getString()),
                    r.getLiteral("deadline") == null ? null : Integer.valueOf(r.getLiteral("deadline").getLexicalForm().substring(0, 4)),
                    once.apply(string(r.get("direction"))), once.apply(r.getLiteral("label").getString())));
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
            Measure m = new Measure(row.doc(), c.measures.size(), row.suffix(), row.ordinal(), row.start(), row.end());
            c.headings[m.index()] = row.heading();
            c.measures.add(m);
            row.doc().measures.add(m);
        }
        for (TargetRow t : targetRows) {
            Measure measure = t.doc().measures.stream().filter(m -> m.iriSuffix().equals(t.measureSuffix())).findFirst().orElse(null);
            c.targets.add(new Target(t.doc(), t.suffix(), measure, t.indicator(), t.value(), t.unit(), t.comparator(), t.deadline(),
                    t.direction(), t.label()));
        }
        return c;
    }

    private record MeasureRow(Doc doc, String suffix, int ordinal, String heading, int start, int end) {}

    /** The corpus documents' measures, in the order the query once gave: by document, then by place in its text. */
    private static List<MeasureRow> measureRows(PolicyStore store, LineageCorpus c, Function<String, String> once) {
        List<MeasureRow> rows = new ArrayList<>();
        store.forEachRow(Sparql.query("sparql/lineage/measures.rq"), r -> {
            Doc doc = c.docs.get(r.getResource("doc").getURI());
            if (doc == null || !doc.inCorpus()) return;
            String suffix = suffix(doc, r.getResource("measure").getURI());
            if (suffix == null) return;
            rows.add(new MeasureRow(doc, once.apply(suffix), r.getLiteral("ordinal").getInt(), r.getLiteral("heading").getString(),
                    r.getLiteral("start").getInt(), r.getLiteral("end").getInt()));
        });
        rows.sort(Comparator.comparing((MeasureRow m) -> m.doc().iri()).thenComparingInt(MeasureRow::start));
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
