package org.policylineage.extract;

import java.util.List;
import java.util.Optional;

import org.policylineage.vocab.CitationRelation;

/**
 * A citation of another document, with the relation its cue words give.
 *
 * @param title        the cited title as written inside 《》, or empty for a citation by number only
 * @param numberAsWritten the cited 文号 as written, or empty
 * @param issuers      the issuers the citation names (before 《 or at the head of the title)
 * @param measureKey   the measure holding the citation, or empty for the front matter
 */
public record CitationRecord(Optional<String> title, Optional<String> numberAsWritten, Optional<DocNumber> number,
                             CitationRelation relation, List<AgencyMention> issuers, Optional<String> measureKey,
                             int start, int end) {

    /** The title in the form used to match documents: no spaces, no brackets. */
    public Optional<String> normalisedTitle() {
        return title.map(Titles::normalise);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder().title(title).numberAsWritten(numberAsWritten).number(number).relation(relation)
                .issuers(issuers).measureKey(measureKey).start(start).end(end);
    }

    public static final class Builder {
        private Optional<String> title;
        private Optional<String> numberAsWritten;
        private Optional<DocNumber> number;
        private CitationRelation relation;
        private List<AgencyMention> issuers;
        private Optional<String> measureKey;
        private int start;
        private int end;

        private Builder() {}

        public Builder title(Optional<String> title) {
            this.title = title;
            return this;
        }

        public Builder numberAsWritten(Optional<String> numberAsWritten) {
            this.numberAsWritten = numberAsWritten;
            return this;
        }

        public Builder number(Optional<DocNumber> number) {
            this.number = number;
            return this;
        }

        public Builder relation(CitationRelation relation) {
            this.relation = relation;
            return this;
        }

        public Builder issuers(List<AgencyMention> issuers) {
            this.issuers = issuers;
            return this;
        }

        public Builder measureKey(Optional<String> measureKey) {
            this.measureKey = measureKey;
            return this;
        }

        public Builder start(int start) {
            this.start = start;
            return this;
        }

        public Builder end(int end) {
            this.end = end;
            return this;
        }

        public CitationRecord build() {
            return new CitationRecord(title, numberAsWritten, number, relation, issuers, measureKey, start, end);
        }
    }
}
