package org.policylineage.lineage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documents a document's measures are aligned with: those it cites as implemented or
 * forwarded, and, where the hierarchy allows a search by text, the few whose text it most shares
 * by sketch. A document that cites nothing is compared with the documents it may derive from
 * that it most shares, and with those outside its possible lineage that it most shares: the
 * background its inferred parents must beat. A bounded number per document keeps the alignment
 * linear in the corpus.
 */
final class CandidateParents {
    private final LineageCorpus corpus;
    private final Hierarchy hierarchy;
    private final Map<String, Set<String>> cited;
    private final int[][] sketches;
    private final int limit;
    /** Documents with measures by jurisdiction and level: where a citing document looks for its own earlier plans. */
    private final Map<String, List<LineageCorpus.Doc>> byPlace = new HashMap<>();
    private final List<LineageCorpus.Doc> withMeasures = new ArrayList<>();
    private final SketchIndex index;

    CandidateParents(LineageCorpus corpus, Hierarchy hierarchy, Map<String, Set<String>> cited, int[][] sketches, int limit) {
        this.corpus = corpus;
        this.hierarchy = hierarchy;
        this.cited = cited;
        this.sketches = sketches;
        this.limit = limit;
        for (LineageCorpus.Doc d : corpus.documents()) {
            if (d.measures.isEmpty()) continue;
            withMeasures.add(d);
            if (d.jurisdiction() != null) byPlace.computeIfAbsent(place(d), k -> new ArrayList<>()).add(d);
        }
        this.index = new SketchIndex(withMeasures, sketches);
    }

    /** The hierarchy the candidates are chosen within. */
    Hierarchy hierarchy() {
        return hierarchy;
    }

    LineageCorpus.Doc document(String iri) {
        return corpus.docs.get(iri);
    }

    boolean citesNothing(LineageCorpus.Doc child) {
        return !hierarchy.citesAny(child);
    }

    /** For a child that cites documents: the documents to align its measures with, cited ones first. */
    List<LineageCorpus.Doc> forAlignment(LineageCorpus.Doc child) {
        Set<LineageCorpus.Doc> out = new LinkedHashSet<>();
        for (String p : cited.getOrDefault(child.iri(), Set.of())) {
            LineageCorpus.Doc d = corpus.docs.get(p);
            if (d != null && !d.measures.isEmpty()) out.add(d);
        }
        List<LineageCorpus.Doc> pool = child.jurisdiction() == null ? List.of() : byPlace.getOrDefault(place(child), List.of());
        out.addAll(mostShared(child, pool, other -> hierarchy.searchByText(child, other)));
        return new ArrayList<>(out);
    }

    /** What a child citing nothing is compared with: the documents it may derive from, and the background they must beat. */
    record Neighbourhood(List<LineageCorpus.Doc> candidates, List<LineageCorpus.Doc> background) {}

    /**
     * For a child that cites nothing, from one ranking of the whole corpus: the documents the
     * hierarchy lets it derive from that its text most shares, and the documents outside its
     * possible lineage that it most shares.
     */
    Neighbourhood neighbourhood(LineageCorpus.Doc child) {
        List<LineageCorpus.Doc> candidates = new ArrayList<>(), background = new ArrayList<>();
        Ranking ranking = rank(child, withMeasures);
        for (int k = 0; k < ranking.size() && (candidates.size() < limit || background.size() < limit); k++) {
            LineageCorpus.Doc d = ranking.get(k);
            if (candidates.size() < limit && hierarchy.searchByText(child, d)) candidates.add(d);
            else if (background.size() < limit && !hierarchy.mayDeriveFrom(child, d) && !hierarchy.mayDeriveFrom(d, child)) background.add(d);
        }
        return new Neighbourhood(candidates, background);
    }

    /** The {@code limit} documents of the pool whose sketches share most bins with the child's, of those {@code allowed}. */
    private List<LineageCorpus.Doc> mostShared(LineageCorpus.Doc child, List<LineageCorpus.Doc> pool,
                                               Predicate<LineageCorpus.Doc> allowed) {
        Ranking ranking = rank(child, pool);
        List<LineageCorpus.Doc> out = new ArrayList<>();
        for (int k = 0; k < ranking.size() && out.size() < limit; k++) {
            LineageCorpus.Doc d = ranking.get(k);
            if (allowed.test(d)) out.add(d);
        }
        return out;
    }

    /**
     * The documents of the pool sharing any sketch bin with the child's, most bins first, ties in
     * pool order: put in order by counting, one bucket per number of bins shared, not by sorting.
     */
    private Ranking rank(LineageCorpus.Doc child, List<LineageCorpus.Doc> pool) {
        int[] own = sketches[child.index];
        if (own == null || pool.isEmpty()) return new Ranking(pool, new int[0]);
        byte[] shared;
        if (pool == withMeasures) {
            // The whole corpus, for a child citing nothing: counted through the index.
            shared = index.shared(own);
        } else {
            shared = new byte[pool.size()];
            for (int i = 0; i < pool.size(); i++) shared[i] = (byte) DocumentSketch.shared(own, sketches[pool.get(i).index]);
        }
        // Bucket BINS - s holds the documents sharing s bins; start[b] is where bucket b begins.
        int[] start = new int[DocumentSketch.BINS + 1];
        for (int i = 0; i < pool.size(); i++) {
            if (shared[i] > 0 && pool.get(i) != child) start[DocumentSketch.BINS - shared[i] + 1]++;
        }
        for (int b = 1; b < start.length; b++) start[b] += start[b - 1];
        int[] ranked = new int[start[DocumentSketch.BINS]];
        for (int i = 0; i < pool.size(); i++) {
            if (shared[i] > 0 && pool.get(i) != child) ranked[start[DocumentSketch.BINS - shared[i]]++] = i;
        }
        return new Ranking(pool, ranked);
    }

    private record Ranking(List<LineageCorpus.Doc> pool, int[] order) {
        int size() {
            return order.length;
        }

        LineageCorpus.Doc get(int k) {
            return pool.get(order[k]);
        }
    }

    private static String place(LineageCorpus.Doc d) {
        return d.jurisdiction().slug() + " " + d.rank();
    }
}
