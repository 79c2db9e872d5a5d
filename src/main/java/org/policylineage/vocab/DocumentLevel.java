package org.policylineage.vocab;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The level of government that issues a document: the concepts of {@code def/level/} (ontology/schemes.ttl). */
public enum DocumentLevel {
    NATIONAL("national"),
    REGIONAL("regional"),
    PROVINCIAL("provincial"),
    MUNICIPAL("municipal"),
    COUNTY("county");

    public static final String NS = PL.DEF + "level/";

    private final String notation;
    private final Resource resource;

    DocumentLevel(String notation) {
        this.notation = notation;
        this.resource = ResourceFactory.createResource(NS + notation);
    }

    /** The concept's local name, as IRIs, queries and the API spell it: {@code municipal}. */
    public String notation() { return notation; }

    public Resource resource() { return resource; }

    public String iri() { return resource.getURI(); }

    public static Optional<DocumentLevel> ofNotation(String notation) {
        for (DocumentLevel l : values()) if (l.notation.equals(notation)) return Optional.of(l);
        return Optional.empty();
    }
}
