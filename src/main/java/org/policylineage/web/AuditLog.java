package org.policylineage.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request that may change the store (any method but GET, HEAD and OPTIONS on /api and
 * /sparql-admin) goes to the audit log with who sent it, from where, and how it was answered,
 * refused ones included: it runs first of all filters, so a write CORS or Spring Security refuses is
 * logged too. The user is the one the session signed in, else the name HTTP Basic credentials claim
 * (the status says whether they were accepted).
 */
final class AuditLog extends OncePerRequestFilter {
    private static final Logger audit = LoggerFactory.getLogger("org.policylineage.audit");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return READS.contains(request.getMethod()) || !(path.startsWith("/api/") || path.startsWith("/sparql-admin"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            audit.info("{} {} {} by {} from {}: {}", request.getMethod(), request.getRequestURI(),
                    request.getQueryString() == null ? "" : "?" + request.getQueryString(), user(request), request.getRemoteAddr(),
                    response.getStatus());
        }
    }

    private static String user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext c && c.getAuthentication() != null) return c.getAuthentication().getName();
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return (colon < 0 ? decoded : decoded.substring(0, colon)) + " (Basic)";
            } catch (IllegalArgumentException e) {
                return "(unreadable Basic credentials)";
            }
        }
        return "(not signed in)";
    }
}
