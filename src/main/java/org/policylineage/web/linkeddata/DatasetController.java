package org.policylineage.web.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.Prefixes;
import org.policylineage.store.PolicyStore;
import org.policylineage.vocab.ELI;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.PROV;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The dataset described in VoID and DCAT, with its SPARQL endpoint and downloadable dumps. */
@RestController
class DatasetController {
    private static final Map<String, Lang> DUMPS = Map.of("trig", Lang.TRIG, "nq", Lang.NQUADS);

    private final PolicyStore store;
    private final IriScheme iris;

    DatasetController(PolicyStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    @GetMapping({"/void", "/.well-known/void", "/id/dataset"})
    ResponseEntity<byte[]> voidDescription(@RequestParam(required = false) String format,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat f = (format != null ? RdfFormat.byExtension(format) : RdfFormat.negotiate(accept)).orElse(RdfFormat.TURTLE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, description(), f.lang);
        return ResponseEntity.ok().contentType(f.mediaType).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(out.toByteArray());
    }

    Model description() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        Row stats = Rows.of(store, "sparql/linkeddata/dataset-stats.rq", Map.of()).get(0);
        Row docs = Rows.of(store, "sparql/linkeddata/documents-count.rq", Map.of()).get(0);
        Resource dataset = m.createResource(iris.base() + "id/dataset")
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Policy lineage knowledge graph", "en")
                .addProperty(DCTerms.title, "政策谱系知识图谱", "zh")
                .addProperty(DCTerms.description, "Chinese green-certification policy documents, their measures, agencies, "
                        + "certificate types and targets, and the lineage linking local targets to provincial and national sources.", "en")
                .addProperty(VOID.sparqlEndpoint, m.createResource(iris.base() + "sparql"))
                .addProperty(VOID.uriSpace, iris.base() + "id/")
                .addLiteral(VOID.triples, m.createTypedLiteral(String.valueOf(stats.integer("quads")), XSDDatatype.XSDinteger))
                .addLiteral(VOID.entities, m.createTypedLiteral(String.valueOf(docs.integer("documents")), XSDDatatype.XSDinteger))
                .addProperty(DCAT.landingPage, m.createResource(iris.base()));
        for (String vocabulary : new String[] {PL.NS, ELI.NS, DCTerms.NS, PROV.NS, org.apache.jena.vocabulary.SKOS.uri,
                org.apache.jena.vocabulary.ORG.NS, org.policylineage.vocab.TIME.NS, org.apache.jena.vocabulary.OA.NS}) {
            dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        Resource service = m.createResource(iris.base() + "sparql").addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(iris.base() + "sparql"))
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        dataset.addProperty(DCAT.distribution, service);
        for (var dump : DUMPS.entrySet()) {
            for (boolean gzip : new boolean[] {true, false}) {
                String url = iris.base() + "dumps/policy-lineage." + dump.getKey() + (gzip ? ".gz" : "");
                dataset.addProperty(VOID.dataDump, m.createResource(url));
                dataset.addProperty(DCAT.distribution, m.createResource(url + "#distribution")
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.downloadURL, m.createResource(url))
                        .addProperty(DCAT.mediaType, dump.getValue().getHeaderString())
                        .addProperty(DCAT.compressFormat, gzip ? "application/gzip" : "identity"));
            }
        }
        return m;
    }

    @GetMapping("/dumps/policy-lineage.{format}")
    ResponseEntity<StreamingResponseBody> dump(@PathVariable String format) {
        boolean gzip = format.endsWith(".gz");
        Optional<Lang> lang = Optional.ofNullable(DUMPS.get(gzip ? format.substring(0, format.length() - 3) : format));
        if (lang.isEmpty()) return ResponseEntity.notFound().build();
        StreamingResponseBody body = out -> {
            OutputStream target = gzip ? new GZIPOutputStream(out) : out;
            store.export(target, lang.get());
            if (gzip) ((GZIPOutputStream) target).finish();
        };
        return ResponseEntity.ok()
                .contentType(gzip ? MediaType.parseMediaType("application/gzip") : MediaType.parseMediaType(lang.get().getHeaderString()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"policy-lineage." + format + "\"")
                .body(body);
    }
}
