package org.policylineage.lineage.engine;

import org.policylineage.vocab.LinkMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A child measure that follows a parent measure.
 *
 * @param methods          text reuse or a named programme (or both)
 * @param score            how strongly the text supports the link, 0..1
 * @param reuseCoefficient share of the child's words copied from the parent, 0..1
 * @param parentCoverage   share of the parent's words the child reuses, 0..1
 * @param passages         the passages both share, longest first up to {@link #MAX_PASSAGES}, in text order
 * @param passageCount     how many passages were found, kept or not
 */
record Alignment(LineageCorpus.Measure child, LineageCorpus.Measure parent, List<LinkMethod> methods, double score,
                 double reuseCoefficient, double parentCoverage, List<Passage> passages, int passageCount) {
    /** Passages written per alignment: the evidence, not a copy of the whole measure split in pieces. */
    static final int MAX_PASSAGES = 6;

    /** A passage reused word for word: code points of each original text, and the child's wording. */
    record Passage(int childStart, int childEnd, int parentStart, int parentEnd, String text) {}

    /** The runs of a local alignment as passages of the two original texts. */
    static List<Passage> passages(MeasureText child, MeasureText parent, List<LocalAligner.Run> runs) {
        List<LocalAligner.Run> kept = new ArrayList<>(runs);
        if (kept.size() > MAX_PASSAGES) {
            kept.sort(Comparator.comparingInt((LocalAligner.Run r) -> child.chars(r.childFrom(), r.childTo())).reversed());
            kept = new ArrayList<>(kept.subList(0, MAX_PASSAGES));
            kept.sort(Comparator.comparingInt(LocalAligner.Run::childFrom));
        }
        List<Passage> out = new ArrayList<>(kept.size());
        for (LocalAligner.Run r : kept) {
            int cs = child.wordStart[r.childFrom()], ce = child.wordEnd[r.childTo() - 1];
            int[] c = child.document.codePoints(cs, ce);
            int[] p = parent.document.codePoints(parent.wordStart[r.parentFrom()], parent.wordEnd[r.parentTo() - 1]);
            out.add(new Passage(c[0], c[1], p[0], p[1], child.document.quote(cs, ce)));
        }
        return out;
    }

    static Builder builder() {
        return new Builder();
    }

    /** A builder holding this alignment's values, to change some of them. */
    Builder toBuilder() {
        return new Builder().child(child).parent(parent).methods(methods).score(score).reuseCoefficient(reuseCoefficient)
                .parentCoverage(parentCoverage).passages(passages).passageCount(passageCount);
    }

    static final class Builder {
        private LineageCorpus.Measure child;
        private LineageCorpus.Measure parent;
        private List<LinkMethod> methods;
        private double score;
        private double reuseCoefficient;
        private double parentCoverage;
        private List<Passage> passages;
        private int passageCount;

        private Builder() {}

        Builder child(LineageCorpus.Measure child) {
            this.child = child;
            return this;
        }

        Builder parent(LineageCorpus.Measure parent) {
            this.parent = parent;
            return this;
        }

        Builder methods(List<LinkMethod> methods) {
            this.methods = methods;
            return this;
        }

        Builder score(double score) {
            this.score = score;
            return this;
        }

        Builder reuseCoefficient(double reuseCoefficient) {
            this.reuseCoefficient = reuseCoefficient;
            return this;
        }

        Builder parentCoverage(double parentCoverage) {
            this.parentCoverage = parentCoverage;
            return this;
        }

        Builder passages(List<Passage> passages) {
            this.passages = passages;
            return this;
        }

        Builder passageCount(int passageCount) {
            this.passageCount = passageCount;
            return this;
        }

        Alignment build() {
            return new Alignment(child, parent, methods, score, reuseCoefficient, parentCoverage, passages, passageCount);
        }
    }
}
