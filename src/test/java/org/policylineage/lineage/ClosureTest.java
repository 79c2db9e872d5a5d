package org.policylineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The materialised closure: depths along the shortest path, and a citation cycle ends the walk. */
class ClosureTest {

    @Test
    void depthsAndViaAlongTheShortestPath() {
        List<Closure.Entry> entries = Closure.of(List.of(
                new Link("city", "province", "implements", 1, null),
                new Link("province", "nation", "implements", 1, null),
                new Link("city", "nation", "implements", 1, null)));
        assertThat(entries).filteredOn(e -> e.descendant().equals("city"))
                .extracting(e -> e.ancestor() + "@" + e.depth() + " via " + e.via())
                .containsExactlyInAnyOrder("province@1 via city", "nation@1 via city");
    }

    @Test
    void aCitationCycleTerminates() {
        List<Closure.Entry> entries = Closure.of(List.of(
                new Link("a", "b", "implements", 1, null),
                new Link("b", "c", "implements", 1, null),
                new Link("c", "a", "implements", 1, null),
                new Link("a", "a", "implements", 1, null)));
        assertThat(entries).filteredOn(e -> e.descendant().equals("a"))
                .extracting(e -> e.ancestor() + "@" + e.depth()).containsExactlyInAnyOrder("b@1", "c@2");
    }
}
