package org.policylineage.vocab;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** How lineage found a link: the concepts of {@code def/method/} (ontology/schemes.ttl). */
public enum LinkMethod implements LinkKind {
    EXPLICIT_CITATION("explicit-citation"),
    TEXT_REUSE("text-reuse"),
    NAMED_PROGRAMME("named-programme"),
    SAME_INDICATOR("same-indicator"),
    INFERRED_FROM_TEXT("inferred-from-text"),
    /** Stated by a curator's correction, not found by lineage. */
    CURATOR("curator"),
    /** A draft and the issued document of its title: two versions. */
    DRAFT_TITLE("draft-title"),
    /** A place's later document on the subject of an earlier one, which it continues. */
    SAME_SUBJECT_LATER("same-subject-later"),
    /** Two versions' targets paired by indicator and deadline. */
    INDICATOR_AND_DEADLINE("indicator-and-deadline");

    public static final String NS = PL.DEF + "method/";

    private final String notation;
    private final Resource resource;

    LinkMethod(String notation) {
        this.notation = notation;
        this.resource = ResourceFactory.createResource(NS + notation);
    }

    @Override
    public String notation() { return notation; }

    @Override
    public Resource resource() { return resource; }

    public String iri() { return resource.getURI(); }

    public static Optional<LinkMethod> ofNotation(String notation) {
        for (LinkMethod m : values()) if (m.notation.equals(notation)) return Optional.of(m);
        return Optional.empty();
    }
}
