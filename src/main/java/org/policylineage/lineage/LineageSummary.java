package org.policylineage.lineage;

/**
 * What a lineage rebuild found, the work it took and how long.
 *
 * @param documentPairs documents aligned with a candidate parent document
 * @param measurePairs  measure pairs of those documents examined
 * @param triples       triples of the lineage graph written
 * @param millis        computing the lineage and writing it to a file
 * @param storeMillis   replacing the lineage graph in the store with that file
 */
public record LineageSummary(int documents, int measures, long documentPairs, long measurePairs, int alignments,
                             int documentLinks, int targetLinks, int localAdditions, int noCounterpart, long triples,
                             long millis, long storeMillis) {
    @Override
    public String toString() {
        return String.format("%d measure alignments (%d measure pairs of %d document pairs, %d measures), %d document links, "
                        + "%d target links, %d local additions, %d measures without counterpart, %d triples, computed in %d ms, stored in %d ms",
                alignments, measurePairs, documentPairs, measures, documentLinks, targetLinks, localAdditions, noCounterpart,
                triples, millis, storeMillis);
    }
}
