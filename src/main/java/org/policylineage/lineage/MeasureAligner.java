package org.policylineage.lineage;

import org.policylineage.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parent measures each measure reuses. Candidates come from two near-linear sources: every
 * measure pair of two documents linked by an explicit citation whose MinHash signatures agree
 * somewhere, and measures sharing an LSH band of their signatures within the document hierarchy.
 * Each candidate pair is then aligned locally to score it and extract the shared passages.
 */
final class MeasureAligner {
    private static final Pattern QUOTED_NAME = Pattern.compile("“([^“”]{4,20})”");
    /** Largest LSH bucket read pair by pair; a bigger one is boilerplate every measure shares. */
    private static final int MAX_BUCKET = 200;

    /** Tuning of the aligner. */
    record Parameters(double threshold, int shingleSize, int minhashSize, int lshRows) {}

    /** Counts of the work done, for benchmarks. */
    record Stats(int measures, long candidatePairs, long alignedPairs) {}

    private final Parameters parameters;
    private final Hierarchy hierarchy;
    private final Words tokenizer = new Words();
    private final LocalAligner aligner;
    private Stats stats = new Stats(0, 0, 0);

    MeasureAligner(Parameters parameters, Hierarchy hierarchy) {
        this.parameters = parameters;
        this.hierarchy = hierarchy;
        this.aligner = new LocalAligner(parameters.shingleSize(), 6);
    }

    Stats stats() { return stats; }

    /** Prepares every measure of the corpus: words, hashes, signature. */
    List<MeasureText> prepare(LineageCorpus corpus) {
        List<MeasureText> out = new ArrayList<>();
        for (LineageCorpus.Measure m : corpus.measures) {
            out.add(MeasureText.of(m, tokenizer, parameters.shingleSize(), parameters.minhashSize()));
        }
        return out;
    }

    List<Alignment> align(LineageCorpus corpus, List<MeasureText> prepared) {
        Map<String, List<MeasureText>> byDoc = new LinkedHashMap<>();
        for (MeasureText p : prepared) byDoc.computeIfAbsent(p.measure().doc().iri(), k -> new ArrayList<>()).add(p);
        Map<MeasureText, Integer> index = new java.util.IdentityHashMap<>();
        for (MeasureText p : prepared) index.put(p, index.size());
        Set<Long> seen = new HashSet<>();
        List<MeasureText[]> candidates = new ArrayList<>();
        // 1. Measures of documents linked by an explicit citation.
        for (LineageCorpus.Citation c : corpus.citations) {
            if (!c.relation().equals("implements") && !c.relation().equals("forwards")) continue;
            for (MeasureText child : byDoc.getOrDefault(c.child(), List.of())) {
                for (MeasureText parent : byDoc.getOrDefault(c.parent(), List.of())) {
                    if (Shingles.estimatedJaccard(child.signature(), parent.signature()) > 0) addCandidate(child, parent, index, seen, candidates);
                }
            }
        }
        // 2. Measures sharing an LSH band, where a child may have reused a parent without citing it.
        int rows = parameters.lshRows();
        Map<Long, List<MeasureText>> buckets = new HashMap<>();
        for (MeasureText p : prepared) {
            if (p.signature()[0] == Long.MAX_VALUE) continue;
            for (int band = 0; band + rows <= p.signature().length; band += rows) {
                long key = band;
                for (int k = 0; k < rows; k++) key = Shingles.mix(key * 31 + p.signature()[band + k]);
                buckets.computeIfAbsent(key, x -> new ArrayList<>()).add(p);
            }
        }
        for (List<MeasureText> bucket : buckets.values()) {
            if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) continue;
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = 0; j < bucket.size(); j++) {
                    MeasureText a = bucket.get(i), b = bucket.get(j);
                    if (i != j && hierarchy.searchByText(a.measure().doc(), b.measure().doc())) addCandidate(a, b, index, seen, candidates);
                }
            }
        }
        List<Alignment> out = new ArrayList<>();
        long aligned = 0;
        for (MeasureText[] pair : candidates) {
            if (!hierarchy.mayDeriveFrom(pair[0].measure().doc(), pair[1].measure().doc())) continue;
            aligned++;
            Alignment a = textReuse(pair[0], pair[1]);
            if (a != null && a.score() >= parameters.threshold()) out.add(a);
        }
        out = withNamedProgrammes(out, prepared, byDoc);
        stats = new Stats(prepared.size(), candidates.size(), aligned);
        return out;
    }

    private static void addCandidate(MeasureText child, MeasureText parent, Map<MeasureText, Integer> index, Set<Long> seen,
                                     List<MeasureText[]> out) {
        if (seen.add(((long) index.get(child) << 32) | index.get(parent))) out.add(new MeasureText[] {child, parent});
    }

    private Alignment textReuse(MeasureText child, MeasureText parent) {
        List<LocalAligner.Run> runs = aligner.align(child.words(), parent.words(), child.tokens());
        if (runs.isEmpty()) return null;
        int shared = 0;
        for (LocalAligner.Run r : runs) shared += LocalAligner.chars(r, child.tokens());
        List<Alignment.Passage> passages = MeasureText.passages(child, parent, runs);
        double reuse = Math.min(1, (double) shared / Math.max(1, child.chars()));
        double parentCoverage = Math.min(1, (double) shared / Math.max(1, parent.chars()));
        double score = score(reuse, parentCoverage);
        return new Alignment(child.measure(), parent.measure(), List.of("text-reuse"), score, reuse, parentCoverage, passages);
    }

    /** The stronger of the two coverages, tempered by the weaker, so one short shared phrase scores low. */
    static double score(double childCoverage, double parentCoverage) {
        double hi = Math.max(childCoverage, parentCoverage);
        double lo = Math.min(childCoverage, parentCoverage);
        return Math.sqrt(hi * (hi + lo) / 2);
    }

    /**
     * A measure naming a quoted programme (“长三角绿色认证先行区”) follows the measure of a higher
     * document whose heading is about that programme.
     */
    private List<Alignment> withNamedProgrammes(List<Alignment> found, List<MeasureText> prepared, Map<String, List<MeasureText>> byDoc) {
        Map<String, Alignment> byPair = new LinkedHashMap<>();
        for (Alignment a : found) byPair.put(a.child().iri() + " " + a.parent().iri(), a);
        // The quoted names children use, then the measures whose heading names one: one pass over all headings.
        java.util.TreeMap<String, String> names = new java.util.TreeMap<>();
        for (MeasureText child : prepared) {
            Matcher q = QUOTED_NAME.matcher(child.body());
            while (q.find()) names.put(q.group(1), q.group(1));
        }
        if (names.isEmpty()) return found;
        com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<String> trie = new com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie<>();
        trie.build(names);
        Map<String, List<MeasureText>> headingsNaming = new HashMap<>();
        for (MeasureText m : prepared) {
            trie.parseText(m.measure().heading(), (begin, end, name) ->
                    headingsNaming.computeIfAbsent(name, k -> new ArrayList<>()).add(m));
        }
        for (MeasureText child : prepared) {
            Matcher q = QUOTED_NAME.matcher(child.body());
            while (q.find()) {
                String name = q.group(1);
                for (MeasureText parent : headingsNaming.getOrDefault(name, List.of())) {
                    LineageCorpus.Measure pm = parent.measure();
                    if (!hierarchy.mayDeriveFrom(child.measure().doc(), pm.doc())) continue;
                    int headingAt = pm.text().indexOf(name);
                    Alignment.Passage passage = new Alignment.Passage(child.measure().start() + q.start(1),
                            child.measure().start() + q.end(1), pm.start() + headingAt, pm.start() + headingAt + name.length());
                    String key = child.measure().iri() + " " + pm.iri();
                    Alignment existing = byPair.get(key);
                    if (existing == null) {
                        byPair.put(key, new Alignment(child.measure(), pm, List.of("named-programme"), 0.9, 0, 0, List.of(passage)));
                    } else if (!existing.methods().contains("named-programme")) {
                        List<String> methods = new ArrayList<>(existing.methods());
                        methods.add("named-programme");
                        List<Alignment.Passage> passages = new ArrayList<>(existing.passages());
                        passages.add(passage);
                        byPair.put(key, new Alignment(existing.child(), existing.parent(), methods,
                                Math.max(existing.score(), 0.9), existing.reuseCoefficient(), existing.parentCoverage(), passages));
                    }
                }
            }
        }
        return new ArrayList<>(byPair.values());
    }
}
