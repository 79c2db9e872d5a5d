package org.policylineage.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Binds a query's parameters by putting a one-row VALUES block at the head of its WHERE clause:
 * a value is always data, never query text, and grouped or aggregated queries stay valid.
 */
public final class QueryParameters {
    private QueryParameters() {}

    public static Query bind(Query query, Map<String, Node> values) {
        if (values.isEmpty()) return query;
        Query q = query.cloneQuery();
        List<Var> vars = new ArrayList<>();
        var row = BindingFactory.builder();
        values.forEach((name, value) -> {
            Var v = Var.alloc(name.startsWith("?") ? name.substring(1) : name);
            vars.add(v);
            row.add(v, value);
        });
        return withValues(q, new ElementData(vars, List.of(row.build())));
    }

    /** The VALUES block into the same group as the pattern, first: a FILTER in that group must see the values. */
    private static Query withValues(Query q, ElementData data) {
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (q.getQueryPattern() instanceof ElementGroup original) {
            original.getElements().forEach(group::addElement);
        } else if (q.getQueryPattern() != null) {
            group.addElement(q.getQueryPattern());
        }
        q.setQueryPattern(group);
        return q;
    }

    /**
     * Binds one parameter to several values at once: a VALUES block of one row per value, so one query answers for all
     * of them (a page of search results' documents) instead of one query each.
     */
    public static Query bindEach(Query query, String name, List<Node> values) {
        Query q = query.cloneQuery();
        Var v = Var.alloc(name.startsWith("?") ? name.substring(1) : name);
        List<Binding> rows = values.stream().map(value -> BindingFactory.binding(v, value)).toList();
        return withValues(q, new ElementData(List.of(v), rows));
    }

    /**
     * Reads a value given on the command line or in a URL: an IRI (http…, or in angle brackets),
     * an integer, a decimal, or else a plain string.
     */
    public static Node parseValue(String text) {
        String t = text.strip();
        if (t.startsWith("<") && t.endsWith(">")) return NodeFactory.createURI(t.substring(1, t.length() - 1));
        if (t.matches("(?i)https?://\\S+|urn:\\S+")) return NodeFactory.createURI(t);
        if (t.matches("-?[0-9]+")) return NodeFactory.createLiteralDT(t, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        if (t.matches("-?[0-9]+\\.[0-9]+")) return NodeFactory.createLiteralDT(t, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
        return NodeFactory.createLiteralString(t);
    }
}
