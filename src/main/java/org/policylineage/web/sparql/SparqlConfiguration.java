package org.policylineage.web.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policylineage.Settings;
import jakarta.servlet.Filter;
import org.policylineage.rdf.IriScheme;
import org.policylineage.curation.Curation;
import org.policylineage.store.PolicyStore;
import org.policylineage.web.linkeddata.FormerIris;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The SPARQL 1.1 endpoint at /sparql: Fuseki over the same TDB2 dataset the rest of the service
 * uses, read-only, with the operator's hardening Fuseki leaves to its operator — a query timeout
 * a client can lower but not raise, no SERVICE federation, a cap on result rows, a bound on query
 * size, on GROUP_CONCAT and on in-memory rows, admission control — and, only when admin credentials
 * are configured, an update endpoint behind them at /sparql-admin, whose LOAD reads only allowed IRIs.
 */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {
    static final String PATH = "/sparql";
    static final String ADMIN_PATH = "/sparql-admin";

    static {
        // SERVICE would let any client make this server fetch any URL (SSRF): off for every query.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
    }

    /**
     * Fuseki over the embedded dataset; with a remote store, a proxy to its query endpoint. Either
     * way the endpoint is /sparql on the public port.
     */
    @Bean
    FilterRegistrationBean<Filter> sparqlEndpoint(PolicyStore store, Settings settings, ServiceDescription description, FormerIris formerIris,
                                                  Curation curation) {
        Filter endpoint = store.dataset()
                .<Filter>map(dsg -> new FusekiSparqlFilter(fuseki(dsg, settings, store, formerIris, curation), description))
                .orElseGet(() -> new RemoteSparqlProxy(settings.store().remote(), settings.query().maxRows(),
                        settings.query().timeout(), description));
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(endpoint);
        bean.addUrlPatterns(PATH, PATH + "/*", ADMIN_PATH, ADMIN_PATH + "/*");
        bean.setName("sparql");
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return bean;
    }

    private static FusekiServer fuseki(DatasetGraph dsg, Settings settings, PolicyStore store, FormerIris formerIris, Curation curation) {
        // The TDB2 dataset itself, not a wrapper: a wrapper hides it from TDB2's query engine and every
        // query falls back to ARQ's general one over the union graph, several times slower (docs/scaling.md).
        // The timeout goes on the dataset's own context.
        Settings.Query query = settings.query();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(query.timeout().toMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        // Memory: DISTINCT and ORDER BY spill to disk past this many rows; GROUP_CONCAT stops at a length.
        dsg.getContext().set(ARQ.spillToDiskThreshold, query.spillThreshold());
        dsg.getContext().set(ARQConstants.sysOptimizerFactory, BoundedGroupConcat.optimizer(query.maxStringLength()));
        DatasetGraph served = dsg;
        // add(name, dsg, false): the two-argument add would enable SPARQL update.
        FusekiServer.Builder builder = FusekiServer.create().port(0)
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new CappedQueryProcessor(query.maxRows(), store, formerIris::currentIri))
                .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate,
                        new GuardedUpdateProcessor(settings.security().loadAllowed(), settings.ingest().maxDocumentSize().toBytes(),
                                curation::refresh))
                .add(PATH, served, false);
        if (settings.security().adminEnabled()) builder.add(ADMIN_PATH, served, true);
        return builder.build();
    }

    /** Query bodies over the size limit answer 413 before Fuseki reads them. */
    @Bean
    FilterRegistrationBean<QuerySizeLimit> querySizeLimit(Settings settings) {
        FilterRegistrationBean<QuerySizeLimit> bean = new FilterRegistrationBean<>(new QuerySizeLimit(settings.query().maxQuerySize().toBytes()));
        bean.addUrlPatterns(PATH, PATH + "/*");
        bean.setName("querySizeLimit");
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return bean;
    }

    @Bean
    QueryAdmission queryAdmission(Settings settings) {
        return new QueryAdmission(settings.query());
    }

    @Bean
    ServiceDescription serviceDescription(IriScheme iris, PolicyStore store) {
        return new ServiceDescription(iris, store);
    }
}
