package org.policylineage.web.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    /** What the client asked for: an RDF format, or empty when HTML suits it best (a browser). */
    static Optional<RdfFormat> negotiate(String accept) {
        if (accept == null || accept.isBlank()) return Optional.of(TURTLE);
        List<MediaType> wanted = MediaType.parseMediaTypes(accept);
        wanted = new java.util.ArrayList<>(wanted);
        wanted.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType m : wanted) {
            if (m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType()) return Optional.empty();
            for (RdfFormat f : values()) if (!m.isWildcardType() && m.isCompatibleWith(f.mediaType)) return Optional.of(f);
            if (m.isCompatibleWith(MediaType.APPLICATION_JSON) && !m.isWildcardType()) return Optional.of(JSONLD);
            if (m.isWildcardType()) return Optional.of(TURTLE);
        }
        return Optional.of(TURTLE);
    }
}
