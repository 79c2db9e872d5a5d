package org.policylineage.ingest;

/** A text in which no policy-document structure (title, 文号, sections or measures) was found. */
public class NoStructureException extends Exception {
    public NoStructureException(String message) {
        super(message);
    }
}
