package org.policylineage.web;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The request as if it had been addressed to the configured base IRI: its scheme, host and port
 * (and its Host header) are the base's, never the client's, so nothing built from the request's URL
 * (actuator links, OpenAPI's server, a redirect made absolute) can be pointed elsewhere by a forged
 * {@code Host: evil.example}. Minted IRIs come from {@link org.policylineage.rdf.IriScheme} anyway.
 */
final class ConfiguredOrigin extends OncePerRequestFilter {
    private final String scheme;
    private final String host;
    private final int port;
    private final String authority;

    ConfiguredOrigin(String baseIri) {
        URI base = URI.create(baseIri);
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException("policy-lineage.base-iri must be an absolute http(s) IRI: " + baseIri);
        }
        this.scheme = base.getScheme().toLowerCase();
        this.host = base.getHost();
        this.port = base.getPort() >= 0 ? base.getPort() : scheme.equals("https") ? 443 : 80;
        this.authority = base.getPort() >= 0 ? host + ":" + port : host;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Request(request), response);
    }

    private final class Request extends HttpServletRequestWrapper {
        Request(HttpServletRequest request) {
            super(request);
        }

        @Override public String getScheme() { return scheme; }
        @Override public String getServerName() { return host; }
        @Override public int getServerPort() { return port; }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(scheme).append("://").append(authority).append(getRequestURI());
        }

        @Override
        public String getHeader(String name) {
            return name.equalsIgnoreCase("Host") ? authority : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return name.equalsIgnoreCase("Host") ? Collections.enumeration(java.util.List.of(authority)) : super.getHeaders(name);
        }
    }
}
