package org.policylineage.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.policylineage.reference.Region;
import org.policylineage.text.NormalisedText;

/**
 * Everything read from one policy document, as plain records with offsets into its normalised text.
 *
 * @param alternativeTitles titles this document also goes by (the attachment a notice issues)
 * @param forwarded         documents this one forwards whose text it carries, with their issuers
 * @param level             national, regional, provincial, municipal or county
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
                                Optional<String> level,
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
}
