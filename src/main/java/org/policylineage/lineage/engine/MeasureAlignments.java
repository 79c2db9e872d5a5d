package org.policylineage.lineage.engine;

import org.policylineage.vocab.LinkMethod;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The measure alignments of a rebuild, once their evidence is written: one array ordered by child
 * measure, so a measure's parents are a range of it. A national corpus has millions of alignments;
 * maps or sets keyed by them would need several times the memory of the alignments themselves.
 */
final class MeasureAlignments {

    /** A measure that follows another, by the method that found it, and how well. */
    record Aligned(LineageCorpus.Measure child, LineageCorpus.Measure parent, LinkMethod method, double score) {
        Link link() {
            return new Link(child.iri(), parent.iri(), method, score, null);
        }
    }

    private final Aligned[] byChild;
    private final List<Aligned> all;

    MeasureAlignments(Collection<Aligned> found) {
        byChild = found.toArray(new Aligned[0]);
        Arrays.sort(byChild, Comparator.comparingInt((Aligned a) -> a.child().index()).thenComparingInt(a -> a.parent().index()));
        all = Arrays.asList(byChild);
    }

    int size() { return byChild.length; }

    /** Every alignment, by child measure, then parent measure. */
    List<Aligned> all() { return all; }

    /** The alignments of one child measure. */
    List<Aligned> of(LineageCorpus.Measure child) {
        int lo = first(child.index());
        int hi = first(child.index() + 1);
        return all.subList(lo, hi);
    }

    /** Whether a measure follows any other. */
    boolean aligned(LineageCorpus.Measure child) {
        return !of(child).isEmpty();
    }

    /** The first position whose child index is at least {@code index}. */
    private int first(int index) {
        int lo = 0, hi = byChild.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byChild[mid].child().index() < index) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
