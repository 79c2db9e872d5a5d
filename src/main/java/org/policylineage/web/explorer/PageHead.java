package org.policylineage.web.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.PolicyStore;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The explorer's page with what a crawler or a client without JavaScript needs written into it by the
 * server: the resource's title and description, and {@code <link rel="alternate">} to its RDF. The
 * script builds the rest, as before.
 */
@Component
class PageHead {
    private static final String[][] FORMATS = {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"},
            {"rdf", "application/rdf+xml"}, {"nt", "application/n-triples"}};

    private final PolicyStore store;
    private final IriScheme iris;
    private volatile String template;

    PageHead(PolicyStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * The page for an explorer path with its resource's head written in; empty when there is no
     * resource the store knows (the page as built serves), or the explorer was not built into this jar.
     */
    Optional<String> page(String path, String iri) {
        String resource = path.startsWith("/explore/doc/")
                ? iris.document(UriUtils.decode(path.substring("/explore/doc/".length()), StandardCharsets.UTF_8)) : iri;
        if (resource == null || resource.isBlank() || !resource.matches("(?i)(https?|urn):\\S+")) return Optional.empty();
        String html = template();
        if (html == null) return Optional.empty();
        Optional<Row> found = Rows.of(store, "sparql/explorer/page-head.rq", Map.of("resource", NodeFactory.createURI(resource)))
                .stream().findFirst();
        if (found.isEmpty()) return Optional.empty();
        Row row = found.get();
        String title = row.has("title") ? row.string("title") : row.string("number");
        if (row.has("title") && row.has("number")) title = title + "（" + row.string("number") + "）";
        String description = row.has("description") ? row.string("description") : title;
        StringBuilder head = new StringBuilder()
                .append("<title>").append(HtmlUtils.htmlEscape(title)).append(" · 政策溯源</title>\n")
                .append("    <meta name=\"description\" content=\"").append(HtmlUtils.htmlEscape(description)).append("\" />\n");
        StringBuilder links = new StringBuilder();
        for (String[] f : FORMATS) {
            String href = HtmlUtils.htmlEscape(dataUrl(resource, f[0]));
            head.append("    <link rel=\"alternate\" type=\"").append(f[1]).append("\" href=\"").append(href).append("\" />\n");
            links.append("<li><a href=\"").append(href).append("\">").append(f[1]).append("</a></li>");
        }
        String body = "<noscript><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(description)
                + "</p><p><a href=\"" + HtmlUtils.htmlEscape(resource) + "\">" + HtmlUtils.htmlEscape(resource) + "</a></p><ul>"
                + links + "</ul></main></noscript>";
        return Optional.of(html.replaceFirst("<title>[^<]*</title>\\s*", java.util.regex.Matcher.quoteReplacement(head.toString().stripTrailing() + "\n    "))
                .replace("<body>", "<body>\n    " + body));
    }

    /** The RDF document of a resource: its path under /data for an IRI of this service, /data?iri= otherwise. */
    private String dataUrl(String resource, String extension) {
        if (resource.startsWith(iris.base())) {
            return "/data/" + UriUtils.encodePath(resource.substring(iris.base().length()), StandardCharsets.UTF_8) + "." + extension;
        }
        return "/data?format=" + extension + "&iri=" + URLEncoder.encode(resource, StandardCharsets.UTF_8);
    }

    private String template() {
        if (template == null) {
            try (InputStream in = PageHead.class.getResourceAsStream("/static/index.html")) {
                if (in == null) return null;
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return template;
    }
}
