package org.policylineage.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policylineage.vocab.DocumentLevel;

/**
 * A generated document: what it says, and where each of its measures and targets came from.
 *
 * @param place         the issuing place; for a regional plan, the first of its members
 * @param members       the provinces issuing a regional plan jointly (empty otherwise)
 * @param regionName    the place's name, or the regional grouping's (苏浙皖)
 * @param issuers       the issuers' full names: one, or the provinces' bureaus issuing a regional plan
 * @param embeddedTitle the title of the document a notice issues (印发), when the text is such a notice
 * @param kind          the kind named in the preamble (实施意见, 方案)
 * @param deadline      the year the main goals are set for
 */
record SyntheticDocument(TreePlanner.Planned plan, String file, Geography.Place place, List<Geography.Place> members,
                         String regionName, List<String> issuers, Optional<String> number, String title,
                         Optional<String> embeddedTitle, String kind, LocalDate date, int deadline,
                         Templates.Theme theme, String stem, Layout layout, List<Citation> citations,
                         List<Measure> measures) {

    /** How the text is laid out. */
    enum Layout {
        /** Text extracted from a PDF: hard line breaks, page markers, stray spaces. */
        PDF("pdf"),
        /** As PDF, the document preceded by the notice that issues it. */
        PDF_NOTICE("pdf-notice"),
        /** A capture of a government web page: navigation, metadata fields and footer around the text. */
        WEB("web");

        private final String notation;

        Layout(String notation) { this.notation = notation; }

        String notation() { return notation; }
    }

    DocumentLevel level() { return plan.level(); }

    /** A document cited in the preamble. */
    record Citation(String title, Optional<String> number, String file) {}

    /**
     * A numbered measure （三）.
     *
     * @param poolId        the pool measure it descends from
     * @param sentences     the body, sentence by sentence, with the placeholders {全} {我} {年} unresolved
     * @param targetsAt     the sentence before which the targets stand (sentences.size() for the end)
     * @param agencies      function codes of the agencies its responsibility note names
     * @param parentOrdinal the ordinal of the parent's measure it was taken from, or 0
     * @param how           verbatim, rewritten or new
     * @param edits         for a rewritten or new measure, the edits made: synonym, reorder, insert
     */
    record Measure(int ordinal, int poolId, String section, String heading, List<String> sentences, int targetsAt,
                   List<String> agencies, List<Target> targets, int parentOrdinal, String how, List<String> edits) {

        Measure numbered(int n) {
            return new Measure(n, poolId, section, heading, sentences, targetsAt, agencies, targets, parentOrdinal, how, edits);
        }

        Measure withTargets(List<Target> t) {
            return new Measure(ordinal, poolId, section, heading, sentences, targetsAt, agencies, t, parentOrdinal, how, edits);
        }
    }

    /**
     * A quantitative target of a measure.
     *
     * @param how         derived (from the parent measure's target of the same indicator) or new
     * @param parentValue the parent's value, for a derived target
     */
    record Target(Templates.TargetTemplate template, BigDecimal value, int deadline, boolean aspirational, String how,
                  BigDecimal parentValue, Integer parentDeadline) {}
}
