package org.policylineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylineage.store.PolicyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over real HTTP on a random port, on a real TDB2 store seeded with the corpus: the
 * SPARQL protocol and its formats, read-only access, timeouts and row caps, linked data with
 * content negotiation, VoID and dumps, the REST API, search and ingestion with credentials.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceHttpTest {
    static final String ADMIN = "test-admin", PASSWORD = "a-long-test-only-password";
    static final String PL = "PREFIX pl: <https://w3id.org/policy-lineage/def#> ";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        r.add("policy-lineage.store.directory", () -> dir.resolve("store").toString());
        r.add("policy-lineage.security.admin-username", () -> ADMIN);
        r.add("policy-lineage.security.admin-password", () -> PASSWORD);
        r.add("policy-lineage.query.timeout", () -> "3s");
        r.add("policy-lineage.query.max-rows", () -> "50");
        r.add("policy-lineage.ingest.max-document-size", () -> "200KB");
    }

    @LocalServerPort
    int port;

    @Autowired
    PolicyStore store;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body, boolean authorised) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorised) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------ SPARQL protocol

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, RS_JSON", "application/sparql-results+xml, RS_XML",
            "text/csv, RS_CSV", "text/tab-separated-values, RS_TSV"})
    void selectOverGetInEveryResultFormat(String accept, String lang) throws Exception {
        var r = get("/sparql?query=" + enc(PL + "SELECT (COUNT(?d) AS ?n) WHERE { ?d pl:inCorpus true }"), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), switch (lang) {
            case "RS_JSON" -> ResultSetLang.RS_JSON;
            case "RS_XML" -> ResultSetLang.RS_XML;
            case "RS_CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        });
        assertThat(rs.next().get("n").asNode().getLiteralLexicalForm()).isEqualTo("5");
    }

    @Test
    void selectOverPostAsFormAndAsSparqlQueryBody() throws Exception {
        String q = PL + "SELECT ?m WHERE { ?m a pl:Measure } LIMIT 5";
        var form = post("/sparql", "application/x-www-form-urlencoded", ("query=" + enc(q)).getBytes(StandardCharsets.UTF_8), false);
        var body = post("/sparql", "application/sparql-query", q.getBytes(StandardCharsets.UTF_8), false);
        for (var r : List.of(form, body)) {
            assertThat(r.statusCode()).isEqualTo(200);
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
            int n = 0;
            while (rs.hasNext()) { rs.next(); n++; }
            assertThat(n).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void constructAndDescribeInEveryRdfFormat(String accept) throws Exception {
        for (String q : List.of(PL + "CONSTRUCT { ?t pl:value ?v } WHERE { ?t pl:value ?v }",
                "DESCRIBE <http://localhost:8080/id/doc/su-fu-ban/2022/140>")) {
            var r = get("/sparql?query=" + enc(q), accept);
            assertThat(r.statusCode()).as(q).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new ByteArrayInputStream(r.body()), RDFLanguages.contentTypeToLang(accept));
            assertThat(m.size()).as(q).isGreaterThan(10);
        }
    }

    @Test
    void jenaRemoteClientQueriesAndReadsGraphsOverTheGraphStoreProtocol() {
        try (RDFConnection conn = RDFConnectionRemote.newBuilder().destination(url("/sparql"))
                .queryEndpoint("").gspEndpoint("").build()) {
            List<String> numbers = new ArrayList<>();
            conn.querySelect("PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX pl: <https://w3id.org/policy-lineage/def#> "
                    + "SELECT ?n WHERE { ?d pl:inCorpus true ; eli:id_local ?n } ORDER BY ?n", row -> numbers.add(row.getLiteral("n").getString()));
            assertThat(numbers).containsExactlyInAnyOrder("连政办发〔2022〕68号", "苏府办〔2022〕140号", "苏政办发〔2022〕21号");
            Model graph = conn.fetch("http://localhost:8080/graph/doc/su-fu-ban/2022/140");
            assertThat(graph.size()).isGreaterThan(500);
        }
    }

    @Test
    void serviceDescriptionOnAPlainGet() throws Exception {
        var r = get("/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body()), Lang.TURTLE);
        assertThat(m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                m.createResource("http://www.w3.org/ns/sparql-service-description#Service")).toList()).hasSize(1);
    }

    @Test
    void publicAccessIsReadOnlyAndUpdatesNeedCredentials() throws Exception {
        String update = "update=" + enc("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }");
        long before = store.size();
        assertThat(post("/sparql", "application/x-www-form-urlencoded", update.getBytes(StandardCharsets.UTF_8), false).statusCode())
                .isBetween(400, 499);
        assertThat(post("/sparql/update", "application/x-www-form-urlencoded", update.getBytes(StandardCharsets.UTF_8), false).statusCode())
                .isBetween(400, 499);
        var unauthorised = post("/sparql-admin/update", "application/x-www-form-urlencoded", update.getBytes(StandardCharsets.UTF_8), false);
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        assertThat(unauthorised.headers().firstValue("WWW-Authenticate")).isPresent();
        var put = HttpRequest.newBuilder(URI.create(url("/sparql?graph=urn:x:g"))).PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."))
                .header("Content-Type", "application/n-triples").build();
        assertThat(http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode()).isBetween(400, 499);
        assertThat(get("/$/ping", null).statusCode()).isEqualTo(404);
        assertThat(get("/$/datasets", null).statusCode()).isEqualTo(404);
        assertThat(store.size()).isEqualTo(before);

        var authorised = post("/sparql-admin/update", "application/x-www-form-urlencoded", update.getBytes(StandardCharsets.UTF_8), true);
        assertThat(authorised.statusCode()).isEqualTo(200);
        assertThat(store.size()).isEqualTo(before + 1);
        post("/sparql-admin/update", "application/x-www-form-urlencoded",
                ("update=" + enc("DELETE DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).getBytes(StandardCharsets.UTF_8), true);
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void anExpensiveQueryTimesOutWhileOthersAreServed() throws Exception {
        String cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return get("/sparql?timeout=60&query=" + enc(cartesian), "application/sparql-results+json");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            var quick = get("/sparql?query=" + enc(PL + "ASK { ?d pl:inCorpus true }"), "application/sparql-results+json");
            assertThat(quick.statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - t) / 1_000_000).as("a cheap query while the expensive one runs (ms)").isLessThan(2000);
        }
        var answer = slow.get();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(text(answer)).contains("timed out");
        // ?timeout=60 asked for more than the configured 3 s: the server's limit holds.
        assertThat(seconds).isLessThan(15);
    }

    @Test
    void resultRowsAreCapped() throws Exception {
        var r = get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(r.headers().firstValue("X-Row-Cap")).contains("50");
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        assertThat(n).isEqualTo(50);
    }

    @Test
    void serviceClauseIsRefused() throws Exception {
        var r = get("/sparql?query=" + enc("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"),
                "application/sparql-results+json");
        assertThat(r.statusCode()).isNotEqualTo(200);
    }

    // ------------------------------------------------------------ linked data

    @Test
    void aDocumentIriDereferencesByContentNegotiation() throws Exception {
        var html = get("/id/doc/su-fu-ban/2022/140", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(html.statusCode()).isEqualTo(303);
        assertThat(html.headers().firstValue("Location")).contains("/explore/doc/su-fu-ban/2022/140");
        var turtle = get("/id/doc/su-fu-ban/2022/140", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(303);
        assertThat(turtle.headers().firstValue("Location")).contains("/data/id/doc/su-fu-ban/2022/140.ttl");
        assertThat(turtle.headers().firstValue("Link").orElse("")).contains("rel=\"describedby\"").contains("application/ld+json");
        var doc = get("/data/id/doc/su-fu-ban/2022/140.ttl", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.headers().firstValue("Link").orElse("")).contains("rel=\"alternate\"");
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(doc.body()), Lang.TURTLE);
        var d = m.createResource("http://localhost:8080/id/doc/su-fu-ban/2022/140");
        // Both ways: what the document says, and what points to it (its measures, documents deriving from it).
        assertThat(m.listStatements(d, null, (org.apache.jena.rdf.model.RDFNode) null).toList()).isNotEmpty();
        assertThat(m.listStatements(null, m.createProperty("https://w3id.org/policy-lineage/def#document"), d).toList()).hasSizeGreaterThan(10);
        // What it is about, as concepts of the certificate-type scheme.
        assertThat(m.contains(d, m.createProperty("http://data.europa.eu/eli/ontology#is_about"),
                m.createResource("https://w3id.org/policy-lineage/def/cert-type/environmental-management-system"))).isTrue();
        var jsonld = get("/id/doc/su-fu-ban/2022/140?format=jsonld", "text/html");
        assertThat(jsonld.headers().firstValue("Location")).contains("/data/id/doc/su-fu-ban/2022/140.jsonld");
        assertThat(get("/id/doc/no-such-document", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/def/level/national", "application/ld+json").headers().firstValue("Location"))
                .contains("/data/def/level/national.jsonld");
        assertThat(get("/data/def/level/national.ttl", null).statusCode()).isEqualTo(200);
    }

    @Autowired
    org.policylineage.rdf.IriScheme iris;

    @Test
    void formerDocumentIrisAnswer301WithThePresentOne() throws Exception {
        String[][] moved = {
                {"/id/doc/su-fu-ban-40933-2022-140", "/id/doc/su-fu-ban/2022/140"},
                {"/id/doc/su-fu-ban-40933-2022-140/target/7-1", "/id/doc/su-fu-ban/2022/140/target/7-1"},
                {"/data/id/doc/su-zheng-ban-fa-abb2a-2022-21.ttl", "/data/id/doc/su-zheng-ban-fa/2022/21.ttl"},
                {"/data/id/doc/su-zheng-ban-fa-abb2a-2022-21/measure/7.jsonld", "/data/id/doc/su-zheng-ban-fa/2022/21/measure/7.jsonld"},
                {"/graph/doc/lian-zheng-ban-fa-c84f6-2022-68", "/graph/doc/lian-zheng-ban-fa/2022/68"},
                {"/explore/doc/guo-fa-683bb-2021-4?lang=en", "/explore/doc/guo-fa/2021/4?lang=en"},
                {"/api/documents/su-fu-ban-40933-2022-140/alignments?limit=5", "/api/documents/su-fu-ban/2022/140/alignments?limit=5"}};
        for (String[] m : moved) {
            var r = get(m[0], "text/turtle");
            assertThat(r.statusCode()).as(m[0]).isEqualTo(301);
            assertThat(r.headers().firstValue("Location")).as(m[0]).contains(m[1]);
            String present = m[1].replaceFirst("\\?.*", "");
            assertThat(get(present, null).statusCode()).as(present).isIn(200, 303);
        }
        // A document without a 文号 was its title's slug; it is now issuer, date and title.
        var untitled = store.select(org.apache.jena.query.QueryFactory.create(PL
                + "SELECT ?doc ?title WHERE { ?doc pl:inCorpus true ; <http://purl.org/dc/terms/title> ?title . FILTER NOT EXISTS { ?doc pl:issuerCode ?c } }"));
        int titled = 0;
        while (untitled.hasNext()) {
            var row = untitled.next();
            String doc = row.getResource("doc").getURI();
            String former = org.policylineage.rdf.Slugs.of(org.policylineage.extract.Titles.normalise(row.getLiteral("title").getString()));
            var r = get("/id/doc/" + former, "text/turtle");
            assertThat(r.statusCode()).as(doc).isEqualTo(301);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(doc).endsWith(doc.substring(iris.base().length() - 1));
            titled++;
        }
        assertThat(titled).isPositive();
        // One with neither 文号 nor title was untitled-{hash of its text}, and keeps that name after issuer and date.
        var nameless = store.select(org.apache.jena.query.QueryFactory.create(PL + "SELECT ?doc WHERE { ?doc pl:inCorpus true . "
                + "FILTER NOT EXISTS { ?doc <http://purl.org/dc/terms/title> ?t } FILTER NOT EXISTS { ?doc pl:issuerCode ?c } }"));
        while (nameless.hasNext()) {
            String doc = nameless.next().getResource("doc").getURI();
            var r = get("/id/doc/" + doc.substring(doc.lastIndexOf('/') + 1), "text/turtle");
            assertThat(r.statusCode()).as(doc).isEqualTo(301);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(doc).endsWith(doc.substring(iris.base().length() - 1));
        }
        // The hash of the former IRI is checked: another one is no document.
        assertThat(get("/id/doc/su-fu-ban-00000-2022-140", "text/turtle").statusCode()).isEqualTo(404);

        // A former IRI in an iri= parameter: the same 301, to the request naming the present IRI.
        String formerTarget = iris.base() + "id/doc/su-fu-ban-40933-2022-140/target/7-1";
        String presentTarget = iris.base() + "id/doc/su-fu-ban/2022/140/target/7-1";
        var parameter = get("/api/targets/lineage?iri=" + enc(formerTarget), null);
        assertThat(parameter.statusCode()).isEqualTo(301);
        assertThat(parameter.headers().firstValue("Location")).contains("/api/targets/lineage?iri=" + enc(presentTarget));
        assertThat(get("/data?format=ttl&iri=" + enc(iris.base() + "id/doc/guo-fa-683bb-2021-4"), null).headers().firstValue("Location"))
                .contains("/data?format=ttl&iri=" + enc(iris.base() + "id/doc/guo-fa/2021/4"));
        // In a query, over GET and POST: answered for the present IRI, in patterns, VALUES and DESCRIBE alike.
        String formerDoc = "<" + iris.base() + "id/doc/su-fu-ban-40933-2022-140>";
        String select = "SELECT ?n WHERE { " + formerDoc + " <http://data.europa.eu/eli/ontology#id_local> ?n }";
        var viaGet = get("/sparql?query=" + enc(select), "text/csv");
        assertThat(viaGet.statusCode()).isEqualTo(200);
        assertThat(text(viaGet)).contains("苏府办〔2022〕140号");
        String values = "SELECT ?d ?n WHERE { VALUES ?d { " + formerDoc + " } ?d <http://data.europa.eu/eli/ontology#id_local> ?n }";
        assertThat(text(post("/sparql", "application/sparql-query", values.getBytes(StandardCharsets.UTF_8), false)))
                .contains("苏府办〔2022〕140号", iris.base() + "id/doc/su-fu-ban/2022/140");
        var described = get("/sparql?query=" + enc("DESCRIBE " + formerDoc), "application/n-triples");
        assertThat(text(described)).contains("<" + iris.base() + "id/doc/su-fu-ban/2022/140> <http://data.europa.eu/eli/ontology#id_local>");
    }

    @Test
    void noDocumentWithANumberHasAHashInItsIri() {
        var rs = store.select(org.apache.jena.query.QueryFactory.create(
                "SELECT ?doc ?number WHERE { ?doc <http://data.europa.eu/eli/ontology#id_local> ?number }"));
        int numbered = 0;
        while (rs.hasNext()) {
            var row = rs.next();
            var number = org.policylineage.extract.DocNumber.parse(row.getLiteral("number").getString()).orElseThrow();
            assertThat(row.getResource("doc").getURI()).isEqualTo(iris.document(number));
            numbered++;
        }
        assertThat(numbered).isGreaterThan(5);
        var hashed = store.select(org.apache.jena.query.QueryFactory.create(
                "SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { ?x ?p ?s } FILTER (isIRI(?s) && REGEX(STR(?s), '/id/doc/[^/]*-[0-9a-f]{5}-[0-9]{4}-[0-9]+')) }"));
        assertThat(hashed.hasNext()).as("an IRI with a 文号's hash").isFalse();
    }

    @Test
    void everyMintedIriDereferences() throws Exception {
        var rs = store.select(org.apache.jena.query.QueryFactory.create(
                "SELECT DISTINCT ?r WHERE { { ?r ?p ?o } UNION { ?s ?p ?r } FILTER (isIRI(?r) && STRSTARTS(STR(?r), \"http://localhost:8080/\")) }"));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        while (rs.hasNext()) {
            String iri = rs.next().getResource("r").getURI();
            String path = iri.substring("http://localhost:8080".length());
            if (path.startsWith("/sparql") || path.startsWith("/dumps") || path.equals("/")) continue;
            var r = get("/data" + path + ".nt", null);
            checked++;
            if (r.statusCode() != 200) failures.add(r.statusCode() + " " + iri);
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    @Test
    void voidAndDumps() throws Exception {
        var v = get("/.well-known/void", "text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(v.body()), Lang.TURTLE);
        var dataset = m.createResource("http://localhost:8080/id/dataset");
        assertThat(dataset.getPropertyResourceValue(org.apache.jena.vocabulary.VOID.sparqlEndpoint).getURI()).endsWith("/sparql");
        assertThat(m.listObjectsOfProperty(dataset, org.apache.jena.vocabulary.VOID.dataDump).toList()).hasSize(4);
        var dump = get("/dumps/policy-lineage.nq.gz", null);
        assertThat(dump.statusCode()).isEqualTo(200);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, new GZIPInputStream(new ByteArrayInputStream(dump.body())), Lang.NQUADS);
        assertThat(dsg.stream().count()).isEqualTo(store.size());
        var trig = get("/dumps/policy-lineage.trig", null);
        RDFDataMgr.read(DatasetGraphFactory.createTxnMem(), new ByteArrayInputStream(trig.body()), Lang.TRIG);
    }

    @Test
    void corsAllowsReadsFromAnyOrigin() throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(url("/api/overview"))).header("Origin", "https://example.org").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        var sparql = http.send(HttpRequest.newBuilder(URI.create(url("/sparql?query=" + enc("ASK {}"))))
                .header("Origin", "https://example.org").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(sparql.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    // ------------------------------------------------------------ REST API

    @Test
    void restApiDocumentsResolverLineageAndSearch() throws Exception {
        String municipal = text(get("/api/documents?level=municipal&inCorpus=true", "application/json"));
        assertThat(municipal).contains("苏府办〔2022〕140号", "连政办发〔2022〕68号").doesNotContain("苏政办发〔2022〕21号");
        assertThat(text(get("/api/documents?jurisdiction=jiangsu&inCorpus=true", null)))
                .contains("苏府办〔2022〕140号", "苏政办发〔2022〕21号").doesNotContain("长三角绿色认证一体化");
        String doc = text(get("/api/documents/su-fu-ban/2022/140", null));
        assertThat(doc).contains("\"number\":\"苏府办〔2022〕140号\"", "全市各类环境管理体系认证证书达17500张", "苏州地区各海关");
        // No ingested document repeals it: whether it is in force is not known, and the view says so rather than guess.
        assertThat(doc).contains("\"inForce\":\"unknown\"", "\"subjects\":[{\"iri\":\"https://w3id.org/policy-lineage/def/cert-type/");
        for (String spelling : List.of("苏政办发〔2022〕21号", "苏政办发[2022]21号", "苏政办发(2022)21", "蘇政辦發〔2022〕21號",
                "苏政办发﹝2022﹞21號", "苏政办发2022年21号", "苏政办发 【2022】 21")) {
            var r = get("/api/resolve?number=" + enc(spelling), null);
            assertThat(r.statusCode()).as(spelling).isEqualTo(200);
            assertThat(text(r)).contains("\"path\":\"su-zheng-ban-fa/2022/21\"");
        }
        assertThat(text(get("/api/resolve?number=" + enc("苏政办发2022年21号"), null)))
                .as("the resolver says how it read the input").contains("\"spelling\":\"year-word\"", "\"detail\":\"2022年\"");
        assertThat(get("/api/resolve?number=" + enc("not a number"), null).statusCode()).isEqualTo(400);
        assertThat(get("/api/resolve?number=" + enc("苏政办发〔2099〕1号"), null).statusCode()).isEqualTo(404);
        String lineage = text(get("/api/targets/lineage?iri=" + enc("http://localhost:8080/id/doc/su-fu-ban/2022/140/target/7-1"), null));
        assertThat(lineage).contains("\"share\":0.35", "国发〔2021〕4号", "\"via\":\"http://localhost:8080/id/doc/su-fu-ban/2022/140\"");
        String documentAlignments = text(get("/api/documents/su-fu-ban/2022/140/alignments", null));
        assertThat(documentAlignments).contains("\"direction\":\"parent\"", "su-zheng-ban-fa/2022/21/measure/7");
        String agency = text(get("/api/agencies?iri=" + enc("http://localhost:8080/id/agency/suzhou/market-regulation"), null));
        assertThat(agency).contains("连云港市市场监督管理局", "\"peers\"");
        String alignments = text(get("/api/measures/alignments?iri=" + enc("http://localhost:8080/id/doc/su-fu-ban/2022/140/measure/5"), null));
        assertThat(alignments).contains("named-programme", "text-reuse", "\"text\"", "parentStart");
        String hits = text(get("/api/search?q=" + enc("绿色食品认证"), null));
        assertThat(hits).startsWith("{").contains("绿色食品认证证书达800张", "\"terms\":[\"绿色", "\"facets\":{\"level\"", "苏府办〔2022〕140号");
        assertThat(get("/api/search?q=", null).statusCode()).isEqualTo(400);
        assertThat(text(get("/v3/api-docs", null))).contains("/api/targets/lineage", "/api/resolve");
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
        assertThat(text(get("/actuator/health", null))).contains("UP");
    }

    @Test
    void restParametersAreDataNeverQueryText() throws Exception {
        long before = store.size();
        for (String evil : List.of("municipal\" } ; DROP ALL ; #", "') } UNION { ?s ?p ?o } #", "x> } DELETE WHERE { ?s ?p ?o } #")) {
            var r = get("/api/documents?level=" + enc(evil), null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(text(r)).isEqualTo("[]");
            assertThat(get("/api/document?iri=" + enc("http://x/" + evil), null).statusCode()).isBetween(400, 404);
            assertThat(get("/api/search?q=" + enc(evil), null).statusCode()).isEqualTo(200);
        }
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void ingestionOverHttpNeedsCredentialsAndRefusesBadInput() throws Exception {
        byte[] doc = Files.readAllBytes(Path.of("data/corpus/000_2a67e571e19ace14.txt"));
        assertThat(post("/api/documents?name=again.txt", "text/plain", doc, false).statusCode()).isEqualTo(401);
        var duplicate = post("/api/documents?name=again.txt", "text/plain", doc, true);
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(text(duplicate)).contains("DUPLICATE").contains("000_2a67e571e19ace14.txt");
        var bad = post("/api/documents?name=bad.txt", "text/plain", "一句没有结构的话。".getBytes(StandardCharsets.UTF_8), true);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(text(bad)).contains("not a policy document");
        var huge = post("/api/documents?name=huge.txt", "text/plain", new byte[300 * 1024], true);
        assertThat(huge.statusCode()).isEqualTo(413);
    }
}
