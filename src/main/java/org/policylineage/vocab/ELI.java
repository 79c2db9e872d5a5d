package org.policylineage.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The European Legislation Identifier ontology terms this project reuses. */
public final class ELI {
    public static final String NS = "http://data.europa.eu/eli/ontology#";
    private ELI() {}

    public static final Resource LegalResource = ResourceFactory.createResource(NS + "LegalResource");
    public static final Resource LegalResourceSubdivision = ResourceFactory.createResource(NS + "LegalResourceSubdivision");
    public static final Property id_local = ResourceFactory.createProperty(NS + "id_local");
    public static final Property date_document = ResourceFactory.createProperty(NS + "date_document");
    public static final Property passed_by = ResourceFactory.createProperty(NS + "passed_by");
    public static final Property jurisdiction = ResourceFactory.createProperty(NS + "jurisdiction");
    public static final Property type_document = ResourceFactory.createProperty(NS + "type_document");
    public static final Property has_part = ResourceFactory.createProperty(NS + "has_part");
    public static final Property is_part_of = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property number = ResourceFactory.createProperty(NS + "number");
    public static final Property cites = ResourceFactory.createProperty(NS + "cites");
    public static final Property cited_by = ResourceFactory.createProperty(NS + "cited_by");
    public static final Property applies = ResourceFactory.createProperty(NS + "applies");
    public static final Property based_on = ResourceFactory.createProperty(NS + "based_on");
    public static final Resource LegalExpression = ResourceFactory.createResource(NS + "LegalExpression");
    public static final Resource Format = ResourceFactory.createResource(NS + "Format");
    public static final Property title = ResourceFactory.createProperty(NS + "title");
    public static final Property language = ResourceFactory.createProperty(NS + "language");
    public static final Property is_realized_by = ResourceFactory.createProperty(NS + "is_realized_by");
    public static final Property realizes = ResourceFactory.createProperty(NS + "realizes");
    public static final Property is_embodied_by = ResourceFactory.createProperty(NS + "is_embodied_by");
    public static final Property embodies = ResourceFactory.createProperty(NS + "embodies");
    public static final Property format = ResourceFactory.createProperty(NS + "format");
    public static final Property is_exemplified_by = ResourceFactory.createProperty(NS + "is_exemplified_by");
    public static final Property is_about = ResourceFactory.createProperty(NS + "is_about");
    public static final Property changes = ResourceFactory.createProperty(NS + "changes");
    public static final Property changed_by = ResourceFactory.createProperty(NS + "changed_by");
    public static final Property repeals = ResourceFactory.createProperty(NS + "repeals");
    public static final Property repealed_by = ResourceFactory.createProperty(NS + "repealed_by");
    public static final Property amends = ResourceFactory.createProperty(NS + "amends");
    public static final Property amended_by = ResourceFactory.createProperty(NS + "amended_by");
    public static final Property in_force = ResourceFactory.createProperty(NS + "in_force");
    /** ELI's in-force table: the values of {@link #in_force}. */
    public static final Resource InForce_inForce = ResourceFactory.createResource(NS + "InForce-inForce");
    public static final Resource InForce_notInForce = ResourceFactory.createResource(NS + "InForce-notInForce");
}
