package org.policylineage.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C OWL-Time terms used for target deadlines. */
public final class TIME {
    public static final String NS = "http://www.w3.org/2006/time#";
    private TIME() {}

    public static final Resource Instant = ResourceFactory.createResource(NS + "Instant");
    public static final Property inXSDgYear = ResourceFactory.createProperty(NS + "inXSDgYear");
}
