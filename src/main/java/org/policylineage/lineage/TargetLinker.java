package org.policylineage.lineage;

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
 * derives from, computes the share of the parent, and marks targets no parent sets as local additions.
 */
final class TargetLinker {

    /** A child target, its parent, and how the two compare. */
    record TargetLink(LineageCorpus.Target child, LineageCorpus.Target parent, BigDecimal share, boolean inheritedUnchanged,
                      boolean deadlineDiffers, double score, String explanation) {}

    record Result(List<TargetLink> links, List<LineageCorpus.Target> localAdditions) {}

    Result link(LineageCorpus corpus, List<Closure.Entry> documentAncestry, List<LineageService.Aligned> alignments) {
        Map<String, List<Closure.Entry>> ancestorsOf = new HashMap<>();
        for (Closure.Entry e : documentAncestry) ancestorsOf.computeIfAbsent(e.descendant(), k -> new ArrayList<>()).add(e);
        Map<String, Set<String>> alignedDocs = new HashMap<>();
        for (LineageService.Aligned a : alignments) {
            alignedDocs.computeIfAbsent(a.child().iri(), k -> new HashSet<>()).add(a.parent().doc().iri());
        }
        Map<String, List<LineageCorpus.Target>> byDocAndIndicator = new HashMap<>();
        Set<String> docsWithTargets = new HashSet<>();
        for (LineageCorpus.Target t : corpus.targets) {
            byDocAndIndicator.computeIfAbsent(t.doc().iri() + " " + t.indicator(), k -> new ArrayList<>()).add(t);
            docsWithTargets.add(t.doc().iri());
        }
        List<TargetLink> links = new ArrayList<>();
        List<LineageCorpus.Target> local = new ArrayList<>();
        for (LineageCorpus.Target t : corpus.targets) {
            List<Closure.Entry> ancestors = ancestorsOf.getOrDefault(t.doc().iri(), List.of());
            int bestDepth = Integer.MAX_VALUE;
            List<LineageCorpus.Target> parents = new ArrayList<>();
            Closure.Entry via = null;
            for (Closure.Entry a : ancestors) {
                List<LineageCorpus.Target> same = byDocAndIndicator.get(a.ancestor() + " " + t.indicator());
                if (same == null || a.depth() > bestDepth) continue;
                if (a.depth() < bestDepth) {
                    parents.clear();
                    bestDepth = a.depth();
                    via = a;
                }
                parents.addAll(same);
            }
            if (parents.isEmpty()) {
                boolean hasParentTargets = ancestors.stream().anyMatch(a -> docsWithTargets.contains(a.ancestor()));
                if (hasParentTargets) local.add(t);
                continue;
            }
            for (LineageCorpus.Target p : parents) links.add(compare(t, p, via, alignedDocs.getOrDefault(t.measure(), Set.of())));
        }
        return new Result(links, local);
    }

    private static TargetLink compare(LineageCorpus.Target child, LineageCorpus.Target parent, Closure.Entry via,
                                      Set<String> measureAlignedDocs) {
        boolean relative = child.direction() != null || parent.direction() != null;
        boolean sameUnit = child.unit().equals(parent.unit());
        BigDecimal share = null;
        if (sameUnit && !relative && !child.unit().equals("%") && parent.value().signum() > 0) {
            share = child.value().divide(parent.value(), 4, RoundingMode.HALF_UP);
        }
        boolean unchanged = sameUnit && (relative || child.unit().equals("%"))
                && child.value().compareTo(parent.value()) == 0 && child.comparator().equals(parent.comparator());
        boolean deadlineDiffers = child.deadline() != null && parent.deadline() != null && !child.deadline().equals(parent.deadline());
        boolean explicit = via.link().relation().equals("implements") || via.link().relation().equals("forwards");
        double score = (explicit ? 0.9 : 0.7) + (measureAlignedDocs.contains(parent.doc().iri()) ? 0.1 : 0.0);
        StringBuilder why = new StringBuilder("same indicator; ");
        why.append(parent.label()).append(" (").append(parent.doc().label()).append(") → ").append(child.label());
        if (share != null) why.append("; share ").append(share.stripTrailingZeros().toPlainString());
        if (unchanged) why.append("; inherited unchanged");
        if (deadlineDiffers) why.append("; deadline ").append(parent.deadline()).append(" → ").append(child.deadline());
        why.append("; parent document reached by ").append(via.link().relation()).append(" at depth ").append(via.depth());
        return new TargetLink(child, parent, share, unchanged, deadlineDiffers, Math.min(1.0, score), why.toString());
    }
}
