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
        return builder().fileName(fileName).status(Status.REJECTED).message(message).build();
    }

    static IngestOutcome duplicate(String fileName, String documentIri, String message) {
        return builder().fileName(fileName).status(Status.DUPLICATE).documentIri(documentIri).message(message).build();
    }

    static IngestOutcome conflict(String fileName, String documentIri, String message) {
        return builder().fileName(fileName).status(Status.CONFLICT).documentIri(documentIri).message(message).build();
    }

    public boolean loaded() { return status == Status.INGESTED || status == Status.REPLACED; }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String fileName;
        private Status status;
        private String documentIri;
        private String message;
        private int measures;
        private int agencies;
        private int targets;
        private int citations;
        private int certificateTypes;
        private List<String> warnings = List.of();
        private StoredDocument replaced;

        private Builder() {}

        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public Builder documentIri(String documentIri) {
            this.documentIri = documentIri;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder measures(int measures) {
            this.measures = measures;
            return this;
        }

        public Builder agencies(int agencies) {
            this.agencies = agencies;
            return this;
        }

        public Builder targets(int targets) {
            this.targets = targets;
            return this;
        }

        public Builder citations(int citations) {
            this.citations = citations;
            return this;
        }

        public Builder certificateTypes(int certificateTypes) {
            this.certificateTypes = certificateTypes;
            return this;
        }

        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        public Builder replaced(StoredDocument replaced) {
            this.replaced = replaced;
            return this;
        }

        public IngestOutcome build() {
            return new IngestOutcome(fileName, status, documentIri, message, measures, agencies, targets, citations, certificateTypes, warnings, replaced);
        }
    }
}
