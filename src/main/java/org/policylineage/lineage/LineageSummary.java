package org.policylineage.lineage;

/**
 * What a lineage rebuild found, the work it took and how long.
 *
 * @param textsRead     documents' texts read from the store: the documents once each (a text the
 *                      cache let go comes back from a temporary file), and again only if that file could not be written
 * @param documentPairs documents aligned with a candidate parent document
 * @param measurePairs  measure pairs of those documents examined
 * @param triples       triples of the lineage graph written
 * @param millis        computing the lineage and writing it to a file
 * @param storeMillis   replacing the lineage graph in the store with that file
 */
public record LineageSummary(int documents, int measures, long textsRead, long documentPairs, long measurePairs, int alignments,
                             int documentLinks, int targetLinks, int localAdditions, int noCounterpart, long triples,
                             long millis, long storeMillis) {
    /** The same summary with the time the store took to replace the graph. */
    LineageSummary stored(long millis) {
        return new LineageSummary(documents, measures, textsRead, documentPairs, measurePairs, alignments, documentLinks, targetLinks,
                localAdditions, noCounterpart, triples, this.millis, millis);
    }

    @Override
    public String toString() {
        return String.format("%d measure alignments (%d measure pairs of %d document pairs, %d measures), %d document links, "
                        + "%d target links, %d local additions, %d measures without counterpart, %d triples, %d texts read, computed in %d ms, stored in %d ms",
                alignments, measurePairs, documentPairs, measures, documentLinks, targetLinks, localAdditions, noCounterpart,
                triples, textsRead, millis, storeMillis);
    }
}
