package org.policylineage.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;

/**
 * SPARQL read once from {@code .rq} files on the classpath and bound by variable, never built by
 * concatenating strings. The text is read once; each call parses a fresh Query (Jena queries are mutable).
 */
public final class Sparql {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sparql() {}

    /** The text of a classpath .rq file (sparql/… for the code's own, queries/… for the curated ones). */
    public static String text(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try (InputStream in = Sparql.class.getClassLoader().getResourceAsStream(p)) {
                if (in == null) throw new IllegalStateException("SPARQL file missing from the classpath: " + p);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The query of a classpath .rq file with the given variables bound (as VALUES, see {@link QueryParameters}). */
    public static Query query(String path, Map<String, ? extends RDFNode> bindings) {
        java.util.Map<String, org.apache.jena.graph.Node> nodes = new java.util.LinkedHashMap<>();
        bindings.forEach((k, v) -> nodes.put(k, v.asNode()));
        return QueryParameters.bind(query(path), nodes);
    }

    public static Query query(String path) {
        return QueryFactory.create(text(path));
    }
}
