package org.policylineage.web.sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.Settings;

/**
 * The /sparql endpoint when the graph lives in a remote SPARQL store: queries (only queries) are
 * forwarded to the store's query endpoint with their rows capped and the client's Accept header,
 * and its answer is passed back, so clients keep one endpoint whichever store is behind it.
 */
final class RemoteSparqlProxy implements Filter {
    private final Settings.Remote remote;
    private final long maxRows;
    private final Duration timeout;
    private final ServiceDescription description;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteSparqlProxy(Settings.Remote remote, long maxRows, Duration timeout, ServiceDescription description) {
        this.remote = remote;
        this.maxRows = maxRows;
        this.timeout = timeout;
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getMethod().equals("GET") && request.getQueryString() == null) {
            response.setContentType("text/turtle;charset=utf-8");
            org.apache.jena.riot.RDFDataMgr.write(response.getOutputStream(), description.describe(description.endpoint()),
                    org.apache.jena.riot.Lang.TURTLE);
            return;
        }
        Optional<HttpServletRequest> capped = RowCap.apply(request, maxRows);
        HttpServletRequest effective = capped.orElse(request);
        String query = queryText(effective);
        if (query == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "only SPARQL queries are served here (query=…)");
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(remote.queryEndpoint()))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        String accept = request.getHeader("Accept");
        if (accept != null) forward.header("Accept", accept);
        try {
            HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.setStatus(answer.statusCode());
            answer.headers().firstValue("Content-Type").ifPresent(response::setContentType);
            if (capped.isPresent()) response.setHeader(RowCap.HEADER, Long.toString(maxRows));
            response.getOutputStream().write(answer.body());
        } catch (java.net.http.HttpTimeoutException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "interrupted");
        } catch (IOException e) {
            response.sendError(HttpServletResponse.SC_BAD_GATEWAY, "the remote SPARQL store did not answer: " + e.getMessage());
        }
    }

    private static String queryText(HttpServletRequest r) throws IOException {
        String ct = r.getContentType() == null ? "" : r.getContentType().toLowerCase();
        if (r.getMethod().equals("POST") && ct.startsWith("application/sparql-query")) {
            return new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
        return r.getParameter("query");
    }
}
