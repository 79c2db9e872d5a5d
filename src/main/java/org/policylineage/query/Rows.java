package org.policylineage.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.policylineage.store.PolicyStore;

/** Runs the code's own .rq files with bound parameters and returns their rows. */
public final class Rows {
    private Rows() {}

    public static List<Row> of(PolicyStore store, String path, Map<String, Node> bindings) {
        Query q = QueryParameters.bind(Sparql.query(path), bindings);
        return of(store.select(q));
    }

    public static List<Row> of(ResultSetRewindable rs) {
        List<Row> out = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, RDFNode> values = new LinkedHashMap<>();
            for (String v : vars) values.put(v, s.get(v));
            out.add(new Row(values));
        }
        return out;
    }
}
