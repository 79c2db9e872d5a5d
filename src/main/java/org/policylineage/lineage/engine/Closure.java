package org.policylineage.lineage.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The transitive closure of upward links, with the depth of each ancestor and the link that reaches
 * it, so deep lineage walks are a lookup. A cycle (two documents citing each other) ends the walk.
 */
final class Closure {

    /** An ancestor of a node: how far up, through which node, by which link. */
    record Entry(String descendant, String ancestor, int depth, String via, Link link) {}

    private Closure() {}

    static List<Entry> of(List<Link> links) {
        List<Entry> out = new ArrayList<>();
        each(links, start -> true, out::add);
        return out;
    }

    /**
     * Hands each entry of the closure of the nodes {@code from} accepts to {@code out}, without
     * holding them all: a national corpus has millions.
     */
    static void each(List<Link> links, Predicate<String> from, Consumer<Entry> out) {
        Map<String, List<Link>> up = new HashMap<>();
        for (Link l : links) up.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
        for (String start : up.keySet()) {
            if (from.test(start)) walk(start, n -> up.getOrDefault(n, List.of()), Link::parent, l -> l, out);
        }
    }

    /**
     * Hands each ancestor of {@code start} to {@code out}, nearest first. Nodes are whatever the
     * caller keeps in memory (IRIs, or the measures themselves when there are millions); the link of
     * an edge, with its IRIs, is made only as the edge is reached.
     *
     * @param up       the edges from a node to its parents
     * @param parentOf the parent an edge reaches
     * @param linkOf   the link an edge stands for
     */
    static <N, E> void walk(N start, Function<N, ? extends Collection<E>> up, Function<E, N> parentOf,
                            Function<E, Link> linkOf, Consumer<Entry> out) {
        Map<N, Integer> depth = new HashMap<>();
        depth.put(start, 0);
        Deque<N> frontier = new ArrayDeque<>();
        frontier.add(start);
        String startIri = null;
        while (!frontier.isEmpty()) {
            N node = frontier.poll();
            int d = depth.get(node);
            for (E edge : up.apply(node)) {
                N parent = parentOf.apply(edge);
                if (depth.containsKey(parent)) continue;
                depth.put(parent, d + 1);
                Link l = linkOf.apply(edge);
                if (startIri == null) startIri = l.child();
                out.accept(new Entry(startIri, l.parent(), d + 1, l.child(), l));
                frontier.add(parent);
            }
        }
    }
}
