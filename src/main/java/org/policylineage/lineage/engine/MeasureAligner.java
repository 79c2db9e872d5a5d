package org.policylineage.lineage.engine;

import org.policylineage.vocab.LinkMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Finds the parent measures each measure of a document reuses, one candidate parent document at a
 * time: every measure pair of the two that shares an anchor is aligned locally, scored, and kept from
 * the threshold up with the passages both share. The candidate documents (those cited, and those
 * the hierarchy allows found by text) keep the work linear in the corpus.
 */
final class MeasureAligner {
    private final double threshold;
    private final LocalAligner aligner;
    private final AtomicLong documentPairs = new AtomicLong();
    private final AtomicLong measurePairs = new AtomicLong();

    MeasureAligner(double threshold, int anchorSize) {
        this.threshold = threshold;
        this.aligner = new LocalAligner(anchorSize, 6);
    }

    /** Document pairs and measure pairs examined so far. */
    long documentPairs() { return documentPairs.get(); }
    long measurePairs() { return measurePairs.get(); }

    List<Alignment> align(List<MeasureText> child, List<MeasureText> parent) {
        documentPairs.incrementAndGet();
        measurePairs.addAndGet((long) child.size() * parent.size());
        List<Alignment> out = new ArrayList<>();
        if (parent.isEmpty()) return out;
        AnchorIndex anchors = parent.get(0).document.anchorIndex(aligner.anchorSize());
        for (MeasureText c : child) {
            long partners = anchors.partners(c);
            if (partners == 0) continue;
            for (int i = 0; i < parent.size(); i++) {
                if (!AnchorIndex.includes(partners, i)) continue;
                Alignment a = textReuse(c, parent.get(i));
                if (a != null && a.score() >= threshold) out.add(a);
            }
        }
        return out;
    }

    private Alignment textReuse(MeasureText child, MeasureText parent) {
        List<LocalAligner.Run> runs = aligner.align(child, parent);
        if (runs.isEmpty()) return null;
        int shared = LocalAligner.chars(runs, child);
        double reuse = Math.min(1, (double) shared / Math.max(1, child.chars()));
        double parentCoverage = Math.min(1, (double) shared / Math.max(1, parent.chars()));
        double score = score(reuse, parentCoverage);
        return Alignment.builder().child(child.measure).parent(parent.measure).methods(List.of(LinkMethod.TEXT_REUSE))
                .score(score).reuseCoefficient(reuse).parentCoverage(parentCoverage)
                .passages(score < threshold ? List.of() : Alignment.passages(child, parent, runs)).passageCount(runs.size())
                .build();
    }

    /** The stronger of the two coverages, tempered by the weaker, so one short shared phrase scores low. */
    static double score(double childCoverage, double parentCoverage) {
        double hi = Math.max(childCoverage, parentCoverage);
        double lo = Math.min(childCoverage, parentCoverage);
        return Math.sqrt(hi * (hi + lo) / 2);
    }
}
