package org.policylineage.web.linkeddata;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the RDF documents, so a crawler or a client that keeps a copy asks again with
 * If-None-Match and gets 304 without the body. The tag is a hash of the answer itself (Spring's
 * ShallowEtagHeaderFilter): it changes exactly when what is served changes, whichever of the graphs
 * that go into a description was re-ingested. Dumps are left out: they are streamed, not held.
 */
@Configuration(proxyBeanMethods = false)
class LinkedDataCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> rdfEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/data", "/data/*", "/void", "/.well-known/void", "/id/dataset", "/id/catalog");
        bean.setName("rdfEtags");
        return bean;
    }
}
