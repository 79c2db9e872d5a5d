package org.policylineage.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policylineage.text.NormalisedText.Line;

/**
 * What the front matter of a document says about it, before jurisdiction is known.
 *
 * @param issuerNames    issuers as written: page metadata, signature, or the head of the title
 * @param embedded       titles of documents whose full text follows in this one (the attachment a notice
 *                       issues or forwards), with the issuers listed under them
 * @param paragraphs     cover-letter and preamble paragraphs, where citations are read
 */
record FrontMatter(Optional<String> title, Optional<DocNumber> number, Optional<LocalDate> date,
                   List<String> issuerNames, int issuersStart, boolean draft,
                   List<Embedded> embedded, List<Line> paragraphs, List<String> warnings) {

    record Embedded(String title, int start, int end, List<String> issuerNames) {}

    static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private Optional<String> title;
        private Optional<DocNumber> number;
        private Optional<LocalDate> date;
        private List<String> issuerNames;
        private int issuersStart;
        private boolean draft;
        private List<Embedded> embedded;
        private List<Line> paragraphs;
        private List<String> warnings;

        private Builder() {}

        Builder title(Optional<String> title) {
            this.title = title;
            return this;
        }

        Builder number(Optional<DocNumber> number) {
            this.number = number;
            return this;
        }

        Builder date(Optional<LocalDate> date) {
            this.date = date;
            return this;
        }

        Builder issuerNames(List<String> issuerNames) {
            this.issuerNames = issuerNames;
            return this;
        }

        Builder issuersStart(int issuersStart) {
            this.issuersStart = issuersStart;
            return this;
        }

        Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        Builder embedded(List<Embedded> embedded) {
            this.embedded = embedded;
            return this;
        }

        Builder paragraphs(List<Line> paragraphs) {
            this.paragraphs = paragraphs;
            return this;
        }

        Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        FrontMatter build() {
            return new FrontMatter(title, number, date, issuerNames, issuersStart, draft, embedded, paragraphs, warnings);
        }
    }
}
