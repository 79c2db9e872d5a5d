package org.policylineage.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policylineage.reference.Region;
import org.policylineage.text.NormalisedText;
import org.policylineage.vocab.DocumentLevel;

/**
 * Everything read from one policy document, as plain records with offsets into its normalised text.
 *
 * @param alternativeTitles titles this document also goes by (the attachment a notice issues)
 * @param forwarded         documents this one forwards whose text it carries, with their issuers
 * @param kinds             notations of the document kinds (notice, implementing-opinions, draft, …)
 * @param documentTargets   targets stated outside any measure (a 主要目标 paragraph, a preamble, a
 *                          report's lead): they belong to the document
 * @param warnings          what was read but not trusted: a malformed or contradictory 文号 or date; a
 *                          limit of what one document may hold that was reached
 * @param readEnd           where in the normalised text reading stopped: its length, unless the
 *                          document has more measures or sections than one document may hold
 */
public record ExtractedDocument(NormalisedText text,
                                Optional<DocNumber> number,
                                Optional<String> title,
                                List<String> alternativeTitles,
                                List<AgencyMention> issuers,
                                Optional<LocalDate> date,
                                Optional<Region> jurisdiction,
                                Optional<String> jurisdictionEvidence,
                                Optional<DocumentLevel> level,
                                List<String> kinds,
                                boolean draft,
                                List<SectionRecord> sections,
                                List<MeasureRecord> measures,
                                List<CitationRecord> citations,
                                List<TargetRecord> documentTargets,
                                List<String> warnings,
                                int readEnd) {

    /** Whether the document was read only up to {@link #readEnd}, a limit being reached. */
    public boolean cut() {
        return readEnd < text.length();
    }

    public int targetCount() {
        return measures.stream().mapToInt(m -> m.targets().size()).sum() + documentTargets.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private NormalisedText text;
        private Optional<DocNumber> number;
        private Optional<String> title;
        private List<String> alternativeTitles;
        private List<AgencyMention> issuers;
        private Optional<LocalDate> date;
        private Optional<Region> jurisdiction;
        private Optional<String> jurisdictionEvidence;
        private Optional<DocumentLevel> level;
        private List<String> kinds;
        private boolean draft;
        private List<SectionRecord> sections;
        private List<MeasureRecord> measures;
        private List<CitationRecord> citations;
        private List<TargetRecord> documentTargets;
        private List<String> warnings;
        private int readEnd;

        private Builder() {}

        public Builder text(NormalisedText text) {
            this.text = text;
            return this;
        }

        public Builder number(Optional<DocNumber> number) {
            this.number = number;
            return this;
        }

        public Builder title(Optional<String> title) {
            this.title = title;
            return this;
        }

        public Builder alternativeTitles(List<String> alternativeTitles) {
            this.alternativeTitles = alternativeTitles;
            return this;
        }

        public Builder issuers(List<AgencyMention> issuers) {
            this.issuers = issuers;
            return this;
        }

        public Builder date(Optional<LocalDate> date) {
            this.date = date;
            return this;
        }

        public Builder jurisdiction(Optional<Region> jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        public Builder jurisdictionEvidence(Optional<String> jurisdictionEvidence) {
            this.jurisdictionEvidence = jurisdictionEvidence;
            return this;
        }

        public Builder level(Optional<DocumentLevel> level) {
            this.level = level;
            return this;
        }

        public Builder kinds(List<String> kinds) {
            this.kinds = kinds;
            return this;
        }

        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        public Builder sections(List<SectionRecord> sections) {
            this.sections = sections;
            return this;
        }

        public Builder measures(List<MeasureRecord> measures) {
            this.measures = measures;
            return this;
        }

        public Builder citations(List<CitationRecord> citations) {
            this.citations = citations;
            return this;
        }

        public Builder documentTargets(List<TargetRecord> documentTargets) {
            this.documentTargets = documentTargets;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        public Builder readEnd(int readEnd) {
            this.readEnd = readEnd;
            return this;
        }

        public ExtractedDocument build() {
            return new ExtractedDocument(text, number, title, alternativeTitles, issuers, date, jurisdiction, jurisdictionEvidence, level, kinds, draft, sections, measures, citations, documentTargets, warnings, readEnd);
        }
    }
}
