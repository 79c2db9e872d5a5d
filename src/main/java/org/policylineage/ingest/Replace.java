package org.policylineage.ingest;

/**
 * What an ingest may replace. A file's name never identifies a document: by default a file that
 * turns out to be a document already stored is refused as a conflict, and nothing is replaced
 * unless the caller says so, by naming the document or by asking for every document a run's
 * files turn out to be (the command line's {@code --replace}).
 *
 * @param sameDocument  any stored document the file turns out to be (same IRI: same 文号, or same title without one)
 * @param documentIri   the one document to replace, whatever IRI the new text is given; null for none
 */
public record Replace(boolean sameDocument, String documentIri) {
    /** Replace nothing: a document already stored is a conflict. */
    public static final Replace NOTHING = new Replace(false, null);
    /** Replace whichever stored document each file turns out to be. */
    public static final Replace SAME_DOCUMENT = new Replace(true, null);

    /** Replace the document with this IRI (and only it). */
    public static Replace document(String documentIri) {
        return new Replace(false, documentIri);
    }

    /** Whether the stored document with this IRI may be replaced. */
    boolean allows(String storedDocumentIri) {
        return sameDocument || storedDocumentIri.equals(documentIri);
    }
}
