package org.policylineage.extract;

import java.util.List;
import java.util.Optional;

/**
 * A citation of another document, with the relation its cue words give.
 *
 * @param title        the cited title as written inside 《》, or empty for a citation by number only
 * @param numberAsWritten the cited 文号 as written, or empty
 * @param relation     implements, forwards or mentions
 * @param issuers      the issuers the citation names (before 《 or at the head of the title)
 * @param measureKey   the measure holding the citation, or empty for the front matter
 */
public record CitationRecord(Optional<String> title, Optional<String> numberAsWritten, Optional<DocNumber> number,
                             String relation, List<AgencyMention> issuers, Optional<String> measureKey,
                             int start, int end) {

    /** The title in the form used to match documents: no spaces, no brackets. */
    public Optional<String> normalisedTitle() {
        return title.map(Titles::normalise);
    }
}
