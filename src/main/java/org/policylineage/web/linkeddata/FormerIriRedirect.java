package org.policylineage.web.linkeddata;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Answers {@code 301 Moved Permanently} to a URL that names a document by its former IRI, wherever a
 * document's path appears: the IRI itself and its parts ({@code /id/doc/su-zheng-ban-fa-abb2a-2022-21/measure/5}),
 * its data documents, its graph, its explorer page and its REST resource. The rest of the URL (part,
 * format extension, query) is kept. So does a request whose {@code iri=} parameter names a former IRI, with the
 * parameter naming the present one.
 */
@Component
class FormerIriRedirect extends OncePerRequestFilter {
    private static final Map<String, Set<String>> PREFIXES = Map.of(
            "/id/doc/", FormerIris.PART_KINDS,
            "/data/id/doc/", FormerIris.PART_KINDS,
            "/graph/doc/", Set.of(),
            "/data/graph/doc/", Set.of(),
            "/explore/doc/", Set.of(),
            "/api/documents/", Set.of("source", "alignments"));

    private final FormerIris former;

    FormerIriRedirect(FormerIris former) {
        this.former = former;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> moved = moved(path);
        String query = request.getQueryString();
        Optional<String> movedQuery = query == null ? Optional.empty() : movedIriParameter(query);
        if (moved.isEmpty() && movedQuery.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String q = movedQuery.orElse(query);
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + moved.orElse(path) + (q == null ? "" : "?" + q));
    }

    /**
     * The query string with its {@code iri=} parameter naming the present IRI, when it named a document (or a part or
     * graph of one) by its former IRI: {@code /data?iri=}, {@code /api/targets/lineage?iri=}, {@code /explore/target?iri=}.
     * A client follows the 301 as it would for the IRI itself; other parameters are kept as they were written.
     */
    private Optional<String> movedIriParameter(String query) {
        String[] params = query.split("&", -1);
        for (int i = 0; i < params.length; i++) {
            if (!params[i].startsWith(IRI_PARAMETER)) continue;
            String value;
            try {
                value = URLDecoder.decode(params[i].substring(IRI_PARAMETER.length()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // a malformed escape: the endpoint says what is wrong with it
            }
            Optional<String> present = former.currentIri(value);
            if (present.isEmpty()) return Optional.empty();
            params[i] = IRI_PARAMETER + URLEncoder.encode(present.get(), StandardCharsets.UTF_8);
            return Optional.of(String.join("&", params));
        }
        return Optional.empty();
    }

    private static final String IRI_PARAMETER = "iri=";

    /** The present URL path for a path that names a document by its former IRI. */
    private Optional<String> moved(String path) {
        return former.moved(path, PREFIXES, path.startsWith("/data/"))
                .map(m -> m.prefix() + UriUtils.encodePath(m.present(), StandardCharsets.UTF_8) + m.tail());
    }
}
