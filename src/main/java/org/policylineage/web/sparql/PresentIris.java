package org.policylineage.web.sparql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.Template;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformSubst;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformNodeElement;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query that names a document (or a part or graph of one) by its former IRI is answered for the present IRI, as
 * the 301 of linked data answers a browser: the IRIs are replaced in the parsed query by Jena's syntax transforms, in
 * patterns, expressions and VALUES, and also where those transforms do not reach (a DESCRIBE's IRIs, a CONSTRUCT's
 * template, FROM). A SPARQL client cannot follow a redirect of a POSTed query, and an error would turn a query that
 * was right when it was written into none: rewriting keeps it answering, and the results name the present IRIs.
 */
final class PresentIris {
    private PresentIris() {}

    /** {@code query} with every former IRI replaced, or {@code query} itself when it names none. */
    static Query rewrite(Query query, Function<String, Optional<String>> present) {
        Map<Node, Node> moved = new HashMap<>();
        NodeTransform transform = n -> {
            if (!n.isURI()) return n;
            return moved.computeIfAbsent(n, k -> present.apply(k.getURI()).map(NodeFactory::createURI).orElse(k));
        };
        ElementTransform elements = new ElementTransformSubst(transform) {
            @Override
            public ElementData transform(ElementData data) {
                return new ElementData(data.getVars(), rows(data.getRows(), transform));
            }
        };
        Query out;
        try {
            out = QueryTransformOps.transform(query, elements, new ExprTransformNodeElement(transform, elements));
        } catch (RuntimeException e) {
            return query; // a form the transforms cannot copy is answered as written, as it was before IRIs moved
        }
        if (out.isDescribeType()) out.getResultURIs().replaceAll(transform::apply);
        if (out.isConstructType() && out.getConstructTemplate() != null) {
            BasicPattern template = new BasicPattern();
            for (Triple t : out.getConstructTemplate().getTriples()) {
                template.add(Triple.create(transform.apply(t.getSubject()), t.getPredicate(), transform.apply(t.getObject())));
            }
            out.setConstructTemplate(new Template(template));
        }
        if (out.hasValues()) out.setValuesDataBlock(out.getValuesVariables(), rows(out.getValuesData(), transform));
        out.getGraphURIs().replaceAll(g -> transform.apply(NodeFactory.createURI(g)).getURI());
        out.getNamedGraphURIs().replaceAll(g -> transform.apply(NodeFactory.createURI(g)).getURI());
        boolean changed = moved.entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue()));
        return changed ? out : query;
    }

    private static List<Binding> rows(List<Binding> rows, NodeTransform transform) {
        return rows.stream().map(row -> {
            BindingBuilder b = Binding.builder();
            row.vars().forEachRemaining(v -> b.add(v, transform.apply(row.get(v))));
            return b.build();
        }).toList();
    }
}
