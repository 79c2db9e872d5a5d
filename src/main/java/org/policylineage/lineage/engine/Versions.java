package org.policylineage.lineage.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policylineage.Settings;
import org.policylineage.query.Sparql;
import org.policylineage.store.PolicyStore;
import org.policylineage.vocab.TargetChangeKind;

/**
 * Versions of one policy and what changed between them. Three kinds of pair: a draft and the issued document of its
 * title; a document and the one it repeals, replaces or amends (ELI's changes, as extraction read them); and a place's
 * later document continuing an earlier one on the same subject, inferred here. For each pair the two documents'
 * targets are compared and each difference written with its evidence.
 */
final class Versions {
    /** Years and spans of years: 2025年, 2021—2025年, 2021-2025. */
    private static final Pattern YEARS = Pattern.compile("(19|20)[0-9]{2}\\s*(年度|年)?(\\s*[—–\\-－~～至到]\\s*(19|20)[0-9]{2}\\s*(年度|年)?)?");
    /** Five-year-plan periods: “十四五”, 十五五时期. */
    private static final Pattern PERIODS = Pattern.compile("[“\"「]?十[一二三四五六七八九]?五[”\"」]?(期间|时期)?");
    /** A notice's wrapper around the title of what it issues: (issuer)关于印发《…》的通知. */
    private static final Pattern ISSUER = Pattern.compile("^.*?关于(印发|转发|印送)?");
    private static final Pattern NOTICE = Pattern.compile("的(通知|函)$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s《》“”\"「」（）()〔〕\\[\\]【】、，,·]");

    /** Fewer shared certificate types than this say nothing of a subject: two or one are named by documents on anything green. */
    private static final int MIN_SHARED_SUBJECTS = 3;

    private final PolicyStore store;
    private final Settings.Continuation settings;
    private final LineageGraphWriter writer;

    Versions(PolicyStore store, Settings.Continuation settings, LineageGraphWriter writer) {
        this.store = store;
        this.settings = settings;
        this.writer = writer;
    }

    /** A pair of versions: the later document, the earlier, and which kind of succession joins them. */
    record Pair(String later, String earlier, String kind) {}

    /** Writes the revisions of drafts, the continuations found, and the target changes of every pair; returns the pairs. */
    List<Pair> write() {
        List<Pair> pairs = new ArrayList<>();
        Set<String> revisedDrafts = new HashSet<>();
        store.forEachRow(Sparql.query("sparql/lineage/revisions.rq"), r -> {
            String issued = r.getResource("final").getURI(), draft = r.getResource("draft").getURI();
            writer.revision(issued, draft, "the draft's title" + (r.contains("marker") ? " without " + r.getLiteral("marker").getString() : "")
                    + " is the issued document's title (" + r.getLiteral("key").getString() + "), in the same jurisdiction, dated no earlier");
            pairs.add(new Pair(issued, draft, "revision"));
            revisedDrafts.add(draft);
        });
        store.forEachRow(Sparql.query("sparql/lineage/changes.rq"),
                r -> pairs.add(new Pair(r.getResource("later").getURI(), r.getResource("earlier").getURI(), "changes")));
        Set<String> paired = new HashSet<>();
        pairs.forEach(p -> {
            paired.add(p.later() + " " + p.earlier());
            paired.add(p.earlier() + " " + p.later());
        });
        for (Continuation c : continuations(paired, revisedDrafts)) {
            writer.continuation(c.later(), c.earlier(), c.score(), c.explanation());
            pairs.add(new Pair(c.later(), c.earlier(), "continuation"));
        }
        for (Pair p : pairs) compareTargets(p);
        return pairs;
    }

    // ------------------------------------------------------------------ continuations

    /** What is known of one ingested document for telling whether it continues another. */
    private static final class Doc {
        final String iri;
        String jurisdiction;
        String date;
        String earliest;
        boolean draft;
        String label;
        final List<String> titles = new ArrayList<>();
        final Set<String> subjects = new TreeSet<>();
        final Set<String> cites = new HashSet<>();
        int firstDeadline = Integer.MAX_VALUE;
        int lastDeadline = Integer.MIN_VALUE;

        Doc(String iri) { this.iri = iri; }

        boolean hasDeadlines() { return lastDeadline != Integer.MIN_VALUE; }

        String name() { return label == null ? iri : label; }
    }

    record Continuation(String later, String earlier, double score, String explanation) {}

    /**
     * For each ingested document, the earlier document of its place it continues, if any: the best-scoring one, the
     * latest of equals. Pairs already versions of each other (a draft and its issued document, a repeal) are left out,
     * and so are drafts that became issued documents, whose issued version is the one continued.
     */
    List<Continuation> continuations(Set<String> paired, Set<String> revisedDrafts) {
        Map<String, Doc> docs = new LinkedHashMap<>();
        store.forEachRow(Sparql.query("sparql/lineage/succession-documents.rq"), r -> {
            Doc d = new Doc(r.getResource("doc").getURI());
            d.jurisdiction = r.getResource("jurisdiction").getURI();
            d.date = lexical(r.get("date"));
            d.earliest = lexical(r.get("earliest"));
            d.draft = r.contains("status") && r.getResource("status").getURI().endsWith("/draft");
            d.label = lexical(r.get("label"));
            docs.put(d.iri, d);
        });
        List<String> markers = new ArrayList<>();
        store.forEachRow(Sparql.query("sparql/lineage/draft-markers.rq"), r -> markers.add(r.getLiteral("marker").getString()));
        store.forEachRow(Sparql.query("sparql/lineage/succession-facts.rq"), r -> {
            Doc d = docs.get(r.getResource("doc").getURI());
            if (d == null) return;
            String value = r.getLiteral("value").getString();
            switch (r.getLiteral("fact").getString()) {
                case "title" -> d.titles.add(value);
                case "subject" -> d.subjects.add(value);
                case "cites" -> d.cites.add(value);
                case "deadline" -> {
                    try {
                        int year = Integer.parseInt(value.substring(0, 4));
                        d.firstDeadline = Math.min(d.firstDeadline, year);
                        d.lastDeadline = Math.max(d.lastDeadline, year);
                    } catch (RuntimeException e) {
                        // A deadline that is not a plain year says nothing about which document is later.
                    }
                }
                default -> { }
            }
        });
        Map<String, List<Doc>> byPlace = new HashMap<>();
        docs.values().forEach(d -> byPlace.computeIfAbsent(d.jurisdiction, k -> new ArrayList<>()).add(d));
        Map<String, String> subjectKeys = new HashMap<>();
        docs.values().forEach(d -> {
            String key = subjectKey(d.titles, markers);
            if (key != null) subjectKeys.put(d.iri, key);
        });
        List<Continuation> out = new ArrayList<>();
        for (List<Doc> place : byPlace.values()) {
            place.sort(Comparator.comparing(d -> d.iri));
            for (Doc later : place) {
                Continuation best = null;
                String bestDate = null;
                for (Doc earlier : place) {
                    if (earlier == later || revisedDrafts.contains(earlier.iri) || paired.contains(later.iri + " " + earlier.iri)) continue;
                    String order = later(later, earlier);
                    if (order == null) continue;
                    Continuation c = judge(later, earlier, subjectKeys.get(later.iri), subjectKeys.get(earlier.iri), order);
                    if (c == null) continue;
                    String date = earlier.date != null ? earlier.date : earlier.earliest != null ? earlier.earliest : "";
                    if (best == null || c.score() > best.score() || c.score() == best.score() && date.compareTo(bestDate) > 0) {
                        best = c;
                        bestDate = date;
                    }
                }
                if (best != null) out.add(best);
            }
        }
        out.sort(Comparator.comparing(Continuation::later));
        return out;
    }

    /**
     * Why {@code later} comes after {@code earlier}, or null when it does not or cannot be told. Issue dates decide when
     * both are known; otherwise the years their targets are due: every target of the later document falls due after
     * every target of the earlier (a plan to 2030 after a plan to 2025), and a date the later one has is not before the
     * earlier's.
     */
    private static String later(Doc later, Doc earlier) {
        if (later.date != null && earlier.date != null) {
            return later.date.compareTo(earlier.date) > 0 ? "issued " + later.date + ", after " + earlier.date : null;
        }
        if (!later.hasDeadlines() || !earlier.hasDeadlines() || later.firstDeadline <= earlier.lastDeadline) return null;
        String laterKnown = later.date != null ? later.date : later.earliest;
        String earlierKnown = earlier.date != null ? earlier.date : earlier.earliest;
        if (laterKnown != null && earlierKnown != null && laterKnown.compareTo(earlierKnown) < 0) return null;
        return "its targets are due " + span(later) + ", after the earlier's " + span(earlier)
                + (later.date == null ? " (it is undated)" : earlier.date == null ? " (the earlier is undated)" : "");
    }

    private static String span(Doc d) {
        return d.firstDeadline == d.lastDeadline ? String.valueOf(d.firstDeadline) : d.firstDeadline + "–" + d.lastDeadline;
    }

    /**
     * Whether two documents of one place, in order, are on one subject: their titles alike when both have one, else the
     * certificate types they are about. A citation of the earlier by the later halves the threshold and lifts the score
     * half way to 1.
     */
    private Continuation judge(Doc later, Doc earlier, String laterKey, String earlierKey, String order) {
        boolean cites = later.cites.contains(earlier.iri);
        double similarity;
        double threshold;
        String subject;
        if (laterKey != null && earlierKey != null) {
            similarity = dice(laterKey, earlierKey);
            threshold = settings.titleSimilarity();
            subject = String.format("titles alike at %.2f (%s / %s, years, periods and draft markers taken out)", similarity, laterKey, earlierKey);
        } else {
            // The overlap coefficient, not Jaccard: a plan that carries on an earlier one names mostly subjects the earlier
            // named, while one of the two is often much broader than the other.
            Set<String> shared = new TreeSet<>(later.subjects);
            shared.retainAll(earlier.subjects);
            if (shared.size() < MIN_SHARED_SUBJECTS) return null;
            similarity = (double) shared.size() / Math.min(later.subjects.size(), earlier.subjects.size());
            threshold = settings.subjectOverlap();
            subject = String.format("%s has no title; they share %d certificate types (eli:is_about) of the later's %d and the earlier's %d (%.2f of the fewer): %s",
                    laterKey == null ? "the later document" : "the earlier document", shared.size(), later.subjects.size(),
                    earlier.subjects.size(), similarity, String.join(", ", shared.stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList()));
        }
        if (similarity < (cites ? threshold / 2 : threshold)) return null;
        double score = cites ? (1 + similarity) / 2 : similarity;
        String explanation = "the same jurisdiction; " + order + "; " + subject + (cites ? "; the later document cites the earlier" : "")
                + (later.draft ? "; the later document is a draft" : "");
        return new Continuation(later.iri, earlier.iri, Math.min(1.0, score), explanation);
    }

    /** A title as its subject: the shortest title key without years, periods, draft markers and a notice's wrapper. */
    static String subjectKey(List<String> titles, List<String> draftMarkers) {
        String best = null;
        for (String title : titles) {
            String key = title;
            for (String marker : draftMarkers) key = key.replace(marker, "");
            key = NOTICE.matcher(ISSUER.matcher(key).replaceFirst("")).replaceFirst("");
            key = PUNCTUATION.matcher(PERIODS.matcher(YEARS.matcher(key).replaceAll("")).replaceAll("")).replaceAll("");
            if (key.length() >= 2 && (best == null || key.length() < best.length())) best = key;
        }
        return best;
    }

    /** Dice's coefficient of two strings' character bigrams (as multisets). */
    static double dice(String a, String b) {
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer n = grams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                shared++;
                grams.put(b.substring(i, i + 2), n - 1);
            }
        }
        int total = Math.max(0, a.length() - 1) + Math.max(0, b.length() - 1);
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    // ------------------------------------------------------------------ target changes

    /** One target as two versions are compared. */
    record Target(String iri, String indicator, String indicatorLabel, BigDecimal value, String unit, Integer deadline) {
        String describe() {
            return (value == null ? "no value" : value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit))
                    + (deadline == null ? ", no deadline" : " due " + deadline);
        }
    }

    private List<Target> targets(String doc) {
        List<Target> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        store.forEachRow(Sparql.query("sparql/lineage/version-targets.rq", Map.of("doc", ResourceFactory.createResource(doc))), r -> {
            String iri = r.getResource("target").getURI();
            if (!seen.add(iri)) return;
            out.add(new Target(iri, r.getResource("indicator").getURI(), lexical(r.get("indicatorLabel")), decimal(r.get("value")),
                    lexical(r.get("unit")), year(r.get("deadline"))));
        });
        return out;
    }

    /**
     * Pairs the two documents' targets by indicator and deadline, then what is left by indicator alone (the deadline
     * moved), in the order of the texts; writes each pair's change and each target left over as added or dropped.
     */
    private void compareTargets(Pair pair) {
        List<Target> earlier = targets(pair.earlier());
        List<Target> later = targets(pair.later());
        Map<Target, Target> partner = new LinkedHashMap<>();
        Set<Target> taken = new HashSet<>();
        for (boolean sameDeadline : new boolean[] {true, false}) {
            for (Target l : later) {
                if (partner.containsKey(l)) continue;
                for (Target e : earlier) {
                    if (taken.contains(e) || !e.indicator().equals(l.indicator())) continue;
                    if (sameDeadline && !Objects.equals(e.deadline(), l.deadline())) continue;
                    partner.put(l, e);
                    taken.add(e);
                    break;
                }
            }
        }
        for (Target l : later) {
            Target e = partner.get(l);
            if (e == null) {
                writer.targetChange(pair.later(), pair.earlier(), TargetChangeKind.ADDED, null, l,
                        indicator(l) + ": " + l.describe() + " in the later version; no target of the earlier version with this indicator is left to pair it with");
                continue;
            }
            TargetChangeKind kind = kind(e, l);
            String moved = Objects.equals(e.deadline(), l.deadline()) ? "paired by indicator and deadline"
                    : "paired by indicator, the deadline moved";
            writer.targetChange(pair.later(), pair.earlier(), kind, e, l,
                    indicator(l) + ": " + e.describe() + " in the earlier version, " + l.describe() + " in the later (" + moved + ")");
        }
        for (Target e : earlier) {
            if (taken.contains(e)) continue;
            writer.targetChange(pair.later(), pair.earlier(), TargetChangeKind.DROPPED, e, null,
                    indicator(e) + ": " + e.describe() + " in the earlier version; no target of the later version with this indicator is left to pair it with");
        }
    }

    static TargetChangeKind kind(Target earlier, Target later) {
        if (earlier.value() == null && later.value() == null) return TargetChangeKind.UNCHANGED;
        if (earlier.value() == null || later.value() == null || !Objects.equals(earlier.unit(), later.unit())) {
            return TargetChangeKind.RESTATED;
        }
        int c = later.value().compareTo(earlier.value());
        return c > 0 ? TargetChangeKind.RAISED : c < 0 ? TargetChangeKind.LOWERED : TargetChangeKind.UNCHANGED;
    }

    private static String indicator(Target t) {
        return t.indicatorLabel() != null ? t.indicatorLabel() : t.indicator().substring(t.indicator().lastIndexOf('/') + 1);
    }

    private static String lexical(RDFNode n) {
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    private static BigDecimal decimal(RDFNode n) {
        if (n == null || !n.isLiteral()) return null;
        try {
            return new BigDecimal(n.asLiteral().getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer year(RDFNode n) {
        if (n == null || !n.isLiteral()) return null;
        Literal l = n.asLiteral();
        try {
            return Integer.parseInt(l.getLexicalForm().substring(0, 4));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
