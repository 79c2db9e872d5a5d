package org.policylineage.lineage.engine;

import org.policylineage.vocab.LinkMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lineage of a document that cites nothing, from its text alone. Its words are
 * aligned (2-word anchors, so reworded borrowing still shows) with every document it shares
 * vocabulary with. A document it may derive from, by the hierarchy, is a parent when the child
 * shares more of its text with it than with any document outside its possible lineage: the
 * same-topic background that all policy on a subject shares.
 */
final class InferredLineage {
    private static final int ANCHOR_WORDS = 2;
    private static final int MIN_PASSAGE_CHARS = 4;
    /** Least share of the child's text a parent must hold, whatever the background. */
    private static final double MIN_REUSE = 0.03;
    /** A supporting measure pair is recorded as evidence from this score up. */
    private static final double MIN_SUPPORT = 0.1;

    private final Hierarchy hierarchy;
    private final LocalAligner aligner = new LocalAligner(ANCHOR_WORDS, MIN_PASSAGE_CHARS);

    InferredLineage(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** A parent found from text, with the measure pairs that support it. */
    record Inferred(Link link, List<Alignment> support) {}

    /** What the child shares with one other document: per child measure, its best partner. */
    private record Reuse(LineageCorpus.Doc other, double share, List<Alignment> best) {}

    List<Inferred> infer(LineageCorpus.Doc child, List<MeasureText> childMeasures,
                         Map<LineageCorpus.Doc, List<MeasureText>> neighbours) {
        int childChars = childMeasures.stream().mapToInt(MeasureText::chars).sum();
        if (childChars == 0) return List.of();
        List<Reuse> allowed = new ArrayList<>();
        double background = 0;
        String backgroundDoc = null;
        for (var e : neighbours.entrySet()) {
            LineageCorpus.Doc other = e.getKey();
            if (other.iri().equals(child.iri()) || hierarchy.mayDeriveFrom(other, child)) continue;
            Reuse r = reuse(childMeasures, childChars, other, e.getValue());
            if (hierarchy.mayDeriveFrom(child, other)) {
                allowed.add(r);
            } else if (r.share() > background) {
                background = r.share();
                backgroundDoc = other.label();
            }
        }
        List<Inferred> out = new ArrayList<>();
        for (Reuse r : allowed) {
            if (r.share() < MIN_REUSE || r.share() <= background) continue;
            // Without a background to beat, the share alone is weak evidence: half confidence at most.
            double score = background == 0 ? Math.min(0.5, r.share()) : 1 - background / r.share();
            String why = String.format("cites nothing; shares %.1f%% of its text with %s, more than with any document "
                            + "outside its possible lineage (%s: %.1f%%)", r.share() * 100, r.other().label(),
                    backgroundDoc == null ? "none" : backgroundDoc, background * 100);
            out.add(new Inferred(new Link(child.iri(), r.other().iri(), LinkMethod.INFERRED_FROM_TEXT, score, why),
                    r.best().stream().filter(a -> a.score() >= MIN_SUPPORT).toList()));
        }
        return out;
    }

    private Reuse reuse(List<MeasureText> childMeasures, int childChars, LineageCorpus.Doc other, List<MeasureText> otherMeasures) {
        int shared = 0;
        List<Alignment> best = new ArrayList<>();
        if (otherMeasures.isEmpty()) return new Reuse(other, 0, best);
        AnchorIndex anchors = otherMeasures.get(0).document.anchorIndex(ANCHOR_WORDS);
        for (MeasureText c : childMeasures) {
            List<LocalAligner.Run> topRuns = null;
            MeasureText topParent = null;
            double topScore = 0, topChildCov = 0, topParentCov = 0;
            int topShared = 0;
            long partners = anchors.partners(c);
            for (int i = 0; i < otherMeasures.size(); i++) {
                if (!AnchorIndex.includes(partners, i)) continue;
                MeasureText p = otherMeasures.get(i);
                List<LocalAligner.Run> runs = aligner.align(c, p);
                int s = LocalAligner.chars(runs, c);
                if (s == 0) continue;
                double childCov = (double) s / Math.max(1, c.chars());
                double parentCov = (double) s / Math.max(1, p.chars());
                double score = MeasureAligner.score(childCov, parentCov);
                if (topRuns == null || score > topScore) {
                    topRuns = runs;
                    topParent = p;
                    topScore = score;
                    topChildCov = childCov;
                    topParentCov = parentCov;
                    topShared = s;
                }
            }
            if (topRuns != null) {
                shared += topShared;
                // Passages only for the pairs that may be written as support.
                List<Alignment.Passage> passages = topScore >= MIN_SUPPORT ? Alignment.passages(c, topParent, topRuns) : List.of();
                best.add(Alignment.builder().child(c.measure).parent(topParent.measure)
                        .methods(List.of(LinkMethod.TEXT_REUSE)).score(topScore).reuseCoefficient(Math.min(1, topChildCov))
                        .parentCoverage(Math.min(1, topParentCov)).passages(passages).passageCount(topRuns.size()).build());
            }
        }
        return new Reuse(other, (double) shared / childChars, best);
    }
}
