package org.policylineage.web.linkeddata;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.policylineage.rdf.IriScheme;
import org.policylineage.vocab.PL;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Makes every IRI the graph mints dereferenceable. A thing's IRI ({@code /id/…}, {@code /def/…})
 * answers 303 See Other: a browser goes to its explorer page, an RDF client to the document that
 * describes it ({@code /data/id/….ttl}, JSON-LD, RDF/XML, N-Triples), which holds the thing's triples
 * both ways. {@code ?format=} overrides the Accept header; {@code Link} headers name the alternates.
 */
@RestController
class LinkedDataController {
    private static final String ONTOLOGY = PL.NS.substring(0, PL.NS.length() - 1);

    private final ResourceDescriber describer;
    private final IriScheme iris;

    LinkedDataController(ResourceDescriber describer, IriScheme iris) {
        this.describer = describer;
        this.iris = iris;
    }

    @GetMapping({"/id/**", "/def", "/def/**", "/graph/**"})
    ResponseEntity<?> thing(HttpServletRequest request, @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String iri = iriOf(path);
        Set<String> types = describer.types(iri);
        if (types.isEmpty()) return notFound(iri);
        Optional<RdfFormat> rdf = format != null ? RdfFormat.byExtension(format) : RdfFormat.negotiate(accept);
        String target = rdf.map(f -> "/data" + path + "." + f.extension).orElse(ExplorerLinks.pageFor(iri, types, iris));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(target))
                .header(HttpHeaders.LINK, alternates("/data" + path, "describedby"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GetMapping("/data/**")
    ResponseEntity<?> document(HttpServletRequest request, @RequestParam(required = false) String format,
                               @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/data".length());
        Optional<RdfFormat> byExtension = Optional.empty();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            byExtension = RdfFormat.byExtension(path.substring(dot + 1));
            if (byExtension.isPresent()) path = path.substring(0, dot);
        }
        String iri = iriOf(path);
        Optional<RdfFormat> chosen = format != null ? RdfFormat.byExtension(format)
                : byExtension.or(() -> RdfFormat.negotiate(accept).or(() -> Optional.of(RdfFormat.TURTLE)));
        return describe(iri, chosen.orElse(RdfFormat.TURTLE), "/data" + path);
    }

    /** Any IRI, including those outside this service's base (certificate types, external documents). */
    @GetMapping("/data")
    ResponseEntity<?> anyIri(@RequestParam String iri, @RequestParam(required = false) String format,
                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        if (!iri.matches("(?i)(https?|urn):\\S+")) return ResponseEntity.badRequest().body("not an IRI: " + iri);
        RdfFormat f = (format != null ? RdfFormat.byExtension(format) : RdfFormat.negotiate(accept)).orElse(RdfFormat.TURTLE);
        return describe(iri, f, "/data?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) + "&format=");
    }

    private ResponseEntity<?> describe(String iri, RdfFormat format, String documentPath) {
        Model model = iri.startsWith(iris.base() + "graph/") ? describer.graph(iri)
                : iri.equals(ONTOLOGY) ? describer.ontology(ONTOLOGY, iris.ontologyGraph(), PL.NS) : null;
        if (model == null || model.isEmpty()) {
            if (describer.types(iri).isEmpty()) return notFound(iri);
            model = describer.describe(iri);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.lang);
        var ok = ResponseEntity.ok();
        describer.lastModified().ifPresent(ok::lastModified);
        return ok.contentType(format.mediaType)
                .header(HttpHeaders.LINK, alternates(documentPath, "alternate") + ", <" + iri + ">; rel=\"describes\"")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(out.toByteArray());
    }

    private static ResponseEntity<?> notFound(String iri) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                .body("nothing is known of " + iri + "\n");
    }

    /**
     * IRI of a request path: /id/… under the configured base, /def… under the ontology's namespace. The
     * path is a URI's: a document IRI in characters (长政办发/2021/287) arrives percent-encoded.
     */
    private String iriOf(String path) {
        String decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
        if (decoded.equals("/def") || decoded.startsWith("/def/")) return ONTOLOGY + decoded.substring("/def".length());
        return iris.base() + decoded.substring(1);
    }

    private static String alternates(String documentPath, String rel) {
        StringJoiner j = new StringJoiner(", ");
        for (RdfFormat f : RdfFormat.values()) {
            String url = documentPath.endsWith("=") ? documentPath + f.extension : documentPath + "." + f.extension;
            j.add("<" + url + ">; rel=\"" + rel + "\"; type=\"" + f.mediaType + "\"");
        }
        return j.toString();
    }
}
