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
        return toBuilder().storeMillis(millis).build();
    }

    @Override
    public String toString() {
        return String.format("%d measure alignments (%d measure pairs of %d document pairs, %d measures), %d document links, "
                        + "%d target links, %d local additions, %d measures without counterpart, %d triples, %d texts read, computed in %d ms, stored in %d ms",
                alignments, measurePairs, documentPairs, measures, documentLinks, targetLinks, localAdditions, noCounterpart,
                triples, textsRead, millis, storeMillis);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().documents(documents).measures(measures).textsRead(textsRead).documentPairs(documentPairs)
                .measurePairs(measurePairs).alignments(alignments).documentLinks(documentLinks)
                .targetLinks(targetLinks).localAdditions(localAdditions).noCounterpart(noCounterpart).triples(triples)
                .millis(millis).storeMillis(storeMillis);
    }

    public static final class Builder {
        private int documents;
        private int measures;
        private long textsRead;
        private long documentPairs;
        private long measurePairs;
        private int alignments;
        private int documentLinks;
        private int targetLinks;
        private int localAdditions;
        private int noCounterpart;
        private long triples;
        private long millis;
        private long storeMillis;

        private Builder() {}

        public Builder documents(int documents) {
            this.documents = documents;
            return this;
        }

        public Builder measures(int measures) {
            this.measures = measures;
            return this;
        }

        public Builder textsRead(long textsRead) {
            this.textsRead = textsRead;
            return this;
        }

        public Builder documentPairs(long documentPairs) {
            this.documentPairs = documentPairs;
            return this;
        }

        public Builder measurePairs(long measurePairs) {
            this.measurePairs = measurePairs;
            return this;
        }

        public Builder alignments(int alignments) {
            this.alignments = alignments;
            return this;
        }

        public Builder documentLinks(int documentLinks) {
            this.documentLinks = documentLinks;
            return this;
        }

        public Builder targetLinks(int targetLinks) {
            this.targetLinks = targetLinks;
            return this;
        }

        public Builder localAdditions(int localAdditions) {
            this.localAdditions = localAdditions;
            return this;
        }

        public Builder noCounterpart(int noCounterpart) {
            this.noCounterpart = noCounterpart;
            return this;
        }

        public Builder triples(long triples) {
            this.triples = triples;
            return this;
        }

        public Builder millis(long millis) {
            this.millis = millis;
            return this;
        }

        public Builder storeMillis(long storeMillis) {
            this.storeMillis = storeMillis;
            return this;
        }

        public LineageSummary build() {
            return new LineageSummary(documents, measures, textsRead, documentPairs, measurePairs, alignments, documentLinks, targetLinks, localAdditions, noCounterpart, triples, millis, storeMillis);
        }
    }
}
