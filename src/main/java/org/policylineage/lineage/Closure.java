package org.policylineage.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
            if (!from.test(start)) continue;
            Map<String, Entry> reached = new LinkedHashMap<>();
            Deque<String> frontier = new ArrayDeque<>();
            frontier.add(start);
            Map<String, Integer> depth = new HashMap<>();
            depth.put(start, 0);
            while (!frontier.isEmpty()) {
                String node = frontier.poll();
                int d = depth.get(node);
                for (Link l : up.getOrDefault(node, List.of())) {
                    if (depth.containsKey(l.parent())) continue;
                    depth.put(l.parent(), d + 1);
                    reached.put(l.parent(), new Entry(start, l.parent(), d + 1, node, l));
                    frontier.add(l.parent());
                }
            }
            reached.values().forEach(out);
        }
    }
}
