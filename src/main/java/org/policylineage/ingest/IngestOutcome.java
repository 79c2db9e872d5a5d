package org.policylineage.ingest;

import java.util.List;

/**
 * What happened to one file.
 *
 * @param documentIri the document it became; for a duplicate or a conflict, the stored document it
 *                    met; null when it was rejected
 * @param message     for a rejected file, why; for a duplicate, which file it duplicates; for a
 *                    conflict, which stored document has its IRI and how to replace it; for a
 *                    replacement, what was replaced
 * @param warnings    what was read but not trusted: a malformed or contradictory 文号 or date, a
 *                    limit of what one document may hold that was reached
 * @param replaced    the stored document this file replaced, as it was; null unless REPLACED
 */
public record IngestOutcome(String fileName, Status status, String documentIri, String message,
                            int measures, int agencies, int targets, int citations, int certificateTypes, List<String> warnings,
                            StoredDocument replaced) {

    /**
     * Whether the file was loaded (new, or replacing a document the caller named), left as a
     * duplicate, refused because its document is already stored and no replace was asked for, or
     * refused as unreadable.
     */
    public enum Status { INGESTED, REPLACED, DUPLICATE, CONFLICT, REJECTED }

    /** A document as it was in the store: what a replacement replaced. */
    public record StoredDocument(String documentIri, String number, String fileName, String sha256, String ingested) {
        String describe() {
            return documentIri + (number == null ? "" : " (" + number + ")") + ", read from " + fileName
                    + (ingested == null ? "" : " at " + ingested);
        }
    }

    public static IngestOutcome rejected(String fileName, String message) {
        return new IngestOutcome(fileName, Status.REJECTED, null, message, 0, 0, 0, 0, 0, List.of(), null);
    }

    static IngestOutcome duplicate(String fileName, String documentIri, String message) {
        return new IngestOutcome(fileName, Status.DUPLICATE, documentIri, message, 0, 0, 0, 0, 0, List.of(), null);
    }

    static IngestOutcome conflict(String fileName, String documentIri, String message) {
        return new IngestOutcome(fileName, Status.CONFLICT, documentIri, message, 0, 0, 0, 0, 0, List.of(), null);
    }

    public boolean loaded() { return status == Status.INGESTED || status == Status.REPLACED; }
}
