package org.policylineage.web.sparql;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.PolicyStore;

/** The SPARQL 1.1 Service Description of the endpoint, served on a plain GET of /sparql. */
final class ServiceDescription {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private final IriScheme iris;
    private final PolicyStore store;

    ServiceDescription(IriScheme iris, PolicyStore store) {
        this.iris = iris;
        this.store = store;
    }

    /** The endpoint's URL: under the configured base IRI, never from the request (its Host may be forged). */
    String endpoint() {
        return iris.base() + SparqlConfiguration.PATH.substring(1);
    }

    Model describe(String endpointUrl) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("formats", FORMATS);
        // No sd:BasicFederatedQuery: SERVICE is switched off.
        Resource service = m.createResource(endpointUrl + "#service").addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpointUrl))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "RDF_XML", "N-Triples", "TriG", "N-Quads"}) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        // The default graph is the union of the named graphs: its triples are counted once however many
        // graphs hold them; each named graph is listed with its own size.
        Row stats = Rows.of(store, "sparql/linkeddata/triples.rq", Map.of()).get(0);
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(m.createProperty(SD, "defaultGraph"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Graph"))
                        .addLiteral(VOID.triples, count(m, stats, "triples")));
        for (Row g : Rows.of(store, "sparql/linkeddata/graphs.rq", Map.of())) {
            dataset.addProperty(m.createProperty(SD, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(g.string("g")))
                    .addProperty(m.createProperty(SD, "graph"), m.createResource()
                            .addProperty(RDF.type, m.createResource(SD + "Graph"))
                            .addLiteral(VOID.triples, count(m, g, "triples"))));
        }
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        service.addProperty(VOID.sparqlEndpoint, m.createResource(endpointUrl));
        m.createResource(iris.base() + "id/dataset").addProperty(VOID.sparqlEndpoint, m.createResource(endpointUrl));
        return m;
    }

    private static org.apache.jena.rdf.model.Literal count(Model m, Row row, String var) {
        return m.createTypedLiteral(row.values().get(var).asLiteral().getLexicalForm(), XSDDatatype.XSDinteger);
    }
}
