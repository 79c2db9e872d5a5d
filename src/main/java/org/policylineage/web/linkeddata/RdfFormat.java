package org.policylineage.web.linkeddata;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.riot.Lang;
import org.springframework.http.MediaType;

/** The RDF serialisations served, by file extension and media type. */
enum RdfFormat {
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES);

    final String extension;
    final MediaType mediaType;
    final Lang lang;

    RdfFormat(String extension, String mediaType, Lang lang) {
        this.extension = extension;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.lang = lang;
    }

    static Optional<RdfFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(ext)
                || (f == JSONLD && ext.equalsIgnoreCase("json")) || (f == RDFXML && ext.equalsIgnoreCase("xml"))).findFirst();
    }

    /** What this service offers, in order of preference: Turtle first for a client that takes anything. */
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "application/json", "text/html");

    /**
     * What the client asked for, by Jena's content negotiation (q-values, specificity): an RDF format,
     * or empty when HTML suits it best (a browser).
     */
    static Optional<RdfFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        org.apache.jena.atlas.web.MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException e) {
            // An Accept header Jena cannot parse asks for nothing in particular.
            return Optional.of(TURTLE);
        }
        if (chosen == null) return Optional.of(TURTLE);
        String type = chosen.getContentTypeStr();
        if (type.equals("text/html")) return Optional.empty();
        if (type.equals("application/json")) return Optional.of(JSONLD);
        return Arrays.stream(values()).filter(f -> f.mediaType.toString().equals(type)).findFirst().or(() -> Optional.of(TURTLE));
    }
}
