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
}
