package org.policylineage.pipeline;

import java.util.List;

/**
 * What happened to one file.
 *
 * @param documentIri the document it became, or null when it was rejected
 * @param message     for a rejected file, why; for a duplicate, which file it duplicates
 * @param warnings    what was read but not trusted: a malformed or contradictory 文号 or date
 */
public record IngestOutcome(String fileName, Status status, String documentIri, String message,
                            int measures, int agencies, int targets, int citations, int certificateTypes, List<String> warnings) {

    /** Whether the file was loaded (new or replacing), left as a duplicate, or refused. */
    public enum Status { INGESTED, REPLACED, DUPLICATE, REJECTED }

    static IngestOutcome rejected(String fileName, String message) {
        return new IngestOutcome(fileName, Status.REJECTED, null, message, 0, 0, 0, 0, 0, List.of());
    }

    public boolean loaded() { return status == Status.INGESTED || status == Status.REPLACED; }
}
