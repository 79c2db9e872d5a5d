package org.policylineage.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The explorer's pages and the REST API's reads answer from the store alone, so an answer holds until the store
 * changes. Each such answer carries an ETag naming the store's data version: a browser that kept it asks again with
 * If-None-Match and gets 304 before any query runs. The answers themselves are kept in memory, up to a size, for
 * every later reader of the same address, and all are dropped when the store's version moves (any committed write:
 * ingestion, lineage, a correction). A store that cannot tell its version (a remote one) is asked every time.
 * <p>
 * Left out: the session and corrections (they depend on who asks), search (its index is written after the store),
 * and a document's source file (large, streamed from the store once).
 */
final class AnswerCache extends OncePerRequestFilter {
    /** The headers of an answer worth keeping besides its type; the security headers and cookies are the filter chain's, each time. */
    private static final List<String> KEPT_HEADERS = List.of("Content-Disposition", "Content-Language", "Link");

    private final Supplier<Optional<Long>> dataVersion;
    private final long capacity;
    /** Tells this run's answers from an earlier run's: a new release may answer the same address differently. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long held;
    private long heldVersion = Long.MIN_VALUE;

    private record Answer(Map<String, String> headers, byte[] body) {}

    /**
     * @param dataVersion the store's data version, empty when it cannot tell
     * @param capacity    bytes of answers kept in memory; 0 keeps none (ETags still answer 304)
     */
    AnswerCache(Supplier<Optional<Long>> dataVersion, long capacity) {
        this.dataVersion = dataVersion;
        this.capacity = capacity;
    }

    static boolean covers(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) return false;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/") || path.equals("/explore") || path.startsWith("/explore/")) return true;
        return path.startsWith("/api/") && !path.startsWith("/api/session") && !path.startsWith("/api/corrections")
                && !path.startsWith("/api/search") && !path.endsWith("/source");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !covers(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Read before the work, so a write committed during it makes the next request work the answer out again.
        Optional<Long> version = dataVersion.get();
        if (version.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String etag = "\"" + run + "-" + version.get() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", "Accept");
        String asked = request.getHeader("If-None-Match");
        if (asked != null && (asked.equals(etag) || asked.equals("W/" + etag))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String key = request.getRequestURI() + "?" + request.getQueryString() + " " + request.getHeader("Accept");
        Answer kept = kept(key, version.get());
        if (kept != null) {
            kept.headers().forEach(response::setHeader);
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (wrapper.getContentType() != null) headers.put("Content-Type", wrapper.getContentType());
            for (String name : KEPT_HEADERS) {
                String value = wrapper.getHeader(name);
                if (value != null) headers.put(name, value);
            }
            keep(key, version.get(), new Answer(headers, wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    private synchronized Answer kept(String key, long version) {
        return version == heldVersion ? answers.get(key) : null;
    }

    private synchronized void keep(String key, long version, Answer answer) {
        if (version != heldVersion) {
            // Only a newer version replaces what is held: a slow answer of an older one is not kept.
            if (version < heldVersion) return;
            answers.clear();
            held = 0;
            heldVersion = version;
        }
        long size = answer.body().length + key.length() * 2L;
        if (size > capacity / 8) return;
        Answer replaced = answers.put(key, answer);
        if (replaced != null) held -= replaced.body().length + key.length() * 2L;
        held += size;
        var oldest = answers.entrySet().iterator();
        while (held > capacity && oldest.hasNext()) {
            var e = oldest.next();
            held -= e.getValue().body().length + e.getKey().length() * 2L;
            oldest.remove();
        }
    }
}
