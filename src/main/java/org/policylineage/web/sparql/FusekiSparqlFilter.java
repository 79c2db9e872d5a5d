package org.policylineage.web.sparql;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Dispatcher;
import org.apache.jena.fuseki.server.OperationRegistry;

/**
 * Serves Apache Jena Fuseki's SPARQL protocol inside this application's own servlet container, so
 * {@code /sparql} answers on the public port and origin. The Fuseki server is built for its
 * registries only; its own Jetty never starts.
 */
public final class FusekiSparqlFilter implements Filter {
    private final FusekiServer fuseki;

    public FusekiSparqlFilter(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    @Override
    public void init(FilterConfig config) {
        DataAccessPointRegistry.set(config.getServletContext(), fuseki.getDataAccessPointRegistry());
        OperationRegistry.set(config.getServletContext(), fuseki.getOperationRegistry());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!Dispatcher.dispatch((HttpServletRequest) request, (HttpServletResponse) response)) chain.doFilter(request, response);
    }
}
