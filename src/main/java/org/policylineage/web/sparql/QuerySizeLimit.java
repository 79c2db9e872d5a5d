package org.policylineage.web.sparql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query body larger than {@code policy-lineage.query.max-query-size} with 413 before it
 * is read: Fuseki reads a POSTed query whole into a string, and a 100 MB body took a 1 GB heap with
 * it. A body of unknown length (chunked) is read up to the limit and no further.
 */
final class QuerySizeLimit extends OncePerRequestFilter {
    private final long maxBytes;

    QuerySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!request.getMethod().equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() < 0) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                refuse(response);
                return;
            }
            chain.doFilter(new RowCap.BodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // The rest of the body is not read: the connection closes after this answer.
        response.setHeader("Connection", "close");
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("the query is larger than " + maxBytes + " bytes (policy-lineage.query.max-query-size)\n");
    }
}
