package org.policylineage.web;

import java.util.List;

import org.policylineage.Settings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** Servlet filters every request passes: CORS for reads, and the admin guard on writes to the API. */
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
        FilterRegistrationBean<CorsFilter> bean = new FilterRegistrationBean<>(new CorsFilter(source));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<AdminAuthentication> apiAdminAuthentication(Settings settings) {
        FilterRegistrationBean<AdminAuthentication> bean = new FilterRegistrationBean<>(new AdminAuthentication(settings.security()));
        bean.addUrlPatterns("/api/*");
        bean.setName("apiAdminAuthentication");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return bean;
    }
}
