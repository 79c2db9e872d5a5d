package org.policylineage.lineage.engine;

import org.policylineage.vocab.CitationRelation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links each target to the parent targets of the same indicator in the nearest documents its own
 * derives from (the nearest generation, and within it the measures the target's measure follows),
 * computes the share of the parent, and marks targets no parent sets as local additions.
 */
final class TargetLinker {

    /** A child target, its parent, and how the two compare. */
    record TargetLink(LineageCorpus.Target child, LineageCorpus.Target parent, BigDecimal share, boolean inheritedUnchanged,
                      boolean deadlineDiffers, double score, String explanation) {
        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private LineageCorpus.Target child;
            private LineageCorpus.Target parent;
            private BigDecimal share;
            private boolean inheritedUnchanged;
            private boolean deadlineDiffers;
            private double score;
            private String explanation;

            private Builder() {}

            Builder child(LineageCorpus.Target child) {
                this.child = child;
                return this;
            }

            Builder parent(LineageCorpus.Target parent) {
                this.parent = parent;
                return this;
            }

            Builder share(BigDecimal share) {
                this.share = share;
                return this;
            }

            Builder inheritedUnchanged(boolean inheritedUnchanged) {
                this.inheritedUnchanged = inheritedUnchanged;
                return this;
            }

            Builder deadlineDiffers(boolean deadlineDiffers) {
                this.deadlineDiffers = deadlineDiffers;
                return this;
            }

            Builder score(double score) {
                this.score = score;
                return this;
            }

            Builder explanation(String explanation) {
                this.explanation = explanation;
                return this;
            }

            TargetLink build() {
                return new TargetLink(child, parent, share, inheritedUnchanged, deadlineDiffers, score, explanation);
            }
        }
    }

    record Result(List<TargetLink> links, List<LineageCorpus.Target> localAdditions) {
        /** The same result without the links {@code drop} matches (links a curator rejected). */
        Result without(java.util.function.Predicate<TargetLink> drop) {
            return new Result(links.stream().filter(drop.negate()).toList(), localAdditions);
        }
    }

    Result link(LineageCorpus corpus, List<Closure.Entry> documentAncestry, MeasureAlignments alignments) {
        Map<String, List<Closure.Entry>> ancestorsOf = new HashMap<>();
        Map<String, Set<String>> ancestorIris = new HashMap<>();
        for (Closure.Entry e : documentAncestry) {
            ancestorsOf.computeIfAbsent(e.descendant(), k -> new ArrayList<>()).add(e);
            ancestorIris.computeIfAbsent(e.descendant(), k -> new HashSet<>()).add(e.ancestor());
        }
        Map<String, List<LineageCorpus.Target>> targetsOf = new HashMap<>();
        for (LineageCorpus.Target t : corpus.targets) targetsOf.computeIfAbsent(t.doc().iri(), k -> new ArrayList<>()).add(t);
        List<TargetLink> links = new ArrayList<>();
        List<LineageCorpus.Target> local = new ArrayList<>();
        for (LineageCorpus.Target t : corpus.targets) {
            List<Closure.Entry> ancestors = ancestorsOf.getOrDefault(t.doc().iri(), List.of());
            // The documents above that set the same indicator; of those, the nearest generation: one that
            // another of them derives from is skipped (a county citing its city and its province takes the city's).
            List<Closure.Entry> setting = new ArrayList<>();
            for (Closure.Entry a : ancestors) if (!sameIndicator(targetsOf.get(a.ancestor()), t).isEmpty()) setting.add(a);
            List<Closure.Entry> nearest = new ArrayList<>();
            for (Closure.Entry a : setting) {
                boolean older = false;
                for (Closure.Entry b : setting) {
                    if (b != a && ancestorIris.getOrDefault(b.ancestor(), Set.of()).contains(a.ancestor())) {
                        older = true;
                        break;
                    }
                }
                if (!older) nearest.add(a);
            }
            int bestDepth = nearest.stream().mapToInt(Closure.Entry::depth).min().orElse(Integer.MAX_VALUE);
            List<LineageCorpus.Target> parents = new ArrayList<>();
            Closure.Entry via = null;
            for (Closure.Entry a : nearest) {
                if (a.depth() != bestDepth) continue;
                if (via == null) via = a;
                parents.addAll(sameIndicator(targetsOf.get(a.ancestor()), t));
            }
            if (parents.isEmpty()) {
                boolean hasParentTargets = ancestors.stream().anyMatch(a -> targetsOf.containsKey(a.ancestor()));
                if (hasParentTargets) local.add(t);
                continue;
            }
            // Several targets of the indicator above: those in the measures the child's measure follows.
            List<MeasureAlignments.Aligned> followed = t.measure() == null ? List.of() : alignments.of(t.measure());
            Set<LineageCorpus.Measure> followedMeasures = new HashSet<>();
            Set<LineageCorpus.Doc> followedDocs = new HashSet<>();
            for (MeasureAlignments.Aligned a : followed) {
                followedMeasures.add(a.parent());
                followedDocs.add(a.parent().doc());
            }
            List<LineageCorpus.Target> inFollowed = parents.stream().filter(p -> followedMeasures.contains(p.measure())).toList();
            if (parents.size() > 1 && !inFollowed.isEmpty()) parents = new ArrayList<>(inFollowed);
            for (LineageCorpus.Target p : parents) links.add(compare(t, p, via, followedDocs.contains(p.doc())));
        }
        return new Result(links, local);
    }

    private static List<LineageCorpus.Target> sameIndicator(List<LineageCorpus.Target> targets, LineageCorpus.Target t) {
        if (targets == null) return List.of();
        return targets.stream().filter(o -> o.indicator().equals(t.indicator())).toList();
    }

    private static TargetLink compare(LineageCorpus.Target child, LineageCorpus.Target parent, Closure.Entry via,
                                      boolean measureAligned) {
        boolean relative = child.direction() != null || parent.direction() != null;
        boolean sameUnit = child.unit().equals(parent.unit());
        BigDecimal share = null;
        if (sameUnit && !relative && !child.unit().equals("%") && parent.value().signum() > 0) {
            share = child.value().divide(parent.value(), 4, RoundingMode.HALF_UP);
        }
        boolean unchanged = sameUnit && (relative || child.unit().equals("%"))
                && child.value().compareTo(parent.value()) == 0 && child.comparator().equals(parent.comparator());
        boolean deadlineDiffers = child.deadline() != null && parent.deadline() != null && !child.deadline().equals(parent.deadline());
        boolean explicit = via.link().kind() instanceof CitationRelation r && r.isExplicitLineage();
        double score = (explicit ? 0.9 : 0.7) + (measureAligned ? 0.1 : 0.0);
        StringBuilder why = new StringBuilder("same indicator; ");
        why.append(parent.label()).append(" (").append(parent.doc().label()).append(") → ").append(child.label());
        if (share != null) why.append("; share ").append(share.stripTrailingZeros().toPlainString());
        if (unchanged) why.append("; inherited unchanged");
        if (deadlineDiffers) why.append("; deadline ").append(parent.deadline()).append(" → ").append(child.deadline());
        why.append("; parent document reached by ").append(via.link().kind().notation()).append(" at depth ").append(via.depth());
        return TargetLink.builder().child(child).parent(parent).share(share).inheritedUnchanged(unchanged)
                .deadlineDiffers(deadlineDiffers).score(Math.min(1.0, score)).explanation(why.toString()).build();
    }
}
