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
}
