package org.policylineage.rdf;

import java.util.Optional;

/** Documents the store already knows, by title, so a title-only citation resolves to an existing node. */
@FunctionalInterface
public interface KnownDocuments {
    /** The IRI of a document with this normalised title (or alternative title), if one is known. */
    Optional<String> byTitleKey(String titleKey);

    KnownDocuments NONE = key -> Optional.empty();
}
