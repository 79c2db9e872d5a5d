package org.policylineage.extract;

import java.util.List;

import org.policylineage.text.NormalisedText.Line;

/**
 * Where the parts of a document lie in its normalised text: the front matter (numbers, titles,
 * cover letter, preamble), the numbered sections and measures, and the trailer after the last measure.
 */
record Layout(List<Line> frontMatter, List<SectionSpan> sections, List<MeasureSpan> measures, List<Line> trailer) {

    record SectionSpan(int ordinal, String number, String heading, int start, int end) {}

    record MeasureSpan(int ordinal, String number, int sectionOrdinal, String heading, int start, int headingEnd, int end) {
        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private int ordinal;
            private String number;
            private int sectionOrdinal;
            private String heading;
            private int start;
            private int headingEnd;
            private int end;

            private Builder() {}

            Builder ordinal(int ordinal) {
                this.ordinal = ordinal;
                return this;
            }

            Builder number(String number) {
                this.number = number;
                return this;
            }

            Builder sectionOrdinal(int sectionOrdinal) {
                this.sectionOrdinal = sectionOrdinal;
                return this;
            }

            Builder heading(String heading) {
                this.heading = heading;
                return this;
            }

            Builder start(int start) {
                this.start = start;
                return this;
            }

            Builder headingEnd(int headingEnd) {
                this.headingEnd = headingEnd;
                return this;
            }

            Builder end(int end) {
                this.end = end;
                return this;
            }

            MeasureSpan build() {
                return new MeasureSpan(ordinal, number, sectionOrdinal, heading, start, headingEnd, end);
            }
        }
    }

    boolean hasStructure() { return !measures.isEmpty() || !sections.isEmpty(); }
}
