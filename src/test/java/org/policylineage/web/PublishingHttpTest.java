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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.store.PolicyStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a linked-data consumer or a data portal meets, over real HTTP on a real TDB2 store seeded
 * with the corpus: third-party clients' Accept headers on the SPARQL endpoint, the ontology's terms
 * at their IRIs, the dataset's DCAT-AP description.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishingHttpTest {
    static final String PL = "PREFIX pl: <https://w3id.org/policy-lineage/def#> ";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** What Comunica sends when it probes a source it does not know yet (its RDF parsers' types, HTML low). */
    static final String COMUNICA_PROBE = "application/n-quads,application/trig;q=0.95,application/ld+json;q=0.9,"
            + "application/n-triples;q=0.8,text/turtle;q=0.6,application/rdf+xml;q=0.5,text/n3;q=0.35,application/xml;q=0.3,"
            + "image/svg+xml;q=0.3,text/xml;q=0.3,text/html;q=0.2,application/xhtml+xml;q=0.18,application/json;q=0.135,"
            + "text/shaclc;q=0.1,text/shaclc-ext;q=0.05";
    /** The same kind of header on a query: results types first, HTML listed low. */
    static final String RESULTS_THEN_HTML = "application/sparql-results+json,application/sparql-results+xml;q=0.9,"
            + "text/turtle;q=0.8,text/html;q=0.2,*/*;q=0.1";

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry r) {
        r.add("policy-lineage.store.directory", () -> dir.resolve("store").toString());
        r.add("policy-lineage.query.max-rows", () -> "50");
    }

    @LocalServerPort
    int port;

    @Autowired
    PolicyStore store;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Model rdf(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElseThrow();
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body()), RDFLanguages.contentTypeToLang(type.split(";")[0].trim()));
        return m;
    }

    // ------------------------------------------------------------ /sparql content negotiation

    @Test
    void comunicasProbeOfTheEndpointGetsTheServiceDescriptionInRdf() throws Exception {
        var r = get("/sparql", COMUNICA_PROBE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("html");
        assertThat(r.headers().allValues("Vary").toString()).contains("Accept");
        Model m = rdf(r);
        assertThat(m.listSubjectsWithProperty(RDF.type, m.createResource(SD + "Service")).toList()).hasSize(1);
    }

    @Test
    void aQueryIsAnsweredInTheResultTypeAskedForEvenWhenHtmlIsListedToo() throws Exception {
        var r = get("/sparql?query=" + enc(PL + "SELECT (COUNT(?d) AS ?n) WHERE { ?d pl:inCorpus true }"), RESULTS_THEN_HTML);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        assertThat(rs.next().get("n").asNode().getLiteralLexicalForm()).isEqualTo("5");
        // HTML first but a query given: the query is answered, in a type the client also takes.
        var browserish = get("/sparql?query=" + enc(PL + "ASK { ?d pl:inCorpus true }"),
                "text/html,application/sparql-results+xml;q=0.9,*/*;q=0.8");
        assertThat(browserish.statusCode()).isEqualTo(200);
        assertThat(browserish.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
    }

    @Test
    void htmlOnlyWhenItIsPreferredAndNoQueryIsGiven() throws Exception {
        var browser = get("/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.statusCode()).isBetween(302, 303);
        assertThat(browser.headers().firstValue("Location").orElse("")).endsWith("/explore/sparql");
        var rdfFirst = get("/sparql", "text/turtle,text/html;q=0.9");
        assertThat(rdfFirst.statusCode()).isEqualTo(200);
        assertThat(rdfFirst.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
    }

    /**
     * rdflib's SPARQLStore sends a query by GET with its ~30 namespaces declared before it: succession.rq so became a URL
     * of about 10 KB, which Jetty's default 8 KB refused with 414. Answered now, with the seed's continuation in it.
     */
    @Test
    void aLongQuerySentByGetIsAnswered() throws Exception {
        StringBuilder prefixes = new StringBuilder();
        for (int i = 0; i < 40; i++) prefixes.append("PREFIX ns").append(i).append(": <http://example.org/namespace/number/").append(i).append("#>\n");
        String query = prefixes + java.nio.file.Files.readString(java.nio.file.Path.of("queries/succession.rq"));
        String path = "/sparql?query=" + enc(query);
        assertThat(path.length()).isGreaterThan(8 * 1024);
        var r = get(path, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        List<String> changes = new java.util.ArrayList<>();
        rs.forEachRemaining(row -> changes.add(row.getLiteral("change").getString()));
        assertThat(changes).contains("continues");
    }

    @Test
    void anAcceptNothingServedCanSatisfyIsRefusedWith406() throws Exception {
        var query = get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1"), "image/png");
        assertThat(query.statusCode()).isEqualTo(406);
        var construct = get("/sparql?query=" + enc("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"), "application/sparql-results+json");
        assertThat(construct.statusCode()).isEqualTo(406);
        assertThat(get("/sparql", "image/png").statusCode()).isEqualTo(406);
        // */* and no Accept at all still take the default.
        assertThat(get("/sparql?query=" + enc("ASK {}"), "*/*").statusCode()).isEqualTo(200);
        assertThat(get("/sparql?query=" + enc("ASK {}"), null).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------ the ontology at its namespace

    /**
     * Whether a statement of the ontology is in the served model. A list (owl:propertyChainAxiom ( pl:hasResponsibility
     * pl:agency )) is served as a list of the same members under blank nodes of the served document's own.
     */
    private static boolean servedAlike(Model served, org.apache.jena.rdf.model.Statement st) {
        if (!(st.getObject().isAnon() && st.getObject().canAs(RDFList.class))) return served.contains(st);
        List<RDFNode> members = st.getObject().as(RDFList.class).asJavaList();
        return served.listObjectsOfProperty(served.createResource(st.getSubject().getURI()), st.getPredicate()).toList().stream()
                .anyMatch(o -> o.isAnon() && o.canAs(RDFList.class) && o.as(RDFList.class).asJavaList().equals(members));
    }

    @Test
    void everyTermOfTheOntologyIsDescribedWhereItsHashIriLeads() throws Exception {
        // pl:Measure is https://w3id.org/policy-lineage/def#Measure: a client fetches /def and looks for the term in it.
        var thing = get("/def", "text/turtle");
        assertThat(thing.statusCode()).isEqualTo(303);
        String location = thing.headers().firstValue("Location").orElseThrow();
        var doc = get(location, "text/turtle");
        assertThat(doc.statusCode()).isEqualTo(200);
        Model served = rdf(doc);
        Model ontology = RDFDataMgr.loadModel("ontology/policy-lineage.ttl");
        List<String> missing = new ArrayList<>();
        ontology.listStatements().forEach(st -> {
            if (!st.getSubject().isURIResource()) return;
            if (!servedAlike(served, st)) missing.add(st.toString());
        });
        assertThat(missing).as("statements of ontology/policy-lineage.ttl not served at /def").isEmpty();
        var measure = served.createResource("https://w3id.org/policy-lineage/def#Measure");
        assertThat(measure.hasProperty(RDFS.label)).isTrue();
        assertThat(measure.hasProperty(RDFS.comment)).isTrue();
        long classes = served.listSubjectsWithProperty(RDF.type, OWL.Class).toList().size();
        assertThat(classes).isEqualTo(ontology.listSubjectsWithProperty(RDF.type, OWL.Class).toList().size()).isGreaterThan(10);
    }

    // ------------------------------------------------------------ VoID, DCAT-AP, service description

    @Test
    void theDatasetDescriptionPassesTheDcatAp301CoreAndRangeShapes() throws Exception {
        Model description = rdf(get("/.well-known/void", "text/turtle"));
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String f : List.of("dcat-ap-3.0.1/dcat-ap-SHACL.ttl", "dcat-ap-3.0.1/ranges.ttl")) RDFDataMgr.read(shapes, f);
        // ranges.ttl names a few property shapes it never defines (dcat:RelationshipShape's): a reference
        // to nothing constrains nothing, and pySHACL skips it; Jena's parser refuses it, so it goes.
        Node property = SHACL.property;
        shapes.find(Node.ANY, property, Node.ANY).toList().stream()
                .filter(t -> !shapes.contains(t.getObject(), Node.ANY, Node.ANY)).forEach(shapes::delete);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), description.getGraph());
        List<String> violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
        assertThat(violations).as("DCAT-AP 3.0.1 violations").isEmpty();

        // What a portal shows from it: a catalogue holding the dataset and the service, a licence, each
        // dump downloadable in an IANA media type, the SPARQL endpoint as a data service.
        Resource catalog = description.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList().get(0);
        Resource dataset = catalog.getPropertyResourceValue(DCAT.dataset);
        assertThat(dataset.getPropertyResourceValue(DCTerms.license)).isNotNull();
        List<Resource> distributions = description.listObjectsOfProperty(dataset, DCAT.distribution).mapWith(RDFNode::asResource).toList();
        assertThat(distributions).hasSize(5).allSatisfy(d -> assertThat(d.hasProperty(DCAT.accessURL)).isTrue());
        assertThat(distributions.stream().map(d -> d.getPropertyResourceValue(DCAT.mediaType)).filter(java.util.Objects::nonNull)
                .map(Resource::getURI)).contains("http://www.iana.org/assignments/media-types/application/n-quads",
                "http://www.iana.org/assignments/media-types/application/trig");
        Resource service = catalog.getPropertyResourceValue(DCAT.service);
        assertThat(service.hasProperty(RDF.type, DCAT.DataService)).isTrue();
        assertThat(service.getPropertyResourceValue(DCAT.endpointURL).getURI()).endsWith("/sparql");
        for (Resource d : distributions) {
            String url = d.getPropertyResourceValue(DCAT.accessURL).getURI();
            if (url.contains("/dumps/")) assertThat(get(url.replace("http://localhost:8080", ""), null).statusCode()).as(url).isEqualTo(200);
        }
    }

    @Test
    void voidAndTheServiceDescriptionCountWhatIsStored() throws Exception {
        // Counted here from the store's quads, independently of the service's SPARQL.
        DatasetGraph dsg = store.dataset().orElseThrow();
        Set<Triple> triples = new HashSet<>();
        Set<Node> entities = new HashSet<>();
        Map<Node, Long> graphs = new HashMap<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            triples.add(q.asTriple());
            graphs.merge(q.getGraph(), 1L, Long::sum);
            if (q.getSubject().isURI() && q.getSubject().getURI().startsWith("http://localhost:8080/id/")) entities.add(q.getSubject());
        }));
        Model v = rdf(get("/.well-known/void", "text/turtle"));
        Resource dataset = v.createResource("http://localhost:8080/id/dataset");
        assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(triples.size());
        assertThat(dataset.getProperty(VOID.entities).getLong()).isEqualTo(entities.size()).isGreaterThan(100);

        Model sd = rdf(get("/sparql", "text/turtle"));
        Property triplesP = VOID.triples;
        Resource defaultGraph = sd.listObjectsOfProperty(sd.createProperty(SD, "defaultGraph")).next().asResource();
        assertThat(defaultGraph.getProperty(triplesP).getLong()).isEqualTo(triples.size());
        Map<String, Long> listed = new HashMap<>();
        sd.listObjectsOfProperty(sd.createProperty(SD, "namedGraph")).forEach(n -> listed.put(
                n.asResource().getPropertyResourceValue(sd.createProperty(SD, "name")).getURI(),
                n.asResource().getPropertyResourceValue(sd.createProperty(SD, "graph")).getProperty(triplesP).getLong()));
        Map<String, Long> stored = new HashMap<>();
        graphs.forEach((g, n) -> stored.put(g.getURI(), n));
        assertThat(listed).isEqualTo(stored);
    }

    @Test
    void voidCountsFollowEveryWriteToTheStore() throws Exception {
        Resource dataset = ResourceFactory.createResource("http://localhost:8080/id/dataset");
        long before = rdf(get("/void", "text/turtle")).getProperty(dataset, VOID.triples).getLong();
        assertThat(rdf(get("/void", "application/n-triples")).getProperty(dataset, VOID.triples).getLong()).isEqualTo(before);
        String graph = "http://localhost:8080/graph/test-void-cache";
        Model one = ModelFactory.createDefaultModel();
        one.add(one.createResource("http://localhost:8080/id/test/void-cache"), RDFS.label, "written after the first request");
        store.write(Map.of(graph, one), Set.of());
        try {
            assertThat(rdf(get("/void", "text/turtle")).getProperty(dataset, VOID.triples).getLong()).isEqualTo(before + 1);
        } finally {
            store.write(Map.of(), Set.of(graph));
        }
        assertThat(rdf(get("/void", "text/turtle")).getProperty(dataset, VOID.triples).getLong()).isEqualTo(before);
    }

    @Test
    void everyDocumentIsRealisedInChineseAndEmbodiedByTheFileItWasReadFrom() throws Exception {
        String eli = "PREFIX eli: <http://data.europa.eu/eli/ontology#> PREFIX dct: <http://purl.org/dc/terms/> ";
        ResultSet rs = store.select(QueryFactory.create(eli + PL + "SELECT ?doc ?title ?expressionTitle ?format ?file WHERE { "
                + "?doc pl:inCorpus true ; a eli:LegalResource ; eli:is_realized_by ?e . "
                + "?e a eli:LegalExpression ; eli:realizes ?doc ; eli:language <http://publications.europa.eu/resource/authority/language/ZHO> ; "
                + "   eli:is_embodied_by ?f . OPTIONAL { ?e eli:title ?expressionTitle } OPTIONAL { ?doc dct:title ?title } "
                + "?f a eli:Format ; eli:embodies ?e ; eli:format ?format ; eli:is_exemplified_by ?file }"));
        int documents = 0;
        while (rs.hasNext()) {
            var row = rs.next();
            documents++;
            if (row.contains("title")) assertThat(row.getLiteral("expressionTitle").getString()).isEqualTo(row.getLiteral("title").getString());
            assertThat(row.getResource("format").getURI()).startsWith("http://www.iana.org/assignments/media-types/text/");
            String file = row.getResource("file").getURI();
            var r = get(file.substring("http://localhost:8080".length()), null);
            assertThat(r.statusCode()).as(file).isEqualTo(200);
        }
        assertThat(documents).isEqualTo(5);
    }

    // ------------------------------------------------------------ caching headers, lengths, the row cap

    @Test
    void rdfDocumentsCarryAnEtagAndLastModifiedAndAnswer304WhenUnchanged() throws Exception {
        for (String path : List.of("/data/def.ttl", "/data/id/doc/su-fu-ban/2022/140.jsonld", "/.well-known/void")) {
            var first = get(path, "text/turtle");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertThat(first.headers().firstValue("Last-Modified")).as(path).isPresent();
            var again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/turtle").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            var other = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/turtle").header("If-None-Match", "\"something-else\"").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(other.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void dumpsSayHowLongTheyAre() throws Exception {
        for (String path : List.of("/dumps/policy-lineage.nq.gz", "/dumps/policy-lineage.trig")) {
            var r = get(path, null);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValueAsLong("Content-Length").orElse(-1)).as(path).isEqualTo(r.body().length).isGreaterThan(1000);
        }
    }

    @Test
    void theRowCapHeaderOnlyWhenRowsWereCut() throws Exception {
        // max-rows is 50 here.
        var count = get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.headers().firstValue("X-Row-Cap")).isEmpty();
        var few = get("/sparql?query=" + enc(PL + "SELECT ?d WHERE { ?d pl:inCorpus true }"), "application/sparql-results+json");
        assertThat(rows(few)).isEqualTo(5);
        assertThat(few.headers().firstValue("X-Row-Cap")).isEmpty();
        var many = get("/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(many.headers().firstValue("X-Row-Cap")).contains("50");
        assertThat(rows(many)).isEqualTo(50);
    }

    static int rows(HttpResponse<byte[]> r) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        return n;
    }

    // ------------------------------------------------------------ pages that stand without script

    @Test
    void explorerPagesCarryTitleDescriptionAndRdfAlternatesBeforeAnyScriptRuns() throws Exception {
        String doc = new String(get("/explore/doc/su-fu-ban/2022/140", "text/html").body(), StandardCharsets.UTF_8);
        var title = java.util.regex.Pattern.compile("<title>([^<]*)</title>").matcher(doc);
        assertThat(title.find()).isTrue();
        assertThat(title.group(1)).contains("苏府办〔2022〕140号");
        assertThat(doc).contains("<meta name=\"description\"", "<noscript>", "<h1>")
                .contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/id/doc/su-fu-ban/2022/140.ttl\"");
        // The alternate the page names is there.
        var turtle = get("/data/id/doc/su-fu-ban/2022/140.ttl", null);
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(rdf(turtle).size()).isGreaterThan(10);

        String measure = new String(get("/explore/measure?iri=" + enc("http://localhost:8080/id/doc/su-fu-ban/2022/140/measure/5"),
                "text/html").body(), StandardCharsets.UTF_8);
        assertThat(measure).contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"/data/id/doc/su-fu-ban/2022/140/measure/5.jsonld\"");
        // A page of no particular resource is the explorer's page as built.
        var sparql = get("/explore/sparql", "text/html");
        assertThat(sparql.statusCode()).isEqualTo(200);
        assertThat(new String(sparql.body(), StandardCharsets.UTF_8)).contains("<div id=\"app\">").doesNotContain("<noscript>");
    }
}
