package org.policylineage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Virtuoso (Debian's virtuoso-opensource) loading N-Quads, plain and gzipped, and answering
 * over HTTP the kinds of query the benchmark sends: joins across named graphs without FROM, VALUES,
 * property paths.
 */
class VirtuosoIT {
    static final String PREFIXES = """
            PREFIX ex: <http://example.org/def#>
            PREFIX doc: <http://example.org/doc/>
            PREFIX dct: <http://purl.org/dc/terms/>
            """;
    // A city document and its target in one graph; the target's numbers and the documents it
    // implements in another, so every answer below needs both graphs.
    static final String GRAPH_A = """
            <http://example.org/doc/city> <http://purl.org/dc/terms/title> "关于推进绿色食品高质量发展的实施意见"@zh <http://example.org/graph/a> .
            <http://example.org/doc/city> <http://example.org/def#target> <http://example.org/doc/city/target/1> <http://example.org/graph/a> .
            <http://example.org/doc/city> <http://example.org/def#implements> <http://example.org/doc/province> <http://example.org/graph/a> .
            """;
    static final String GRAPH_B = """
            <http://example.org/doc/city/target/1> <http://example.org/def#count> "500"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/graph/b> .
            <http://example.org/doc/city/target/1> <http://example.org/def#share> "12.50"^^<http://www.w3.org/2001/XMLSchema#decimal> <http://example.org/graph/b> .
            <http://example.org/doc/province> <http://purl.org/dc/terms/title> "省政府办公厅关于加快绿色食品发展的意见"@zh <http://example.org/graph/b> .
            <http://example.org/doc/province> <http://example.org/def#implements> <http://example.org/doc/state-council> <http://example.org/graph/b> .
            <http://example.org/doc/state-council> <http://purl.org/dc/terms/title> "国务院关于促进绿色食品发展的指导意见"@zh <http://example.org/graph/b> .
            """;

    @TempDir
    static Path dir;
    static Virtuoso virtuoso;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Virtuoso.installed())
                .as("virtuoso-t and isql-vt are not on the PATH: .ci/test-tools installs them (Debian package virtuoso-opensource)")
                .isTrue();
        virtuoso = Virtuoso.start(dir.resolve("virtuoso"));
        Path plain = Files.writeString(dir.resolve("a.nq"), GRAPH_A, StandardCharsets.UTF_8);
        Path gzipped = dir.resolve("b.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(GRAPH_B.getBytes(StandardCharsets.UTF_8));
        }
        Duration loadTime = virtuoso.load(plain).plus(virtuoso.load(gzipped));
        System.out.println("Virtuoso loaded 8 quads in " + loadTime.toMillis() + " ms (checkpoints included)");
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null) virtuoso.close();
    }

    static List<QuerySolution> select(String query) {
        ResultSet rows = QueryExecutionHTTP.service(virtuoso.sparqlEndpoint()).query(PREFIXES + query).select();
        List<QuerySolution> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return all;
    }

    @Test
    void countsTheLoadedQuadsOnly() {
        assertThat(virtuoso.quads()).isEqualTo(8);
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        List<QuerySolution> rows = select("""
                SELECT ?title ?count ?share WHERE {
                  doc:city dct:title ?title ; ex:target ?target .
                  ?target ex:count ?count ; ex:share ?share .
                }""");
        assertThat(rows).hasSize(1);
        Literal title = rows.get(0).getLiteral("title");
        assertThat(title.getLexicalForm()).isEqualTo("关于推进绿色食品高质量发展的实施意见");
        assertThat(title.getLanguage()).isEqualTo("zh");
        Literal count = rows.get(0).getLiteral("count");
        assertThat(count.getDatatypeURI()).isEqualTo(XSDDatatype.XSDinteger.getURI());
        assertThat(count.getLong()).isEqualTo(500);
        Literal share = rows.get(0).getLiteral("share");
        assertThat(share.getDatatypeURI()).isEqualTo(XSDDatatype.XSDdecimal.getURI());
        // Virtuoso keeps the value, not the lexical form: "12.50" comes back as 12.5.
        assertThat(new BigDecimal(share.getLexicalForm())).isEqualByComparingTo("12.50");
    }

    @Test
    void joinsValuesWithPropertyPaths() {
        List<QuerySolution> sources = select("""
                SELECT ?doc ?sourceTitle WHERE {
                  VALUES ?doc { doc:city doc:province }
                  ?doc ex:implements/dct:title ?sourceTitle .
                } ORDER BY ?doc""");
        assertThat(sources).extracting(r -> r.getResource("doc").getURI(), r -> r.getLiteral("sourceTitle").getLexicalForm())
                .containsExactly(
                        tuple("http://example.org/doc/city", "省政府办公厅关于加快绿色食品发展的意见"),
                        tuple("http://example.org/doc/province", "国务院关于促进绿色食品发展的指导意见"));

        List<QuerySolution> chain = select("""
                SELECT ?ancestor WHERE {
                  VALUES ?ancestor { doc:province doc:state-council doc:elsewhere }
                  doc:city ex:implements+ ?ancestor .
                } ORDER BY ?ancestor""");
        assertThat(chain).extracting(r -> r.getResource("ancestor").getURI())
                .containsExactly("http://example.org/doc/province", "http://example.org/doc/state-council");
    }

    @Test
    void transitivePathsNeedAStartOtherThanValues() {
        // The limit the class javadoc warns about: VALUES on the subject is no start for "+".
        assertThatExceptionOfType(QueryExceptionHTTP.class).isThrownBy(() -> select("""
                SELECT ?ancestor WHERE {
                  VALUES ?doc { doc:city }
                  ?doc ex:implements+ ?ancestor .
                }"""))
                .satisfies(e -> assertThat(e.getResponse()).contains("transitive start not given"));
        List<QuerySolution> bound = select("""
                SELECT ?ancestor WHERE {
                  BIND (doc:city AS ?doc)
                  ?doc ex:implements+ ?ancestor .
                } ORDER BY ?ancestor""");
        assertThat(bound).extracting(r -> r.getResource("ancestor").getURI())
                .containsExactly("http://example.org/doc/province", "http://example.org/doc/state-council");
    }
}
