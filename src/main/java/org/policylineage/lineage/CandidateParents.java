package org.policylineage.lineage;

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
        if (citesNothing(child)) {
            // Of a child that cites nothing, only a higher level or its own may be a parent: the rest is not compared.
            out.addAll(mostShared(child, withMeasures, other -> other.rank() == child.rank()
                    || other.rank() > 0 && child.rank() > 0 && other.rank() < child.rank(), other -> hierarchy.searchByText(child, other)));
        } else if (child.jurisdiction() != null) {
            out.addAll(mostShared(child, byPlace.getOrDefault(place(child), List.of()), other -> true,
                    other -> hierarchy.searchByText(child, other)));
        }
        return new ArrayList<>(out);
    }

    /** For a child that cites nothing: the documents outside its possible lineage whose text it most shares. */
    List<LineageCorpus.Doc> background(LineageCorpus.Doc child) {
        return mostShared(child, withMeasures, other -> true,
                other -> !hierarchy.mayDeriveFrom(child, other) && !hierarchy.mayDeriveFrom(other, child));
    }

    /**
     * The {@code limit} documents of the pool whose sketches share most bins with the child's, of
     * those {@code allowed}; ties in pool order. {@code eligible} is a cheap test that skips a
     * document before its sketch is compared. A child citing nothing is compared with the whole
     * corpus, so no document pair is sorted: they are counted by bins shared, and read from the top.
     */
    private List<LineageCorpus.Doc> mostShared(LineageCorpus.Doc child, List<LineageCorpus.Doc> pool,
                                               Predicate<LineageCorpus.Doc> eligible, Predicate<LineageCorpus.Doc> allowed) {
        int[] own = sketches[child.index];
        if (own == null || pool.isEmpty()) return List.of();
        byte[] shared = new byte[pool.size()];
        int[] withShared = new int[DocumentSketch.BINS + 1];
        for (int i = 0; i < pool.size(); i++) {
            LineageCorpus.Doc d = pool.get(i);
            if (d == child || !eligible.test(d)) continue;
            int s = DocumentSketch.shared(own, sketches[d.index]);
            shared[i] = (byte) s;
            withShared[s]++;
        }
        List<LineageCorpus.Doc> out = new ArrayList<>();
        for (int s = DocumentSketch.BINS; s > 0 && out.size() < limit; s--) {
            if (withShared[s] == 0) continue;
            for (int i = 0; i < pool.size() && out.size() < limit; i++) {
                if (shared[i] == s && allowed.test(pool.get(i))) out.add(pool.get(i));
            }
        }
        return out;
    }

    private static String place(LineageCorpus.Doc d) {
        return d.jurisdiction().slug() + " " + d.rank();
    }
}
