package org.policylineage.lineage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.policylineage.query.Sparql;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.store.PolicyStore;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.TextNormaliser;

/** The documents, measures, targets and citations lineage works on, read back from the store. */
final class LineageCorpus {
    private static final List<String> LEVELS = List.of("national", "regional", "provincial", "municipal", "county");

    /** A document: its level rank (1 national … 5 county), jurisdiction, and time key for ordering. */
    record Doc(String iri, String label, String number, int rank, Region jurisdiction, LocalDate dateKey,
               String sourceIri, NormalisedText text, boolean bmpOnly) {
        boolean inCorpus() { return text != null; }
    }

    /** A measure with its normalised span in its document's text. */
    record Measure(String iri, Doc doc, int ordinal, String heading, int start, int end) {
        String text() { return doc.text().text().substring(start, end); }
    }

    record Target(String iri, Doc doc, String measure, String indicator, BigDecimal value, String unit,
                  String comparator, Integer deadline, String direction, String label) {}

    /** An explicit citation: child implements or forwards parent. */
    record Citation(String child, String parent, String relation, String quote) {}

    final Map<String, Doc> docs = new LinkedHashMap<>();
    final List<Measure> measures = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();
    final List<Citation> citations = new ArrayList<>();

    static LineageCorpus load(PolicyStore store, ReferenceData reference, java.util.function.Function<String, String> regionSlug) {
        LineageCorpus c = new LineageCorpus();
        TextNormaliser normaliser = new TextNormaliser(reference.lexicon().webChrome());
        for (QuerySolution r : rows(store, "sparql/lineage/documents.rq")) {
            String iri = r.getResource("doc").getURI();
            int rank = Optional.ofNullable(r.getLiteral("level")).map(l -> LEVELS.indexOf(l.getString()) + 1).orElse(0);
            Region region = Optional.ofNullable(r.getResource("jurisdiction"))
                    .flatMap(j -> reference.regions().bySlug(regionSlug.apply(j.getURI()))).orElse(null);
            LocalDate date = date(r.getLiteral("date")).orElse(date(r.getLiteral("earliest")).orElse(null));
            NormalisedText text = r.getLiteral("content") == null ? null : normaliser.normalise(r.getLiteral("content").getString());
            c.docs.put(iri, new Doc(iri, string(r.get("label")), string(r.get("number")), rank, region, date,
                    r.getResource("source") == null ? null : r.getResource("source").getURI(), text,
                    text == null || text.original().codePointCount(0, text.original().length()) == text.original().length()));
        }
        for (QuerySolution r : rows(store, "sparql/lineage/citations.rq")) {
            c.citations.add(new Citation(r.getResource("citing").getURI(), r.getResource("cited").getURI(),
                    r.getLiteral("relation").getString(), string(r.get("quote"))));
        }
        for (QuerySolution r : rows(store, "sparql/lineage/measures.rq")) {
            Doc doc = c.docs.get(r.getResource("doc").getURI());
            if (doc == null || !doc.inCorpus()) continue;
            int[] span = normalisedSpan(doc, r.getLiteral("start").getInt(), r.getLiteral("end").getInt());
            c.measures.add(new Measure(r.getResource("measure").getURI(), doc, r.getLiteral("ordinal").getInt(),
                    r.getLiteral("heading").getString(), span[0], span[1]));
        }
        for (QuerySolution r : rows(store, "sparql/lineage/targets.rq")) {
            Doc doc = c.docs.get(r.getResource("doc").getURI());
            if (doc == null) continue;
            c.targets.add(new Target(r.getResource("target").getURI(), doc, r.getResource("measure").getURI(),
                    r.getResource("indicator").getURI(), new BigDecimal(r.getLiteral("value").getLexicalForm()),
                    r.getLiteral("unit").getString(), r.getLiteral("comparator").getString(),
                    r.getLiteral("deadline") == null ? null : Integer.valueOf(r.getLiteral("deadline").getLexicalForm().substring(0, 4)),
                    string(r.get("direction")), r.getLiteral("label").getString()));
        }
        return c;
    }

    Collection<Doc> documents() { return docs.values(); }

    /** Maps code-point offsets of the original to the normalised span whose characters came from there. */
    private static int[] normalisedSpan(Doc doc, int cpStart, int cpEnd) {
        NormalisedText t = doc.text();
        String original = t.original();
        int s = cpStart, e = cpEnd;
        if (!doc.bmpOnly()) {
            int codePoints = original.codePointCount(0, original.length());
            // Characters beyond the BMP: code points and UTF-16 indexes differ.
            s = original.offsetByCodePoints(0, Math.min(cpStart, codePoints));
            e = original.offsetByCodePoints(0, Math.min(cpEnd, codePoints));
        }
        return new int[] {firstAtOrAfter(t, s), firstAtOrAfter(t, e)};
    }

    private static int firstAtOrAfter(NormalisedText t, int originalIndex) {
        int lo = 0, hi = t.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.originalIndex(mid) < originalIndex) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

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

    private static List<QuerySolution> rows(PolicyStore store, String path) {
        List<QuerySolution> out = new ArrayList<>();
        store.select(Sparql.query(path)).forEachRemaining(out::add);
        return out;
    }
}
