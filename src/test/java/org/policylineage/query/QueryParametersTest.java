package org.policylineage.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Bound parameters are values in the query's own scope, never query text. */
class QueryParametersTest {

    private static int count(Query q) {
        try (var qe = QueryExecutionFactory.create(q, ModelFactory.createDefaultModel())) {
            var rs = qe.execSelect();
            int n = 0;
            while (rs.hasNext()) { rs.next(); n++; }
            return n;
        }
    }

    @Test
    void aFilterInThePatternSeesTheBoundValue() {
        Query q = QueryFactory.create("SELECT ?x WHERE { BIND(\"a\" AS ?x) FILTER (!BOUND(?p) || ?x = ?p) }");
        assertThat(count(q)).isEqualTo(1);
        assertThat(count(QueryParameters.bind(q, Map.of("p", QueryParameters.parseValue("a"))))).isEqualTo(1);
        assertThat(count(QueryParameters.bind(q, Map.of("p", QueryParameters.parseValue("b"))))).isZero();
    }

    @Test
    void anInjectionAttemptIsJustAString() {
        Query q = QueryFactory.create("SELECT ?x WHERE { BIND(\"a\" AS ?x) FILTER (?x = ?p) }");
        Query bound = QueryParameters.bind(q, Map.of("p", QueryParameters.parseValue("a\" ) } UNION { BIND(1 AS ?x) } #")));
        assertThat(count(bound)).isZero();
        assertThat(bound.toString()).contains("VALUES");
    }

    @Test
    void valuesAreReadAsIrisNumbersOrStrings() {
        assertThat(QueryParameters.parseValue("http://localhost:8080/id/doc/x").isURI()).isTrue();
        assertThat(QueryParameters.parseValue("<urn:x>").getURI()).isEqualTo("urn:x");
        assertThat(QueryParameters.parseValue("2025").getLiteralDatatypeURI()).endsWith("#integer");
        assertThat(QueryParameters.parseValue("0.35").getLiteralDatatypeURI()).endsWith("#decimal");
        assertThat(QueryParameters.parseValue("苏政办发").isLiteral()).isTrue();
    }
}
