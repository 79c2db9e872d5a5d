package org.policylineage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.Settings;

/**
 * Guards what changes the store (SPARQL update, ingestion over HTTP) with HTTP Basic credentials
 * from the settings. With no credentials configured these operations are off: there is no default.
 */
public final class AdminAuthentication implements Filter {
    private final Settings.Security security;

    public AdminAuthentication(Settings.Security security) {
        this.security = security;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!guards(request)) {
            chain.doFilter(req, res);
            return;
        }
        if (!security.adminEnabled()) {
            send(response, HttpServletResponse.SC_FORBIDDEN, "this operation is switched off: set policy-lineage.security.admin-username "
                    + "and admin-password to enable updates and ingestion over HTTP");
            return;
        }
        if (!authorised(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"policy-lineage admin\", charset=\"UTF-8\"");
            send(response, HttpServletResponse.SC_UNAUTHORIZED, "credentials required");
            return;
        }
        chain.doFilter(req, res);
    }

    /** Reads are public; only requests that write pass through the guard. */
    private static boolean guards(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/sparql-admin")) return true;
        return !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD") && !request.getMethod().equals("OPTIONS");
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return false;
        // Constant-time comparison, so timing does not reveal how much of a guess was right.
        boolean user = MessageDigest.isEqual(decoded.substring(0, colon).getBytes(StandardCharsets.UTF_8),
                security.adminUsername().getBytes(StandardCharsets.UTF_8));
        boolean password = MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8),
                security.adminPassword().getBytes(StandardCharsets.UTF_8));
        return user & password;
    }

    private static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
}
