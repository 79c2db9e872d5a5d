package org.policylineage.lineage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policylineage.vocab.CitationRelation.IMPLEMENTS;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The materialised closure: depths along the shortest path, and a citation cycle ends the walk. */
class ClosureTest {

    @Test
    void depthsAndViaAlongTheShortestPath() {
        List<Closure.Entry> entries = Closure.of(List.of(
                new Link("city", "province", IMPLEMENTS, 1, null),
                new Link("province", "nation", IMPLEMENTS, 1, null),
                new Link("city", "nation", IMPLEMENTS, 1, null)));
        assertThat(entries).filteredOn(e -> e.descendant().equals("city"))
                .extracting(e -> e.ancestor() + "@" + e.depth() + " via " + e.via())
                .containsExactlyInAnyOrder("province@1 via city", "nation@1 via city");
    }

    @Test
    void aCitationCycleTerminates() {
        List<Closure.Entry> entries = Closure.of(List.of(
                new Link("a", "b", IMPLEMENTS, 1, null),
                new Link("b", "c", IMPLEMENTS, 1, null),
                new Link("c", "a", IMPLEMENTS, 1, null),
                new Link("a", "a", IMPLEMENTS, 1, null)));
        assertThat(entries).filteredOn(e -> e.descendant().equals("a"))
                .extracting(e -> e.ancestor() + "@" + e.depth()).containsExactlyInAnyOrder("b@1", "c@2");
    }
}
