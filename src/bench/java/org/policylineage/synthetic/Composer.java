package org.policylineage.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.policylineage.synthetic.SyntheticDocument.Citation;
import org.policylineage.synthetic.SyntheticDocument.Layout;
import org.policylineage.synthetic.SyntheticDocument.Measure;
import org.policylineage.synthetic.SyntheticDocument.Target;
import org.policylineage.vocab.DocumentLevel;

/**
 * Decides what each document says: a national document takes measures and targets from the pool; a
 * child takes its parent's measures (most verbatim, some rewritten, some dropped), adds local ones,
 * and sets its targets as shares of its parent's.
 */
final class Composer {
    private static final int FIRST_NATIONAL_YEAR = 2016, NATIONAL_YEARS = 7;
    private static final int[] DEADLINES = {2025, 2027, 2030, 2035};
    private static final int MIN_NATIONAL_TASKS = 8, MAX_NATIONAL_TASKS = 12;
    private static final int MIN_NATIONAL_TARGETS = 5, MAX_NATIONAL_TARGETS = 8;
    private static final int MIN_TASKS = 4, MAX_MEASURES = 30;

    // What a child does with its parent's measures and targets, and adds of its own.
    private static final double DROP = 0.15;
    private static final double REWRITE = 0.3;
    private static final double DROP_TARGET = 0.08;
    private static final double KEEP_PERCENTAGE = 0.6;
    private static final double SHIFT_DEADLINE = 0.12;
    /** Chances of adding 0, 1, 2 or 3 measures of its own. */
    private static final double[] NEW_MEASURES = {0.25, 0.4, 0.25, 0.1};
    /** Chances of adding 0, 1 or 2 targets of its own. */
    private static final double[] NEW_TARGETS = {0.5, 0.35, 0.15};
    private static final double TARGETS_AFTER_FIRST_SENTENCE = 0.3;
    private static final double ASPIRATIONAL = 0.2;
    private static final double NEW_MEASURE_LOCALISED = 0.5;

    // How a child cites, and how its text is presented.
    private static final double UNCITED = 0.05;
    private static final double CITES_ANCESTOR = 0.3;
    private static final double NOTICE = 0.2;
    private static final double SHORT_HEAD = 0.35;

    private final Templates templates;
    private final Geography geography;
    private final Rewriter rewriter;
    /** The last serial used for each issuer code and year, so every document number is unique. */
    private final Map<String, Integer> serials = new TreeMap<>();

    Composer(Templates templates, Geography geography) {
        this.templates = templates;
        this.geography = geography;
        this.rewriter = new Rewriter(templates);
    }

    SyntheticDocument national(TreePlanner.Planned p, String file, SplittableRandom rng) {
        Templates.Theme theme = templates.themes().get(p.theme());
        String stem = pick(theme.stems(), rng);
        LocalDate date = LocalDate.of(FIRST_NATIONAL_YEAR + rng.nextInt(NATIONAL_YEARS), 1, 1).plusDays(rng.nextInt(365));
        int deadline = nationalDeadline(date.getYear(), rng);
        Geography.Place country = geography.country();
        Templates.Issuer issuer = templates.issuer(DocumentLevel.NATIONAL, rng);
        String kind = pick(issuer.kinds(), rng);
        String name = fill(issuer.name(), country);
        String title = templates.phrase("title").replace("{head}", head(issuer, country, rng)).replace("{stem}", stem)
                .replace("{kind}", kind);

        List<Measure> measures = new ArrayList<>();
        List<Templates.PoolMeasure> tasks = new ArrayList<>();
        List<Templates.PoolMeasure> safeguards = new ArrayList<>();
        for (Templates.PoolMeasure m : templates.measures()) {
            if (!m.fits(theme)) continue;
            if (m.section().equals(Templates.GENERAL_SECTION)) measures.add(fresh(m, rng));
            else if (m.isTask()) tasks.add(m);
            else safeguards.add(m);
        }
        int taskCount = Math.min(tasks.size(), MIN_NATIONAL_TASKS + rng.nextInt(MAX_NATIONAL_TASKS - MIN_NATIONAL_TASKS + 1));
        for (Templates.PoolMeasure m : sampleInOrder(tasks, taskCount, rng)) measures.add(fresh(m, rng));
        int safeguardCount = Math.min(safeguards.size(), 2 + rng.nextInt(Math.max(1, safeguards.size() - 1)));
        for (Templates.PoolMeasure m : sampleInOrder(safeguards, safeguardCount, rng)) measures.add(fresh(m, rng));

        List<Templates.TargetTemplate> candidates = themeTargets(theme);
        shuffle(candidates, rng);
        int targetCount = Math.min(candidates.size(), MIN_NATIONAL_TARGETS + rng.nextInt(MAX_NATIONAL_TARGETS - MIN_NATIONAL_TARGETS + 1));
        for (Templates.TargetTemplate t : candidates.subList(0, targetCount)) {
            int year = rng.nextDouble() < SHIFT_DEADLINE && deadline - 2 > date.getYear() ? deadline - 2 : deadline;
            addToRandomTask(measures, newTarget(t, DocumentLevel.NATIONAL, year, rng), rng);
        }
        return new SyntheticDocument(p, file, country, List.of(), country.name(), List.of(name),
                number(issuer, country, date.getYear(), rng), title, Optional.empty(), kind, date, deadline, theme, stem,
                rng.nextDouble() < webShare(DocumentLevel.NATIONAL) ? Layout.WEB : Layout.PDF, List.of(), numbered(measures, theme));
    }

    /**
     * A document implementing the last of {@code ancestors} (its parent); the others are the parent's
     * own ancestors, national first, which it may cite too.
     */
    SyntheticDocument child(TreePlanner.Planned p, String file, List<SyntheticDocument> ancestors, SplittableRandom rng) {
        SyntheticDocument parent = ancestors.get(ancestors.size() - 1);
        DocumentLevel level = p.level();
        Templates.Theme theme = parent.theme();
        LocalDate date = parent.date().plusDays(lagDays(level, rng));
        int year = date.getYear();
        int deadline = parent.deadline();
        if (rng.nextDouble() < SHIFT_DEADLINE && deadline - 1 > year + 1) deadline--;

        List<Geography.Place> members = p.members().stream().map(geography::place).toList();
        Geography.Place place = level == DocumentLevel.REGIONAL ? members.get(0) : geography.place(p.place());
        String regionName = level == DocumentLevel.REGIONAL
                ? String.join("", members.stream().map(Geography.Place::code).toList()) : place.name();
        Rewriter.Locale locale = level == DocumentLevel.REGIONAL
                ? new Rewriter.Locale(regionName, members.stream().map(Geography.Place::shortName).toList())
                : new Rewriter.Locale(place.shortName(), below(place));

        Templates.Issuer issuer = templates.issuer(level, rng);
        String kind = pick(issuer.kinds(), rng);
        List<String> issuers = (level == DocumentLevel.REGIONAL ? members : List.of(place)).stream().map(m -> fill(issuer.name(), m)).toList();
        Optional<String> number = number(issuer, place, year, rng);
        Optional<String> embedded = Optional.empty();
        String title;
        Layout layout = rng.nextDouble() < webShare(level) ? Layout.WEB : Layout.PDF;
        if (level == DocumentLevel.REGIONAL) {
            embedded = Optional.of(templates.phrase("title.regional.embedded").replace("{group}", regionName)
                    .replace("{stem}", theme.regionalStem()));
            title = templates.phrase("title.regional").replace("{embedded}", embedded.get());
            layout = Layout.PDF_NOTICE;
        } else if (level != DocumentLevel.PROVINCIAL && layout == Layout.PDF && rng.nextDouble() < NOTICE) {
            embedded = Optional.of(templates.phrase("title.embedded").replace("{name}", place.name())
                    .replace("{stem}", parent.stem()).replace("{kind}", kind));
            title = templates.phrase("title.notice").replace("{head}", head(issuer, place, rng)).replace("{embedded}", embedded.get());
            layout = Layout.PDF_NOTICE;
        } else {
            title = templates.phrase("title").replace("{head}", head(issuer, place, rng)).replace("{stem}", parent.stem())
                    .replace("{kind}", kind);
        }

        List<Citation> citations = new ArrayList<>();
        if (level == DocumentLevel.REGIONAL || rng.nextDouble() >= UNCITED) {
            for (SyntheticDocument a : ancestors.subList(0, ancestors.size() - 1)) {
                if (rng.nextDouble() < CITES_ANCESTOR) citations.add(citation(a));
            }
            citations.add(citation(parent));
        }

        List<Measure> measures = inherit(parent, ancestors, level, year, deadline, locale, rng);
        return new SyntheticDocument(p, file, place, members, regionName, issuers, number, title, embedded, kind, date,
                deadline, theme, parent.stem(), layout, citations, numbered(measures, theme));
    }

    private List<Measure> inherit(SyntheticDocument parent, List<SyntheticDocument> ancestors, DocumentLevel level, int year,
                                  int deadline, Rewriter.Locale locale, SplittableRandom rng) {
        Templates.Theme theme = parent.theme();
        int tasksLeft = (int) parent.measures().stream().filter(m -> templates.measure(m.poolId()).isTask()).count();
        List<Measure> out = new ArrayList<>();
        for (Measure pm : parent.measures()) {
            boolean task = templates.measure(pm.poolId()).isTask();
            if (task && tasksLeft > MIN_TASKS && rng.nextDouble() < DROP) {
                tasksLeft--;
                continue;
            }
            List<Target> targets = new ArrayList<>();
            for (Target pt : pm.targets()) {
                if (rng.nextDouble() >= DROP_TARGET) targets.add(derive(pt, level, year, rng));
            }
            if (rng.nextDouble() < REWRITE) {
                Rewriter.Result r = rewriter.rewrite(pm.heading(), pm.sentences(), pm.targetsAt(), locale, rng);
                out.add(new Measure(0, pm.poolId(), pm.section(), r.heading(), r.sentences(), r.targetsAt(), pm.agencies(),
                        targets, pm.ordinal(), "rewritten", r.edits()));
            } else {
                out.add(new Measure(0, pm.poolId(), pm.section(), pm.heading(), pm.sentences(), pm.targetsAt(), pm.agencies(),
                        targets, pm.ordinal(), "verbatim", List.of()));
            }
        }

        // New measures come from pool entries no ancestor used, so a measure the truth calls new never
        // repeats an ancestor's text.
        Set<Integer> used = new HashSet<>();
        for (SyntheticDocument a : ancestors) for (Measure m : a.measures()) used.add(m.poolId());
        List<Templates.PoolMeasure> fresh = new ArrayList<>();
        for (Templates.PoolMeasure m : templates.measures()) {
            if (m.fits(theme) && m.isTask() && !used.contains(m.id())) fresh.add(m);
        }
        shuffle(fresh, rng);
        int adding = Math.min(fresh.size(), Math.min(choose(NEW_MEASURES, rng), MAX_MEASURES - out.size()));
        for (Templates.PoolMeasure m : fresh.subList(0, Math.max(0, adding))) {
            Measure n = fresh(m, rng);
            if (rng.nextDouble() < NEW_MEASURE_LOCALISED) {
                List<String> s = new ArrayList<>(n.sentences());
                int at = rewriter.insertLocal(s, n.targetsAt(), locale, rng);
                n = new Measure(0, n.poolId(), n.section(), n.heading(), List.copyOf(s), at, n.agencies(), List.of(), 0,
                        "new", List.of("insert"));
            }
            insertInSection(out, n, rng);
        }

        // Likewise a new target's indicator is one no ancestor set a target for.
        Set<Integer> present = new HashSet<>();
        for (Measure m : out) for (Target t : m.targets()) present.add(t.template().id());
        for (SyntheticDocument a : ancestors) for (Measure m : a.measures()) for (Target t : m.targets()) present.add(t.template().id());
        List<Templates.TargetTemplate> candidates = new ArrayList<>(themeTargets(theme));
        candidates.removeIf(t -> present.contains(t.id()));
        shuffle(candidates, rng);
        int newTargets = Math.min(candidates.size(), choose(NEW_TARGETS, rng));
        for (Templates.TargetTemplate t : candidates.subList(0, newTargets)) {
            addToRandomTask(out, newTarget(t, level, deadline, rng), rng);
        }
        return out;
    }

    /** A measure as the pool words it, with no parent. */
    private Measure fresh(Templates.PoolMeasure m, SplittableRandom rng) {
        int at = m.sentences().size() > 1 && rng.nextDouble() < TARGETS_AFTER_FIRST_SENTENCE ? 1 : m.sentences().size();
        return new Measure(0, m.id(), m.section(), m.heading(), m.sentences(), at, m.agencies(), List.of(), 0, "new", List.of());
    }

    /** Puts a new measure at a random place among the measures of its section, or where its section belongs. */
    private void insertInSection(List<Measure> measures, Measure m, SplittableRandom rng) {
        int first = -1, last = -1;
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).section().equals(m.section())) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) {
            measures.add(m);
            return;
        }
        measures.add(first + rng.nextInt(last - first + 2), m);
    }

    /** Orders measures by the theme's sections, keeping their order within each, and numbers them. */
    private List<Measure> numbered(List<Measure> measures, Templates.Theme theme) {
        Map<String, List<Measure>> bySection = new LinkedHashMap<>();
        for (String s : templates.sectionOrder(theme)) bySection.put(s, new ArrayList<>());
        for (Measure m : measures) bySection.computeIfAbsent(m.section(), k -> new ArrayList<>()).add(m);
        List<Measure> out = new ArrayList<>();
        for (List<Measure> section : bySection.values()) {
            for (Measure m : section) out.add(m.numbered(out.size() + 1));
        }
        return List.copyOf(out);
    }

    private void addToRandomTask(List<Measure> measures, Target t, SplittableRandom rng) {
        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) if (templates.measure(measures.get(i).poolId()).isTask()) tasks.add(i);
        if (tasks.isEmpty()) return;
        int i = tasks.get(rng.nextInt(tasks.size()));
        Measure m = measures.get(i);
        List<Target> targets = new ArrayList<>(m.targets());
        targets.add(t);
        measures.set(i, m.withTargets(List.copyOf(targets)));
    }

    /** A target of this level's own: a count scaled to the level, or a percentage in the national range. */
    private Target newTarget(Templates.TargetTemplate t, DocumentLevel level, int deadline, SplittableRandom rng) {
        double x = t.min() + rng.nextDouble() * (t.max() - t.min());
        BigDecimal value = t.form().equals("reduce") ? Numbers.roundHalf(x)
                : t.isPercentage() ? BigDecimal.valueOf(Math.round(x))
                : Numbers.roundCount(x * countScale(level));
        return new Target(t, value, deadline, rng.nextDouble() < ASPIRATIONAL, "new", null, null);
    }

    /** The child's version of a parent's target: a share of a count, a percentage kept or raised a little. */
    private Target derive(Target pt, DocumentLevel level, int year, SplittableRandom rng) {
        Templates.TargetTemplate t = pt.template();
        double parent = pt.value().doubleValue();
        BigDecimal value;
        if (t.form().equals("reduce")) {
            value = rng.nextDouble() < KEEP_PERCENTAGE ? pt.value() : Numbers.roundHalf(parent + 0.5 * (1 + rng.nextInt(4)));
        } else if (t.isPercentage()) {
            value = rng.nextDouble() < KEEP_PERCENTAGE || parent >= 100 ? pt.value()
                    : BigDecimal.valueOf(Math.min(100, Math.round(parent) + 1 + rng.nextInt(5)));
        } else {
            double[] share = countShare(level);
            value = Numbers.roundCount(parent * (share[0] + rng.nextDouble() * (share[1] - share[0])));
        }
        int deadline = pt.deadline();
        if (rng.nextDouble() < SHIFT_DEADLINE && deadline - 1 > year) deadline -= deadline - 2 > year && rng.nextBoolean() ? 2 : 1;
        return new Target(t, value, deadline, pt.aspirational(), "derived", pt.value(), pt.deadline());
    }

    /** The share of its parent's count a document of this level takes. */
    private static double[] countShare(DocumentLevel level) {
        return switch (level) {
            case PROVINCIAL -> new double[] {0.02, 0.12};
            case REGIONAL -> new double[] {0.10, 0.30};
            case MUNICIPAL -> new double[] {0.02, 0.40};
            default -> new double[] {0.05, 0.40};
        };
    }

    /** A level's own counts against the national range of targets.tsv. */
    private static double countScale(DocumentLevel level) {
        return switch (level) {
            case NATIONAL -> 1;
            case REGIONAL -> 0.2;
            case PROVINCIAL -> 0.05;
            case MUNICIPAL -> 0.006;
            case COUNTY -> 0.001;
        };
    }

    /** How likely a document of this level is captured from a web page rather than from a PDF. */
    private static double webShare(DocumentLevel level) {
        return switch (level) {
            case NATIONAL -> 0.5;
            case PROVINCIAL -> 0.35;
            case MUNICIPAL -> 0.12;
            case COUNTY -> 0.08;
            case REGIONAL -> 0;
        };
    }

    /** Days between a parent and a child document. */
    private static int lagDays(DocumentLevel level, SplittableRandom rng) {
        return switch (level) {
            case PROVINCIAL -> 20 + rng.nextInt(310);
            case REGIONAL -> 30 + rng.nextInt(335);
            case MUNICIPAL -> 20 + rng.nextInt(220);
            default -> 15 + rng.nextInt(185);
        };
    }

    private static int nationalDeadline(int year, SplittableRandom rng) {
        List<Integer> options = new ArrayList<>();
        for (int d : DEADLINES) if (d >= year + 3) options.add(d);
        if (options.isEmpty()) return year + 5;
        return options.size() > 1 && rng.nextDouble() < 0.3 ? options.get(1) : options.get(0);
    }

    /**
     * A new document number under the issuer's code, the next free serial for the code and year, leaving
     * gaps as real registers do; empty for an issuer that numbers nothing.
     */
    private Optional<String> number(Templates.Issuer issuer, Geography.Place place, int year, SplittableRandom rng) {
        if (issuer.code().isEmpty()) return Optional.empty();
        String key = fill(issuer.code(), place) + "〔" + year + "〕";
        int serial = serials.containsKey(key) ? serials.get(key) + 1 + rng.nextInt(6) : 1 + rng.nextInt(20);
        serials.put(key, serial);
        return Optional.of(key + serial + "号"); // the canonical spelling, as DocNumber writes it
    }

    /** How a title names the issuer: in full, or by the shorter head (市政府办公室). */
    private static String head(Templates.Issuer issuer, Geography.Place place, SplittableRandom rng) {
        return fill(rng.nextDouble() < SHORT_HEAD ? issuer.head() : issuer.name(), place);
    }

    private static String fill(String template, Geography.Place place) {
        return template.replace("{name}", place.name()).replace("{unit}", place.unitName())
                .replace("{self}", place.selfName()).replace("{code}", place.code());
    }

    private static Citation citation(SyntheticDocument d) {
        return new Citation(d.title(), d.number(), d.file());
    }

    private List<String> below(Geography.Place place) {
        if (place.children().isEmpty()) return List.of(templates.phrase("below.none"));
        return place.children().stream().map(id -> geography.place(id).name()).toList();
    }

    private List<Templates.TargetTemplate> themeTargets(Templates.Theme theme) {
        List<Templates.TargetTemplate> out = new ArrayList<>();
        for (Templates.TargetTemplate t : templates.targets()) if (t.theme().equals(theme.code())) out.add(t);
        return out;
    }

    private static <T> List<T> sampleInOrder(List<T> items, int k, SplittableRandom rng) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) idx.add(i);
        shuffle(idx, rng);
        List<Integer> chosen = new ArrayList<>(idx.subList(0, k));
        chosen.sort(null);
        return chosen.stream().map(items::get).toList();
    }

    private static int choose(double[] weights, SplittableRandom rng) {
        double x = rng.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    private static <T> T pick(List<T> items, SplittableRandom rng) {
        return items.get(rng.nextInt(items.size()));
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
