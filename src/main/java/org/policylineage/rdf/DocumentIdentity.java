package org.policylineage.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policylineage.extract.CitationRecord;
import org.policylineage.extract.DocNumber;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.Titles;

/**
 * Decides the IRI of a document ({@link DocumentPaths}): from its 文号 when it has one, else the IRI of a
 * document the store already holds under the same title (unless that one is dated another day), else from its issuer, date and title, else
 * from its issuer, date and a hash of its text. Two citations of one document (same 文号, or same
 * title) get one IRI.
 */
public final class DocumentIdentity {
    private final IriScheme iris;
    private final KnownDocuments known;

    public DocumentIdentity(IriScheme iris, KnownDocuments known) {
        this.iris = iris;
        this.known = known;
    }

    /** IRI of an ingested document. */
    public String of(ExtractedDocument doc, String textHash) {
        if (doc.number().isPresent()) return iris.document(doc.number().get());
        for (String key : titleKeys(doc)) {
            Optional<String> existing = known.byTitleKey(key);
            if (existing.isPresent() && !datedApart(existing.get(), doc)) return existing.get();
        }
        Optional<String> title = titleKeys(doc).stream().findFirst();
        return iris.document(iris.paths().unnumbered(doc.issuers(), doc.jurisdiction(), doc.date(), title, untitled(textHash)));
    }

    /**
     * Whether a stored document of the same title was issued on another day (新华社受权播发《政府工作报告》 each
     * March): then it is another document, whatever its title.
     */
    private static boolean datedApart(String storedIri, ExtractedDocument doc) {
        Optional<LocalDate> stored = DocumentPaths.dateOf(storedIri);
        return doc.date().isPresent() && stored.isPresent() && !stored.get().equals(doc.date().get());
    }

    /** The last segment of a document with neither 文号 nor title: nothing but its text tells it from another. */
    public static String untitled(String textHash) {
        return "untitled-" + textHash.substring(0, 12);
    }

    /** IRI of a cited document. */
    public Optional<String> of(CitationRecord citation) {
        Optional<DocNumber> number = citation.number();
        if (number.isPresent()) return Optional.of(iris.document(number.get()));
        Optional<String> key = citation.normalisedTitle();
        if (key.isEmpty() || key.get().isEmpty()) return Optional.empty();
        return Optional.of(known.byTitleKey(key.get()).orElseGet(() -> iris.document(
                iris.paths().unnumbered(citation.issuers(), Optional.empty(), Optional.empty(), key, Slugs.of(key.get())))));
    }

    /** The normalised titles a document is known by. */
    public static List<String> titleKeys(ExtractedDocument doc) {
        List<String> keys = new ArrayList<>();
        doc.title().map(Titles::normalise).ifPresent(keys::add);
        doc.alternativeTitles().stream().map(Titles::normalise).filter(k -> !keys.contains(k)).forEach(keys::add);
        return keys;
    }
}
