package org.policylineage.extract;

import java.util.List;

import org.policylineage.text.NormalisedText.Line;

/**
 * Where the parts of a document lie in its normalised text: the front matter (numbers, titles,
 * cover letter, preamble), the numbered sections and measures, and the trailer after the last measure.
 */
record Layout(List<Line> frontMatter, List<SectionSpan> sections, List<MeasureSpan> measures, List<Line> trailer) {

    record SectionSpan(int ordinal, String number, String heading, int start, int end) {}

    record MeasureSpan(int ordinal, String number, int sectionOrdinal, String heading, int start, int headingEnd, int end) {}

    boolean hasStructure() { return !measures.isEmpty() || !sections.isEmpty(); }
}
