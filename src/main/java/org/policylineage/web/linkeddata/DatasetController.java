package org.policylineage.web.linkeddata;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;
import org.policylineage.Settings;
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
    private final Settings.Publication publication;
    private final ResourceDescriber describer;

    DatasetController(PolicyStore store, IriScheme iris, Settings settings, ResourceDescriber describer) {
        this.store = store;
        this.iris = iris;
        this.describer = describer;
        this.publication = settings.publication();
    }

    /**
     * The description as last worked out, the store's data version it was worked out at, and its bytes in
     * each format asked for (written once: requests share them, never the model).
     */
    private record Described(long version, Model model, Map<RdfFormat, byte[]> written) {}

    private volatile Described described;

    @GetMapping({"/void", "/.well-known/void", "/id/dataset", "/id/catalog"})
    ResponseEntity<byte[]> voidDescription(@RequestParam(required = false) String format,
                                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        RdfFormat f = (format != null ? RdfFormat.byExtension(format) : RdfFormat.negotiate(accept)).orElse(RdfFormat.TURTLE);
        var ok = ResponseEntity.ok();
        describer.lastModified().ifPresent(ok::lastModified);
        return ok.contentType(f.mediaType).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(currentDescription(f));
    }

    /**
     * The description, worked out again only when the store has changed since: its statistics scan the
     * whole store. The version is read before the work, so a write committed during it makes the next
     * request work it out again. A store that cannot tell its version (a remote one) is described afresh each time.
     */
    byte[] currentDescription(RdfFormat format) {
        Optional<Long> version = store.dataVersion();
        Described last = described;
        if (version.isEmpty() || last == null || last.version() != version.get()) {
            last = new Described(version.orElse(-1L), description(), new java.util.concurrent.ConcurrentHashMap<>());
            if (version.isPresent()) described = last;
        }
        Model model = last.model();
        return last.written().computeIfAbsent(format, f -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, model, f.lang);
            return out.toByteArray();
        });
    }

    /**
     * The catalogue, the dataset, its distributions and the SPARQL service, in VoID and in DCAT as
     * DCAT-AP 3.0.1 profiles it, so a data portal harvests it as it is: every resource a range shape
     * constrains carries its class (licence, media types, agent, location, …), media types are IANA
     * IRIs, and the endpoint is a dcat:DataService reached through a distribution's dcat:accessService.
     */
    Model description() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("vcard", VCARD4.NS);
        String base = iris.base();
        Row stats = Rows.of(store, "sparql/linkeddata/dataset-stats.rq", Map.of()).get(0);
        Row entities = Rows.of(store, "sparql/linkeddata/entities.rq", Map.of("space", NodeFactory.createLiteralString(base + "id/"))).get(0);

        Resource licence = m.createResource(publication.licence()).addProperty(RDF.type, DCTerms.LicenseDocument);
        Resource publisher = m.createResource(publication.publisherIri().isBlank() ? base : publication.publisherIri())
                .addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, publication.publisherName());
        Resource landing = m.createResource(base).addProperty(RDF.type, FOAF.Document);
        Resource dataset = m.createResource(base + "id/dataset")
                .addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Policy lineage knowledge graph", "en")
                .addProperty(DCTerms.title, "政策谱系知识图谱", "zh")
                .addProperty(DCTerms.description, "Chinese green-certification policy documents, their measures, agencies, "
                        + "certificate types and targets, and the lineage linking local targets to provincial and national sources.", "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.language, m.createResource(EU_AUTHORITY + "language/ZHO").addProperty(RDF.type, DCTerms.LinguisticSystem))
                .addProperty(DCTerms.spatial, m.createResource(EU_AUTHORITY + "country/CHN").addProperty(RDF.type, DCTerms.Location))
                .addProperty(DCAT.theme, m.createResource(EU_AUTHORITY + "data-theme/GOVE").addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, "Government and public sector", "en"))
                .addProperty(DCAT.landingPage, landing)
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + "sparql"))
                .addProperty(VOID.uriSpace, base + "id/")
                .addLiteral(VOID.triples, count(m, stats, "triples"))
                .addLiteral(VOID.entities, count(m, entities, "entities"))
                .addLiteral(VOID.classes, count(m, stats, "classes"))
                .addLiteral(VOID.properties, count(m, stats, "properties"))
                .addLiteral(VOID.distinctSubjects, count(m, stats, "subjects"))
                .addLiteral(VOID.distinctObjects, count(m, stats, "objects"));
        for (String keyword : publication.keywords()) {
            int at = keyword.lastIndexOf('@');
            if (at > 0) dataset.addProperty(DCAT.keyword, keyword.substring(0, at), keyword.substring(at + 1));
            else dataset.addProperty(DCAT.keyword, keyword);
        }
        if (!publication.contactEmail().isBlank()) {
            dataset.addProperty(DCAT.contactPoint, m.createResource(dataset.getURI() + "#contact").addProperty(RDF.type, VCARD4.Kind)
                    .addProperty(VCARD4.fn, publication.publisherName())
                    .addProperty(VCARD4.hasEmail, m.createResource("mailto:" + publication.contactEmail())));
        }
        // Fragments of the description rather than blank nodes, which a writer labels afresh each time: the
        // same data gives the same bytes, and so the same ETag.
        Row span = Rows.of(store, "sparql/linkeddata/temporal-coverage.rq", Map.of()).get(0);
        if (span.has("start")) {
            dataset.addProperty(DCTerms.temporal, m.createResource(dataset.getURI() + "#temporal").addProperty(RDF.type, DCTerms.PeriodOfTime)
                    .addProperty(DCAT.startDate, m.createTypedLiteral(span.string("start"), XSDDatatype.XSDdate))
                    .addProperty(DCAT.endDate, m.createTypedLiteral(span.string("end"), XSDDatatype.XSDdate)));
        }
        for (Row c : Rows.of(store, "sparql/linkeddata/class-partitions.rq", Map.of())) {
            dataset.addProperty(VOID.classPartition, m.createResource(dataset.getURI() + "#class-"
                            + m.shortForm(c.string("class")).replace("#", "%23"))
                    .addProperty(VOID._class, m.createResource(c.string("class")))
                    .addLiteral(VOID.entities, count(m, c, "entities")));
        }
        for (String vocabulary : new String[] {PL.NS, ELI.NS, DCTerms.NS, PROV.NS, SKOS.uri,
                org.apache.jena.vocabulary.ORG.NS, org.policylineage.vocab.TIME.NS, org.apache.jena.vocabulary.OA.NS}) {
            dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }

        // Typed rdfs:Resource because DCAT-AP's range shape for dcat:endpointURL asks for that class, and a
        // validator without RDFS inference (Jena's) does not derive it.
        Resource endpoint = m.createResource(base + "sparql").addProperty(RDF.type, RDFS.Resource);
        Resource service = endpoint.addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL endpoint of the policy lineage knowledge graph", "en")
                .addProperty(DCAT.endpointURL, endpoint)
                .addProperty(DCAT.endpointDescription, endpoint)
                .addProperty(DCAT.servesDataset, dataset)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/").addProperty(RDF.type, DCTerms.Standard));
        dataset.addProperty(DCAT.distribution, m.createResource(base + "sparql#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint", "en")
                .addProperty(DCAT.accessURL, endpoint)
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, licence));
        for (var dump : DUMPS.entrySet()) {
            Resource mediaType = mediaType(m, dump.getValue().getHeaderString());
            for (boolean gzip : new boolean[] {true, false}) {
                String url = base + "dumps/policy-lineage." + dump.getKey() + (gzip ? ".gz" : "");
                dataset.addProperty(VOID.dataDump, m.createResource(url));
                Resource distribution = m.createResource(url + "#distribution")
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCTerms.title, "Every named graph in " + dump.getValue().getLabel() + (gzip ? ", gzip-compressed" : ""), "en")
                        .addProperty(DCAT.accessURL, m.createResource(url))
                        .addProperty(DCAT.downloadURL, m.createResource(url))
                        .addProperty(DCAT.mediaType, mediaType)
                        .addProperty(DCTerms.license, licence);
                if (gzip) distribution.addProperty(DCAT.compressFormat, mediaType(m, "application/gzip"));
                dataset.addProperty(DCAT.distribution, distribution);
            }
        }
        m.createResource(base + "id/catalog").addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "Policy lineage catalogue", "en")
                .addProperty(DCTerms.title, "政策谱系数据目录", "zh")
                .addProperty(DCTerms.description, "The policy lineage knowledge graph and the SPARQL service over it.", "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(FOAF.homepage, landing)
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service);
        return m;
    }

    private static final String EU_AUTHORITY = "http://publications.europa.eu/resource/authority/";

    /** A media type as DCAT-AP wants it: the IANA registry's IRI, typed dct:MediaType. */
    private static Resource mediaType(Model m, String type) {
        return m.createResource("http://www.iana.org/assignments/media-types/" + type).addProperty(RDF.type, DCTerms.MediaType);
    }

    /** A count as xsd:integer, from its lexical form: a store's triples may pass an int. */
    private static org.apache.jena.rdf.model.Literal count(Model m, Row row, String var) {
        return m.createTypedLiteral(row.values().get(var).asLiteral().getLexicalForm(), XSDDatatype.XSDinteger);
    }

    /**
     * A dump, written to a temporary file first so the answer carries its Content-Length: a download
     * client shows progress and can tell a finished download from a cut one, which a chunked stream
     * of unknown length does not allow.
     */
    @GetMapping("/dumps/policy-lineage.{format}")
    ResponseEntity<StreamingResponseBody> dump(@PathVariable String format) throws IOException {
        boolean gzip = format.endsWith(".gz");
        Optional<Lang> lang = Optional.ofNullable(DUMPS.get(gzip ? format.substring(0, format.length() - 3) : format));
        if (lang.isEmpty()) return ResponseEntity.notFound().build();
        Path file = Files.createTempFile("policy-lineage-dump-", "." + format);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            OutputStream target = gzip ? new GZIPOutputStream(out) : out;
            store.export(target, lang.get());
            if (gzip) ((GZIPOutputStream) target).finish();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return ResponseEntity.ok()
                .contentType(gzip ? MediaType.parseMediaType("application/gzip") : MediaType.parseMediaType(lang.get().getHeaderString()))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"policy-lineage." + format + "\"")
                .body(body);
    }
}
