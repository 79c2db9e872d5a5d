package org.policylineage.web;

import java.io.IOException;
import java.util.List;

import org.policylineage.Settings;
import org.policylineage.store.PolicyStore;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * Servlet filters every request passes: CORS for reads, and the configured origin in place of the
 * request's Host. Authentication and security headers are Spring Security's ({@link SecurityConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Any origin may read (GET, and POST of SPARQL queries); nothing is shared with credentials. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.setAllowedOrigins(List.of("*"));
        reads.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        reads.setAllowedHeaders(List.of("Accept", "Content-Type", "Accept-Language"));
        reads.setExposedHeaders(List.of("Link", "Location", "X-Row-Cap"));
        CorsConfiguration sparql = new CorsConfiguration(reads);
        sparql.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS", "POST"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/sparql", sparql);
        source.registerCorsConfiguration("/sparql/**", sparql);
        source.registerCorsConfiguration("/**", reads);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new DefaultCorsProcessor() {
            /** A refusal that says why, as the API's errors do, rather than Spring's bare "Invalid CORS request". */
            @Override
            protected void rejectRequest(ServerHttpResponse response) throws IOException {
                if (response instanceof ServletServerHttpResponse servlet) {
                    SecurityConfiguration.send(servlet.getServletResponse(), 403, "refused: a page of another origin may only read this "
                            + "service (GET, HEAD, and POST of SPARQL queries); corrections and uploads come from this origin or a client of its own");
                } else {
                    super.rejectRequest(response);
                }
            }
        });
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    /**
     * After Spring Security's chains (the default order), so only a request they let through is answered from the cache.
     */
    @Bean
    FilterRegistrationBean<AnswerCache> answerCache(PolicyStore store, Settings settings) {
        return new FilterRegistrationBean<>(new AnswerCache(store::dataVersion,
                settings.query().answerCache() == null ? 0 : settings.query().answerCache().toBytes()));
    }

    /** First of all filters, so that writes CORS or Spring Security refuses are audited as well. */
    @Bean
    FilterRegistrationBean<AuditLog> auditLog() {
        FilterRegistrationBean<AuditLog> bean = new FilterRegistrationBean<>(new AuditLog());
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /** Before anything reads the request's URL: its scheme, host and port are the configured base IRI's. */
    @Bean
    FilterRegistrationBean<ConfiguredOrigin> configuredOrigin(Settings settings) {
        FilterRegistrationBean<ConfiguredOrigin> bean = new FilterRegistrationBean<>(new ConfiguredOrigin(settings.baseIri()));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }
}
