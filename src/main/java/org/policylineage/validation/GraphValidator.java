package org.policylineage.validation;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policylineage.reference.Ontology;
import org.policylineage.store.PolicyStore;

/** Validates the whole knowledge graph (the union of its named graphs, as corrected) against the SHACL shapes. */
public final class GraphValidator {
    private final Shapes shapes = Shapes.parse(Ontology.shapes().getGraph());

    public ValidationReport validate(PolicyStore store) {
        // With corrections, the graph validated is the corrected view, which queries alone see.
        if (store.dataset().isPresent() && !store.hides()) {
            DatasetGraph dsg = store.dataset().get();
            return Txn.calculateRead(dsg, () -> validate(dsg.getUnionGraph()));
        }
        Graph all = store.graphQuery(QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"), null).getGraph();
        return validate(all);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
