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
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.Dispatcher;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * Serves Apache Jena Fuseki's SPARQL protocol inside this application's own servlet container, so
 * {@code /sparql} answers on the public port and origin. The Fuseki server is built for its
 * registries only; its own Jetty never starts. A plain GET of the endpoint returns its service
 * description; every query has its rows capped (by {@link CappedQueryProcessor}).
 */
public final class FusekiSparqlFilter implements Filter {
    private final FusekiServer fuseki;
    private final ServiceDescription description;

    public FusekiSparqlFilter(FusekiServer fuseki, ServiceDescription description) {
        this.fuseki = fuseki;
        this.description = description;
    }

    @Override
    public void init(FilterConfig config) {
        DataAccessPointRegistry.set(config.getServletContext(), fuseki.getDataAccessPointRegistry());
        OperationRegistry.set(config.getServletContext(), fuseki.getOperationRegistry());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The answer to one URL differs by Accept (results types, RDF types, the HTML page): caches must know.
        response.addHeader("Vary", "Accept");
        if (isServiceDescriptionRequest(request, path)) {
            describe(request, response);
            return;
        }
        if (!Dispatcher.dispatch(request, response)) chain.doFilter(request, response);
    }

    private static boolean isServiceDescriptionRequest(HttpServletRequest request, String path) {
        return request.getMethod().equals("GET") && path.equals(SparqlConfiguration.PATH) && request.getQueryString() == null;
    }

    /**
     * The service description's formats for Jena's content negotiation: every triples syntax Jena
     * writes, Turtle first for a client that takes anything, and HTML (the explorer's SPARQL page).
     */
    private static final AcceptList DESCRIPTION_OFFERS = descriptionOffers();

    private static AcceptList descriptionOffers() {
        java.util.List<String> types = new java.util.ArrayList<>(java.util.List.of(Lang.TURTLE.getContentType().getContentTypeStr()));
        for (Lang l : RDFLanguages.getRegisteredLanguages()) {
            if (RDFLanguages.isTriples(l) && org.apache.jena.riot.RDFWriterRegistry.contains(l)) {
                for (String t : l.getAltContentTypes()) if (!types.contains(t)) types.add(t);
            }
        }
        types.add("text/html");
        return AcceptList.create(types.toArray(String[]::new));
    }

    private void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        org.apache.jena.atlas.web.MediaType chosen = null;
        if (accept != null && !accept.isBlank()) {
            try {
                chosen = AcceptList.match(new AcceptList(accept), DESCRIPTION_OFFERS);
            } catch (RuntimeException e) {
                // An Accept header Jena cannot parse asks for nothing in particular: Turtle.
                accept = null;
            }
        }
        if (chosen == null && accept != null && !accept.isBlank()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "the service description is served as RDF (Turtle, JSON-LD, RDF/XML, N-Triples) or HTML, none of: " + accept);
            return;
        }
        if (chosen != null && chosen.getContentTypeStr().equals("text/html")) {
            response.sendRedirect(request.getContextPath() + "/explore/sparql");
            return;
        }
        Lang lang = chosen == null ? Lang.TURTLE : RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        String endpoint = description.endpoint();
        response.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        RDFDataMgr.write(response.getOutputStream(), description.describe(endpoint), lang);
    }
}
