package org.policylineage.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * DESCRIBE as queries see the data: a resource's statements and, through blank nodes, theirs (its
 * concise bounded description), each step read by a query with the describing query's context.
 * Jena's own handler reads the graph directly, past TDB2's tuple filter, so a statement the
 * corrected view hides would show again in linked data and in DESCRIBE at /sparql.
 */
final class QueryDescribe implements DescribeHandler {
    private static final Query STATEMENTS = QueryFactory.create("SELECT ?p ?o WHERE { ?s ?p ?o }");

    private Model acc;
    private Context context;
    private DatasetGraph dataset;

    /** Puts this handler in place of Jena's for every DESCRIBE in this JVM. */
    static void register() {
        DescribeHandlerRegistry registry = DescribeHandlerRegistry.get();
        registry.clear();
        registry.add(QueryDescribe::new);
    }

    @Override
    public void start(Model accumulateResultModel, Context cxt) {
        this.acc = accumulateResultModel;
        this.context = cxt;
        this.dataset = cxt.get(ARQConstants.sysCurrentDataset);
    }

    @Override
    public void describe(Resource r) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(r.asNode());
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) continue;
            try (QueryExec exec = QueryExec.dataset(dataset).query(STATEMENTS).substitution("s", s).context(context).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding b = rows.next();
                    Node o = b.get("o");
                    acc.getGraph().add(s, b.get("p"), o);
                    if (o.isBlank()) todo.push(o);
                }
            }
        }
    }

    @Override
    public void finish() {}
}
