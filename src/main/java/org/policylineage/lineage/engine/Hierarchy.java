package org.policylineage.lineage.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.policylineage.reference.Region;
import org.policylineage.reference.RegionDirectory;

/**
 * Which document may derive from which: one it cites as implemented or forwarded; one of a higher
 * level whose jurisdiction contains its own; or an earlier one of the same level and jurisdiction.
 */
final class Hierarchy {
    private static final int[] NONE = new int[0];

    private final RegionDirectory regions;
    /**
     * By document index, the indexes of the corpus documents it cites, sorted. A document that
     * cites nothing is compared with every document of the corpus, so these are looked up by
     * number, not by IRI: on a large corpus the IRI look-ups were a large part of the computation.
     */
    private final int[][] cited;
    /** By document index, whether it cites anything, in the corpus or not. */
    private final boolean[] citesAny;
    /** By region slug, the slugs of every region it lies in, itself included. */
    private final Map<String, Set<String>> enclosing = new ConcurrentHashMap<>();

    Hierarchy(RegionDirectory regions, LineageCorpus corpus, Map<String, Set<String>> explicitParents) {
        this.regions = regions;
        this.cited = new int[corpus.docs.size()][];
        this.citesAny = new boolean[corpus.docs.size()];
        Arrays.fill(cited, NONE);
        explicitParents.forEach((child, parents) -> {
            LineageCorpus.Doc c = corpus.docs.get(child);
            if (c == null || parents.isEmpty()) return;
            citesAny[c.index] = true;
            cited[c.index] = parents.stream().map(corpus.docs::get).filter(p -> p != null)
                    .mapToInt(p -> p.index).sorted().toArray();
        });
    }

    boolean cites(LineageCorpus.Doc child, LineageCorpus.Doc parent) {
        return Arrays.binarySearch(cited[child.index], parent.index) >= 0;
    }

    /** Whether the document cites any document as implemented or forwarded. */
    boolean citesAny(LineageCorpus.Doc child) {
        return citesAny[child.index];
    }

    boolean mayDeriveFrom(LineageCorpus.Doc child, LineageCorpus.Doc parent) {
        if (child.index == parent.index) return false;
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
        if (!citesAny(child)) return true;
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
        return enclosing.computeIfAbsent(inner.slug(), slug -> enclosingOf(inner)).contains(outer.slug());
    }

    private Set<String> enclosingOf(Region inner) {
        Deque<Region> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(inner);
        while (!todo.isEmpty()) {
            Region r = todo.poll();
            if (!seen.add(r.slug())) continue;
            regions.parent(r).ifPresent(todo::add);
            for (String g : r.memberOf()) regions.bySlug(g).ifPresent(todo::add);
        }
        return Set.copyOf(seen);
    }
}
