package org.policylineage.lineage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The documents a document's measures are aligned with: those it cites as implemented or
 * forwarded, and, where the hierarchy allows a search by text, the few whose text it most shares
 * by sketch. For a document that cites nothing, also the documents outside its possible lineage
 * that share most: the background its inferred parents must beat. A bounded number per document
 * keeps the alignment linear in the corpus.
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
    }

    LineageCorpus.Doc document(String iri) {
        return corpus.docs.get(iri);
    }

    boolean citesNothing(LineageCorpus.Doc child) {
        return cited.getOrDefault(child.iri(), Set.of()).isEmpty();
    }

    /** The documents to align the child's measures with, cited ones first. */
    List<LineageCorpus.Doc> forAlignment(LineageCorpus.Doc child) {
        Set<LineageCorpus.Doc> out = new LinkedHashSet<>();
        for (String p : cited.getOrDefault(child.iri(), Set.of())) {
            LineageCorpus.Doc d = corpus.docs.get(p);
            if (d != null && !d.measures.isEmpty()) out.add(d);
        }
        List<LineageCorpus.Doc> pool = citesNothing(child) ? withMeasures
                : child.jurisdiction() == null ? List.of() : byPlace.getOrDefault(place(child), List.of());
        out.addAll(mostShared(child, pool, other -> hierarchy.searchByText(child, other)));
        return new ArrayList<>(out);
    }

    /** For a child that cites nothing: the documents outside its possible lineage whose text it most shares. */
    List<LineageCorpus.Doc> background(LineageCorpus.Doc child) {
        return mostShared(child, withMeasures, other -> !hierarchy.mayDeriveFrom(child, other) && !hierarchy.mayDeriveFrom(other, child));
    }

    /**
     * The {@code limit} documents of the pool whose sketches share most bins with the child's, of
     * those {@code allowed}; ties in pool order. A child citing nothing is compared with the whole
     * corpus, so the documents sharing any bin are sorted as numbers (bins shared, then position),
     * not as objects.
     */
    private List<LineageCorpus.Doc> mostShared(LineageCorpus.Doc child, List<LineageCorpus.Doc> pool,
                                               Predicate<LineageCorpus.Doc> allowed) {
        int[] own = sketches[child.index];
        if (own == null || pool.isEmpty()) return List.of();
        long[] ranked = new long[pool.size()];
        int n = 0;
        for (int i = 0; i < pool.size(); i++) {
            LineageCorpus.Doc d = pool.get(i);
            if (d == child) continue;
            int s = DocumentSketch.shared(own, sketches[d.index]);
            if (s > 0) ranked[n++] = (long) (DocumentSketch.BINS - s) << 32 | i;
        }
        Arrays.sort(ranked, 0, n);
        List<LineageCorpus.Doc> out = new ArrayList<>();
        for (int k = 0; k < n && out.size() < limit; k++) {
            LineageCorpus.Doc d = pool.get((int) ranked[k]);
            if (allowed.test(d)) out.add(d);
        }
        return out;
    }

    private static String place(LineageCorpus.Doc d) {
        return d.jurisdiction().slug() + " " + d.rank();
    }
}
