package org.policylineage.lineage;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.policylineage.reference.Region;
import org.policylineage.reference.RegionDirectory;

/**
 * Which document may derive from which: one it cites as implemented or forwarded; one of a higher
 * level whose jurisdiction contains its own; or an earlier one of the same level and jurisdiction.
 */
final class Hierarchy {
    private final RegionDirectory regions;
    private final Map<String, Set<String>> cited;

    Hierarchy(RegionDirectory regions, Map<String, Set<String>> explicitParents) {
        this.regions = regions;
        this.cited = explicitParents;
    }

    boolean cites(LineageCorpus.Doc child, LineageCorpus.Doc parent) {
        return cited.getOrDefault(child.iri(), Set.of()).contains(parent.iri());
    }

    boolean mayDeriveFrom(LineageCorpus.Doc child, LineageCorpus.Doc parent) {
        if (child.iri().equals(parent.iri())) return false;
        if (cites(child, parent)) return true;
        if (cites(parent, child)) return false;
        if (parent.rank() > 0 && child.rank() > 0 && parent.rank() < child.rank()) {
            return child.jurisdiction() == null || parent.jurisdiction() == null || contains(parent.jurisdiction(), child.jurisdiction());
        }
        if (parent.rank() == child.rank() && parent.jurisdiction() != null && child.jurisdiction() != null
                && parent.jurisdiction().slug().equals(child.jurisdiction().slug())) {
            return earlier(parent, child);
        }
        return false;
    }

    /**
     * Whether to look for a child's reuse of a parent by text alone: for a child that cites no
     * parent, anywhere the hierarchy allows; for one that does, only among the earlier documents of
     * its own level and jurisdiction (a city's earlier plans). A document that names its sources is
     * aligned with them, not with every document that happens to repeat the same national wording.
     */
    boolean searchByText(LineageCorpus.Doc child, LineageCorpus.Doc parent) {
        if (!mayDeriveFrom(child, parent)) return false;
        if (cited.getOrDefault(child.iri(), Set.of()).isEmpty()) return true;
        return parent.rank() == child.rank() && parent.jurisdiction() != null && child.jurisdiction() != null
                && parent.jurisdiction().slug().equals(child.jurisdiction().slug());
    }

    /** An undated document (a draft for comment) is taken to be the newest. */
    private static boolean earlier(LineageCorpus.Doc a, LineageCorpus.Doc b) {
        if (a.dateKey() == null) return false;
        if (b.dateKey() == null) return true;
        return a.dateKey().isBefore(b.dateKey());
    }

    /** Whether {@code inner} lies in {@code outer}, through parents or grouping membership. */
    boolean contains(Region outer, Region inner) {
        Deque<Region> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(inner);
        while (!todo.isEmpty()) {
            Region r = todo.poll();
            if (!seen.add(r.slug())) continue;
            if (r.slug().equals(outer.slug())) return true;
            regions.parent(r).ifPresent(todo::add);
            for (String g : r.memberOf()) regions.bySlug(g).ifPresent(todo::add);
        }
        return false;
    }
}
