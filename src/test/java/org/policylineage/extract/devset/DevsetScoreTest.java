package org.policylineage.extract.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylineage.extract.devset.DevsetScorer.Facet;
import org.policylineage.extract.devset.DevsetScorer.Scores;

/**
 * The extractor on real documents it was not written for: the development set's scores per facet,
 * printed and written to target/devset-report.txt with every error, and held to floors. A floor is a
 * little under the lower of the two parts' F1 when it was set, so a change that makes extraction worse on
 * real text fails here. The goals (targets F1 0.90, citations and own 文号/title 0.95, the held-out
 * part within 0.05) are not all reached; the set's README says where it stands.
 */
class DevsetScoreTest {
    /** Lowest F1 per facet on each part; a drop below fails the build. */
    private static final Map<Facet, Double> FLOOR = Map.of(
            Facet.ACCEPTED, 1.0,
            Facet.NUMBER, 0.86,
            Facet.TITLE, 0.76,
            Facet.DATE, 0.91,
            Facet.CITATIONS, 0.90,
            Facet.CITATION_RELATIONS, 0.80,
            Facet.TARGETS, 0.80,
            Facet.MILESTONES, 0.86);

    private static Scores tuned, heldOut;

    @BeforeAll
    static void score() throws IOException {
        List<Gold> all = DevsetScorer.load();
        DevsetScorer scorer = new DevsetScorer();
        tuned = scorer.score(all.stream().filter(g -> !DevsetScorer.heldOut(g.id())).toList());
        heldOut = scorer.score(all.stream().filter(g -> DevsetScorer.heldOut(g.id())).toList());
        String report = DevsetScorer.table("tuned on", tuned) + DevsetScorer.table("held out", heldOut)
                + "\nerrors, tuned part:\n" + String.join("\n", tuned.errors)
                + "\n\nerrors, held-out part:\n" + String.join("\n", heldOut.errors) + "\n";
        Path out = Path.of("target/devset-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(DevsetScorer.table("tuned on", tuned) + DevsetScorer.table("held out", heldOut));
    }

    @Test
    void theSetIsLargeAndVariedEnoughToMeanSomething() {
        assertThat(tuned.texts + heldOut.texts).isGreaterThanOrEqualTo(40);
        assertThat(heldOut.texts).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyFacetHoldsItsFloorOnBothParts() {
        for (var e : FLOOR.entrySet()) {
            assertThat(tuned.get(e.getKey()).f1()).as("tuned " + e.getKey()).isGreaterThanOrEqualTo(e.getValue());
            assertThat(heldOut.get(e.getKey()).f1()).as("held out " + e.getKey()).isGreaterThanOrEqualTo(e.getValue());
        }
    }

    @Test
    void noTextWithATitleNumberCitationOrTargetIsRefused() {
        assertThat(tuned.get(Facet.ACCEPTED).fn + heldOut.get(Facet.ACCEPTED).fn).isZero();
    }
}
