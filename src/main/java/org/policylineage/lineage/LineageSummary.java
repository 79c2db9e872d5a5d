package org.policylineage.lineage;

/** What a lineage rebuild found and how long it took. */
public record LineageSummary(int documents, int measures, long candidatePairs, long alignedPairs, int alignments,
                             int documentLinks, int targetLinks, int localAdditions, int noCounterpart, long millis) {
    @Override
    public String toString() {
        return String.format("%d measure alignments (%d candidate pairs of %d measures), %d document links, "
                        + "%d target links, %d local additions, %d measures without counterpart, in %d ms",
                alignments, candidatePairs, measures, documentLinks, targetLinks, localAdditions, noCounterpart, millis);
    }
}
