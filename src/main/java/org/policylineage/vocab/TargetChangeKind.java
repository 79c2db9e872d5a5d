package org.policylineage.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** How a target differs between two versions of a policy: the concepts of {@code def/target-change/} (ontology/schemes.ttl). */
public enum TargetChangeKind {
    RAISED("raised"),
    LOWERED("lowered"),
    UNCHANGED("unchanged"),
    /** The same indicator, values that cannot be compared: other units, or a value on one side only. */
    RESTATED("restated"),
    ADDED("added"),
    DROPPED("dropped");

    public static final String NS = PL.DEF + "target-change/";

    private final String notation;
    private final Resource resource;

    TargetChangeKind(String notation) {
        this.notation = notation;
        this.resource = ResourceFactory.createResource(NS + notation);
    }

    public String notation() { return notation; }

    public Resource resource() { return resource; }

    public String iri() { return resource.getURI(); }
}
