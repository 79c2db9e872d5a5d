package org.policylineage.web.sparql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * Caps the rows a query over HTTP may return: a query without LIMIT, or with a larger one, is
 * rewritten with LIMIT set to the cap before Fuseki sees it.
 */
final class RowCap {
    /** Response header saying the rows were capped, and at how many. */
    static final String HEADER = "X-Row-Cap";

    private RowCap() {}

    /** The request with its query capped, or empty when it needs no change (or is not a query Fuseki would run). */
    static Optional<HttpServletRequest> apply(HttpServletRequest request, long maxRows) throws IOException {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        boolean body = request.getMethod().equals("POST") && contentType.startsWith("application/sparql-query");
        String text = body ? new String(request.getInputStream().readAllBytes(), charset(request)) : request.getParameter("query");
        if (text == null) return Optional.empty();
        Optional<String> capped = capped(text, maxRows);
        if (body) return Optional.of(new BodyRequest(request, capped.orElse(text)));
        return capped.map(q -> new ParameterRequest(request, q));
    }

    static Optional<String> capped(String text, long maxRows) {
        Query q;
        try {
            q = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (RuntimeException e) {
            return Optional.empty(); // Fuseki answers the parse error itself.
        }
        return cap(q, maxRows) ? Optional.of(q.serialize(Syntax.syntaxARQ)) : Optional.empty();
    }

    /** Sets the cap as the query's LIMIT when it has none or a larger one; whether it did. */
    static boolean cap(Query q, long maxRows) {
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows)) return false;
        q.setLimit(maxRows);
        return true;
    }

    private static java.nio.charset.Charset charset(HttpServletRequest r) {
        return r.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(r.getCharacterEncoding());
    }

    /** A form or URL query whose query parameter is replaced. */
    private static final class ParameterRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        ParameterRequest(HttpServletRequest request, String query) {
            super(request);
            parameters = new HashMap<>(request.getParameterMap());
            parameters.put("query", new String[] {query});
        }

        @Override public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }
        @Override public Map<String, String[]> getParameterMap() { return parameters; }
        @Override public String[] getParameterValues(String name) { return parameters.get(name); }
        @Override public java.util.Enumeration<String> getParameterNames() { return java.util.Collections.enumeration(parameters.keySet()); }
    }

    /** An application/sparql-query body, replaced. */
    static final class BodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyRequest(HttpServletRequest request, String query) {
            this(request, query.getBytes(StandardCharsets.UTF_8));
        }

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }
        @Override public long getContentLengthLong() { return body.length; }
        @Override public String getCharacterEncoding() { return "UTF-8"; }
        @Override public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public int read() throws IOException { return in.read(); }
                @Override public int read(byte[] b, int off, int len) throws IOException { return in.read(b, off, len); }
                @Override public boolean isFinished() { return false; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener l) { throw new UnsupportedOperationException("blocking reads only"); }
            };
        }
    }
}
