package org.policylineage.vocab;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Where a fact stands after curation: the concepts of {@code def/curation-status/} (ontology/schemes.ttl). */
public enum CurationStatus {
    EXTRACTED("extracted"),
    CONFIRMED("confirmed"),
    CORRECTED("corrected"),
    ADDED("added"),
    REJECTED("rejected");

    public static final String NS = PL.DEF + "curation-status/";

    private final String notation;
    private final Resource resource;

    CurationStatus(String notation) {
        this.notation = notation;
        this.resource = ResourceFactory.createResource(NS + notation);
    }

    public String notation() { return notation; }

    public Resource resource() { return resource; }

    public String iri() { return resource.getURI(); }

    public static Optional<CurationStatus> ofNotation(String notation) {
        for (CurationStatus v : values()) if (v.notation.equals(notation)) return Optional.of(v);
        return Optional.empty();
    }

    public static Optional<CurationStatus> ofIri(String iri) {
        for (CurationStatus v : values()) if (v.iri().equals(iri)) return Optional.of(v);
        return Optional.empty();
    }
}
