package org.policylineage.reference;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology files (classes, properties, concept schemes, SHACL shapes) bundled from {@code ontology/}. */
public final class Ontology {
    /** The files that make the ontology and its schemes; shapes are separate. */
    public static final List<String> FILES = List.of("policy-lineage.ttl", "schemes.ttl", "certificate-types.ttl");
    public static final String SHAPES = "shapes.ttl";

    private Ontology() {}

    /** The ontology and its concept schemes as one model. */
    public static Model model() {
        Model m = ModelFactory.createDefaultModel();
        for (String f : FILES) read(m, f);
        return m;
    }

    /** The SHACL shapes. */
    public static Model shapes() {
        return read(ModelFactory.createDefaultModel(), SHAPES);
    }

    private static Model read(Model m, String file) {
        RDFParser.fromString(Resources.read("ontology/" + file), Lang.TURTLE)
                .base("https://w3id.org/policy-lineage/def").parse(m);
        return m;
    }
}
