package org.policylineage.web.linkeddata;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.policylineage.query.QueryParameters;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.Prefixes;
import org.policylineage.store.PolicyStore;
import org.springframework.stereotype.Component;

/** Describes a resource both ways: what it says (with its blank nodes) and what points to it. */
@Component
class ResourceDescriber {
    private final PolicyStore store;

    ResourceDescriber(PolicyStore store) {
        this.store = store;
    }

    /** The rdf:types of a resource; empty when the graph says nothing of it at all. */
    Set<String> types(String iri) {
        return Rows.of(store, "sparql/linkeddata/types.rq", Map.of("resource", NodeFactory.createURI(iri))).stream()
                .map(r -> r.string("type")).collect(Collectors.toSet());
    }

    Model describe(String iri) {
        var bind = Map.of("resource", NodeFactory.createURI(iri));
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        m.add(store.graphQuery(QueryParameters.bind(Sparql.query("sparql/linkeddata/outgoing.rq"), bind), null));
        m.add(store.graphQuery(QueryParameters.bind(Sparql.query("sparql/linkeddata/incoming.rq"), bind), null));
        return m;
    }

    /**
     * The ontology document: its header and every term of its namespace with what the ontology says
     * of it (labels, comments, domains, ranges, superclasses, through blank nodes), so a term's hash
     * IRI, which a client dereferences as the document without the fragment, finds its description.
     * The concept schemes under {@code def/…} have IRIs of their own and are left to them.
     */
    Model ontology(String ontologyIri, String ontologyGraph, String namespace) {
        Model graph = graph(ontologyGraph);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        graph.listStatements().forEach(s -> {
            var subject = s.getSubject();
            if (subject.isAnon() || subject.getURI().equals(ontologyIri) || subject.getURI().startsWith(namespace)) m.add(s);
        });
        return m;
    }

    /**
     * When the store last changed (the latest graph's generation time): no description can have
     * changed since, whichever graphs it draws on. Empty for a store with no generated graph.
     */
    Optional<Instant> lastModified() {
        Row row = Rows.of(store, "sparql/linkeddata/last-modified.rq", Map.of()).get(0);
        return row.has("last") ? Optional.of(Instant.parse(row.string("last"))) : Optional.empty();
    }

    /** The content of a named graph, or empty when there is none. */
    Model graph(String iri) {
        Model m = store.graph(iri);
        m.setNsPrefixes(Prefixes.ALL);
        return m;
    }
}
