package org.policylineage.search;

/** One search result: a document, measure or target, the document it belongs to, and why it matched. */
public record SearchHit(String iri, String type, String label, String snippet, String document, String documentLabel, double score) {
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String iri;
        private String type;
        private String label;
        private String snippet;
        private String document;
        private String documentLabel;
        private double score;

        private Builder() {}

        public Builder iri(String iri) {
            this.iri = iri;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder snippet(String snippet) {
            this.snippet = snippet;
            return this;
        }

        public Builder document(String document) {
            this.document = document;
            return this;
        }

        public Builder documentLabel(String documentLabel) {
            this.documentLabel = documentLabel;
            return this;
        }

        public Builder score(double score) {
            this.score = score;
            return this;
        }

        public SearchHit build() {
            return new SearchHit(iri, type, label, snippet, document, documentLabel, score);
        }
    }
}
