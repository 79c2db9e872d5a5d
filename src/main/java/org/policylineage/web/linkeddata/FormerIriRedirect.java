package org.policylineage.web.linkeddata;

import java.io.IOException;
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
 * format extension, query) is kept. A former path is one segment where a present one has three, so the two
 * are told apart by shape: after a former path comes nothing, an extension, or a part's kind.
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
        if (moved.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + moved.get() + (query == null ? "" : "?" + query));
    }

    /** The present URL path for a path that names a document by its former IRI. */
    private Optional<String> moved(String path) {
        for (var p : PREFIXES.entrySet()) {
            if (!path.startsWith(p.getKey()) || path.length() == p.getKey().length()) continue;
            String rest = path.substring(p.getKey().length());
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            String tail = slash < 0 ? "" : rest.substring(slash);
            if (!tail.isEmpty()) {
                String next = tail.substring(1).split("/", 2)[0];
                if (!p.getValue().contains(next)) return Optional.empty();
            }
            String extension = "";
            int dot = segment.lastIndexOf('.');
            if (tail.isEmpty() && dot > 0 && path.startsWith("/data/")) {
                extension = segment.substring(dot);
                segment = segment.substring(0, dot);
            }
            String ext = extension;
            return former.currentPath(segment).map(now -> p.getKey() + UriUtils.encodePath(now, StandardCharsets.UTF_8) + tail + ext);
        }
        return Optional.empty();
    }
}
