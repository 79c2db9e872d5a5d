package org.policylineage.vocab;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** What a curator does to a fact: the concepts of {@code def/curation-action/} (ontology/schemes.ttl). */
public enum CurationAction {
    CONFIRM("confirm"),
    REJECT("reject"),
    EDIT("edit"),
    ADD("add");

    public static final String NS = PL.DEF + "curation-action/";

    private final String notation;
    private final Resource resource;

    CurationAction(String notation) {
        this.notation = notation;
        this.resource = ResourceFactory.createResource(NS + notation);
    }

    public String notation() { return notation; }

    public Resource resource() { return resource; }

    public String iri() { return resource.getURI(); }

    public static Optional<CurationAction> ofNotation(String notation) {
        for (CurationAction v : values()) if (v.notation.equals(notation)) return Optional.of(v);
        return Optional.empty();
    }

    public static Optional<CurationAction> ofIri(String iri) {
        for (CurationAction v : values()) if (v.iri().equals(iri)) return Optional.of(v);
        return Optional.empty();
    }
}
