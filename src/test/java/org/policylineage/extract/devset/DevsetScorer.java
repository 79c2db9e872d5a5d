package org.policylineage.extract.devset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.policylineage.extract.CitationRecord;
import org.policylineage.extract.DocNumber;
import org.policylineage.extract.DocumentExtractor;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.NoStructureException;
import org.policylineage.extract.TargetRecord;
import org.policylineage.extract.Titles;
import org.policylineage.reference.ReferenceData;
import org.policylineage.text.TextNormaliser;

/**
 * Scores the extractor against the development set: precision, recall and F1 per facet, for the part
 * tuned on and the part held out. A text is held out when its number (the two digits after its batch
 * letter) is a multiple of three: decided before any text was read, never by looking at results.
 */
final class DevsetScorer {
    static final Path DEVSET = Path.of("src/test/resources/devset");

    enum Facet { ACCEPTED, NUMBER, TITLE, DATE, CITATIONS, CITATION_RELATIONS, TARGETS, MILESTONES }

    /** Counts of one facet. */
    static final class Count {
        int tp, fp, fn;

        double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }

        double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }

        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Count o) { tp += o.tp; fp += o.fp; fn += o.fn; }
    }

    /** The scores of one part of the set, with a line per error for the report. */
    static final class Scores {
        final Map<Facet, Count> counts = new LinkedHashMap<>();
        final List<String> errors = new ArrayList<>();
        int texts;

        Scores() { for (Facet f : Facet.values()) counts.put(f, new Count()); }

        Count get(Facet f) { return counts.get(f); }
    }

    static boolean heldOut(String id) {
        String digits = id.replaceAll("^[a-z]+([0-9]+).*$", "$1");
        return !digits.equals(id) && Integer.parseInt(digits) % 3 == 0;
    }

    /** The gold of every text, or of those whose id matches {@code -Ddevset.only=REGEX} (one batch: ^b). */
    static List<Gold> load() {
        Pattern only = Pattern.compile(System.getProperty("devset.only", ""));
        try (Stream<Path> files = Files.list(DEVSET.resolve("gold"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> only.matcher(p.getFileName().toString()).find()).sorted().map(p -> {
                String id = p.getFileName().toString().replaceAll("\\.json$", "");
                return Gold.read(p, DEVSET.resolve("texts").resolve(id + ".txt"));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final DocumentExtractor extractor = new DocumentExtractor(ReferenceData.bundled());

    Scores score(List<Gold> golds) {
        Scores s = new Scores();
        for (Gold g : golds) score(g, s);
        return s;
    }

    private void score(Gold g, Scores s) {
        s.texts++;
        ExtractedDocument doc;
        try {
            doc = extractor.extract(g.text());
        } catch (NoStructureException e) {
            count(s, Facet.ACCEPTED, g.id(), g.accepted(), false, "refused: " + e.getMessage());
            if (g.accepted()) {
                missAll(s, g);
            }
            return;
        }
        count(s, Facet.ACCEPTED, g.id(), g.accepted(), true, "accepted a text gold refuses");

        Optional<String> number = doc.number().map(DocNumber::canonical);
        Optional<String> goldNumber = g.number().flatMap(DocNumber::parse).map(DocNumber::canonical).or(g::number);
        compare(s, Facet.NUMBER, g.id(), goldNumber, number);

        Set<String> titles = new LinkedHashSet<>();
        g.title().map(DevsetScorer::titleKey).ifPresent(titles::add);
        g.titlesAlso().stream().map(DevsetScorer::titleKey).forEach(titles::add);
        Optional<String> title = doc.title().map(DevsetScorer::titleKey);
        boolean titleRight = title.isPresent() && titles.stream().anyMatch(
                g1 -> g1.equals(title.get()) || withoutIssuers(g1).equals(withoutIssuers(title.get())));
        if (titleRight) s.get(Facet.TITLE).tp++;
        else {
            if (title.isPresent()) s.get(Facet.TITLE).fp++;
            if (!titles.isEmpty()) s.get(Facet.TITLE).fn++;
            if (title.isPresent() || !titles.isEmpty()) {
                s.errors.add(g.id() + " TITLE gold " + g.title().orElse("-") + " | read " + doc.title().orElse("-"));
            }
        }
        compare(s, Facet.DATE, g.id(), g.date(), doc.date().map(Object::toString));

        scoreCitations(g, doc, s, titles);
        scoreTargets(g, doc, s);
    }

    private static void missAll(Scores s, Gold g) {
        if (g.number().isPresent()) s.get(Facet.NUMBER).fn++;
        if (g.title().isPresent()) s.get(Facet.TITLE).fn++;
        if (g.date().isPresent()) s.get(Facet.DATE).fn++;
        s.get(Facet.CITATIONS).fn += ownCitations(g, titleKeys(g)).size();
        s.get(Facet.TARGETS).fn += g.targets().size();
        s.get(Facet.MILESTONES).fn += (int) g.targets().stream().filter(Gold.Target::staged).count();
    }

    private static Set<String> titleKeys(Gold g) {
        Set<String> titles = new LinkedHashSet<>();
        g.title().map(DevsetScorer::titleKey).ifPresent(titles::add);
        g.titlesAlso().stream().map(DevsetScorer::titleKey).forEach(titles::add);
        return titles;
    }

    /** Gold citations, less a notice's 印发 of its own body (a title the text also goes by). */
    private static List<Gold.Citation> ownCitations(Gold g, Set<String> titles) {
        return g.citations().stream()
                .filter(c -> !(c.relation().equals("forwards") && c.title().map(t -> titles.contains(titleKey(t))).orElse(false)))
                .toList();
    }

    static String titleKey(String t) {
        return Titles.normalise(t).replaceAll("[。：:，,.\\s]+$", "");
    }

    /**
     * The title without the issuers before 关于, 印发 or 转发 (the guide counts both right): 福建省人民政府关于… → 关于…,
     * 山西省人民政府 印发… → 印发….
     */
    static String withoutIssuers(String key) {
        Matcher m = TITLE_HEAD.matcher(key);
        if (!m.find()) return key;
        int head = m.start();
        return head > 0 && key.lastIndexOf('《', head) < 0 ? key.substring(head) : key;
    }

    private static final Pattern TITLE_HEAD = Pattern.compile("关于|印发|转发");

    private static void compare(Scores s, Facet f, String id, Optional<String> gold, Optional<String> read) {
        if (gold.isPresent() && read.isPresent() && gold.get().equals(read.get())) {
            s.get(f).tp++;
            return;
        }
        if (read.isPresent()) s.get(f).fp++;
        if (gold.isPresent()) s.get(f).fn++;
        if (read.isPresent() || gold.isPresent()) s.errors.add(id + " " + f + " gold " + gold.orElse("-") + " | read " + read.orElse("-"));
    }

    private static void count(Scores s, Facet f, String id, boolean gold, boolean read, String error) {
        if (gold && read) s.get(f).tp++;
        else if (read) { s.get(f).fp++; s.errors.add(id + " " + f + " " + error); }
        else if (gold) { s.get(f).fn++; s.errors.add(id + " " + f + " " + error); }
    }

    private void scoreCitations(Gold g, ExtractedDocument doc, Scores s, Set<String> ownTitles) {
        List<Gold.Citation> gold = new ArrayList<>(ownCitations(g, ownTitles));
        // One prediction per cited document, as the gold lists them.
        Map<String, CitationRecord> read = new LinkedHashMap<>();
        for (CitationRecord c : doc.citations()) {
            String key = c.number().map(DocNumber::canonical).orElse(c.normalisedTitle().map(DevsetScorer::titleKey).orElse(""));
            if (!key.isEmpty()) read.putIfAbsent(key, c);
        }
        Count cites = s.get(Facet.CITATIONS), relations = s.get(Facet.CITATION_RELATIONS);
        for (CitationRecord c : read.values()) {
            Gold.Citation match = null;
            for (Gold.Citation gc : gold) {
                if (same(gc, c)) { match = gc; break; }
            }
            if (match == null) {
                cites.fp++;
                s.errors.add(g.id() + " CITATION extra " + c.title().orElse("") + " " + c.numberAsWritten().orElse("") + " (" + c.relation().notation() + ")");
                continue;
            }
            gold.remove(match);
            cites.tp++;
            if (match.relation().equals(c.relation().notation())) relations.tp++;
            else {
                relations.fp++;
                relations.fn++;
                s.errors.add(g.id() + " CITATION_RELATION " + match.title().or(match::number).orElse("") + " gold " + match.relation() + " | read " + c.relation().notation());
            }
        }
        for (Gold.Citation gc : gold) {
            cites.fn++;
            relations.fn++;
            s.errors.add(g.id() + " CITATION missed " + gc.title().orElse("") + " " + gc.number().orElse("") + " (" + gc.relation() + ")");
        }
    }

    private static boolean same(Gold.Citation gc, CitationRecord c) {
        Optional<DocNumber> goldNumber = gc.number().flatMap(DocNumber::parse);
        if (goldNumber.isPresent() && c.number().isPresent() && goldNumber.equals(c.number())) return true;
        return gc.title().isPresent() && c.title().isPresent() && titleKey(gc.title().get()).equals(titleKey(c.title().get()));
    }

    private void scoreTargets(Gold g, ExtractedDocument doc, Scores s) {
        List<TargetRecord> read = new ArrayList<>();
        doc.measures().forEach(m -> m.targets().stream().filter(t -> !t.isMilestone()).forEach(read::add));
        doc.documentTargets().stream().filter(t -> !t.isMilestone()).forEach(read::add);
        List<Gold.Target> gold = new ArrayList<>(g.targets());
        String text = doc.text().text();
        Count targets = s.get(Facet.TARGETS), milestones = s.get(Facet.MILESTONES);
        for (TargetRecord t : read) {
            Gold.Target match = gold.stream().filter(gt -> sameValue(gt, t) && Objects.equals(gt.deadline(), t.deadlineYear()))
                    .findFirst().orElse(null);
            if (match != null) {
                gold.remove(match);
                targets.tp++;
                if (match.staged()) milestones.tp++;
                continue;
            }
            targets.fp++;
            boolean wrongYearOfStaged = g.targets().stream().anyMatch(gt -> gt.staged() && sameValue(gt, t));
            if (wrongYearOfStaged) milestones.fp++;
            s.errors.add(g.id() + " TARGET extra " + describe(t) + " «" + text.substring(t.start(), t.end()) + "»");
        }
        for (Gold.Target gt : gold) {
            targets.fn++;
            if (gt.staged()) milestones.fn++;
            s.errors.add(g.id() + " TARGET missed " + gt.value().toPlainString() + (gt.upper() == null ? "" : ".." + gt.upper().toPlainString())
                    + gt.unit() + " by " + gt.deadline() + " «" + gt.quote() + "»");
        }
    }

    private static boolean sameValue(Gold.Target gt, TargetRecord t) {
        return gt.value() != null && gt.value().compareTo(t.value()) == 0 && unit(gt.unit()).equals(unit(t.unit()))
                && (gt.upper() == null ? t.upperValue() == null : t.upperValue() != null && gt.upper().compareTo(t.upperValue()) == 0);
    }

    private static String unit(String u) {
        // 万台（套）: what the brackets add to a unit does not change it.
        // 微克每立方米 and 微克/立方米 are one unit spelt two ways.
        return u == null ? "" : TextNormaliser.normaliseFragment(u.strip()).replaceAll("（[^）]*）$", "").replaceAll("\\s", "")
                .replaceAll("^(.+?)每(.+)$", "$1/$2").toLowerCase(Locale.ROOT);
    }

    private static String describe(TargetRecord t) {
        return t.value().toPlainString() + (t.upperValue() == null ? "" : ".." + t.upperValue().toPlainString()) + t.unit()
                + " by " + t.deadlineYear() + " [" + t.indicatorAsWritten() + "]";
    }

    static String table(String name, Scores s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s (%d texts)%n", name, s.texts));
        b.append(String.format(Locale.ROOT, "  %-19s %5s %5s %5s %7s %7s %7s%n", "facet", "tp", "fp", "fn", "P", "R", "F1"));
        for (var e : s.counts.entrySet()) {
            Count c = e.getValue();
            b.append(String.format(Locale.ROOT, "  %-19s %5d %5d %5d %7.3f %7.3f %7.3f%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1()));
        }
        return b.toString();
    }
}
