package org.policylineage.web.sparql;

import java.time.Duration;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.policylineage.Settings;
import org.springframework.boot.jetty.JettyServerCustomizer;

/**
 * Admission control of the SPARQL endpoint with Jetty's own {@link QoSHandler}: at most
 * {@code max-concurrent} requests to /sparql run at once; up to {@code max-queued} more wait,
 * suspended (they hold a connection, not a server thread), at most {@code max-wait} each; any
 * further one, or one that waited too long, is answered 503 with Retry-After. Other paths never
 * pass through the queue, so the explorer, the API and /actuator/health keep the server's threads
 * and answer while heavy queries queue (with 80 clients each sending a heavy query, health stopped
 * answering for 30 s before this).
 */
final class QueryAdmission implements JettyServerCustomizer {
    private final Settings.Query query;

    QueryAdmission(Settings.Query query) {
        this.query = query;
    }

    @Override
    public void customize(Server server) {
        int running = query.maxConcurrent() > 0 ? query.maxConcurrent() : Runtime.getRuntime().availableProcessors();
        long retryAfter = Math.max(1, query.maxWait().toSeconds());
        String message = "too many SPARQL queries at once: " + running + " run and " + query.maxQueued()
                + " wait (policy-lineage.query.max-concurrent, max-queued, max-wait); retry in " + retryAfter + " s";
        QoSHandler qos = new QoSHandler() {
            @Override
            protected void reject(Request request, Response response, Callback callback, int status) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
                Response.writeError(request, response, callback, status, message);
            }

            @Override
            protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
                Response.writeError(request, response, callback, status, message, failure);
            }
        };
        qos.setMaxRequestCount(running);
        qos.setMaxSuspendedRequestCount(query.maxQueued());
        qos.setMaxSuspend(query.maxWait().isZero() ? Duration.ofMillis(1) : query.maxWait());
        qos.includePath(SparqlConfiguration.PATH, SparqlConfiguration.PATH + "/*");
        server.insertHandler(qos);
    }
}
