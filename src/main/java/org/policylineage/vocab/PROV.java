package org.policylineage.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms this project uses for the provenance of every graph. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";
    private PROV() {}

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS + "wasAssociatedWith");
    public static final Property used = ResourceFactory.createProperty(NS + "used");
    public static final Property startedAtTime = ResourceFactory.createProperty(NS + "startedAtTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(NS + "endedAtTime");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS + "wasRevisionOf");
    public static final Property qualifiedRevision = ResourceFactory.createProperty(NS + "qualifiedRevision");
    public static final Resource Revision = ResourceFactory.createResource(NS + "Revision");
    public static final Property entity = ResourceFactory.createProperty(NS + "entity");
}
