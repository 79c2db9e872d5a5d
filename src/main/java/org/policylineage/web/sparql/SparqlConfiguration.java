package org.policylineage.web.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policylineage.store.PolicyStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SPARQL 1.1 endpoint at /sparql: Fuseki over the same TDB2 dataset Spring uses, read-only. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration {
    static final String PATH = "/sparql";

    @Bean
    FusekiServer fusekiServer(PolicyStore store) {
        DatasetGraph dsg = store.dataset().orElseThrow(() -> new IllegalStateException(
                "the SPARQL endpoint serves the embedded store; with a remote store, query the remote endpoint"));
        // add(name, dsg, false): the two-argument add would enable SPARQL update.
        return FusekiServer.create().port(0).add(PATH, dsg, false).build();
    }

    @Bean
    FilterRegistrationBean<FusekiSparqlFilter> fusekiFilter(FusekiServer fuseki) {
        FilterRegistrationBean<FusekiSparqlFilter> bean = new FilterRegistrationBean<>(new FusekiSparqlFilter(fuseki));
        bean.addUrlPatterns(PATH, PATH + "/*");
        bean.setName("fuseki");
        return bean;
    }
}
