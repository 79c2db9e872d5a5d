package org.policylineage.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.Settings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security for the whole service: every response carries the security headers; what
 * changes the store (SPARQL update at /sparql-admin, any non-GET of /api) needs HTTP Basic
 * credentials from the settings, from an allowed address (loopback by default), and an address
 * that keeps failing is answered 429 for a while ({@link LoginThrottle}). Everything else is public
 * and read-only. With no credentials configured the admin operations answer 403: there is no default.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final JsonMapper JSON = new JsonMapper();
    static final String ROLE = "ADMIN";

    /**
     * What the explorer (frontend/ built by Vite: module scripts and stylesheets from /assets) and
     * Swagger UI need, and nothing more: no inline or evaluated script, no plug-ins, no framing, no
     * form posts elsewhere. Inline style attributes stay allowed (Cytoscape, YASGUI and Swagger UI
     * set them), as do data: images (their icons).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The requests that change the store; nothing else needs credentials. */
    static final RequestMatcher ADMIN_REQUESTS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/sparql-admin/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PATCH, "/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.DELETE, "/api/**"));

    /**
     * An upload from a signed-in curator's session (the explorer's page of a document known only from citations): no
     * Authorization header, a session cookie. Scripts uploading with the admin's Basic credentials, and requests with
     * neither, stay with the admin chain as before.
     */
    private static final RequestMatcher SESSION_UPLOAD = request ->
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/documents").matches(request)
                    && request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;

    /** Where corrections are read and made, and curators sign in; reads of them stay public; a curator's upload. */
    static final RequestMatcher CURATION_REQUESTS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/corrections"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/corrections/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/session"),
            SESSION_UPLOAD);

    /**
     * Curators sign in with a session (the explorer) or send HTTP Basic credentials (scripts). A
     * session's writes need the CSRF token the explorer reads from the XSRF-TOKEN cookie and sends as
     * X-XSRF-TOKEN, so a page of another site cannot write with a curator's cookie; requests carrying
     * their own Authorization header need none (no browser adds one to a forged request: this chain
     * never asks a browser for Basic credentials). Any write needs the role CURATOR: the admin signs
     * in, and is refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain curators(HttpSecurity http, CuratorAccounts accounts, LoginThrottle throttle) throws Exception {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(c -> c.sameSite("Strict").path("/"));
        headers(http)
                .securityMatcher(CURATION_REQUESTS)
                .authenticationManager(accounts.manager())
                .csrf(c -> c.csrfTokenRepository(tokens)
                        // The token as the cookie holds it: the explorer sends it back unchanged.
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(c -> c.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .addFilterBefore(throttle.filter(LoginThrottle.Realm.CURATOR), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        send(response, HttpServletResponse.SC_UNAUTHORIZED, "sign in as a curator: " + failure.getMessage())))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> send(response, HttpServletResponse.SC_UNAUTHORIZED,
                                "sign in as a curator to correct the data (POST /api/session, or HTTP Basic credentials)"))
                        .accessDeniedHandler((request, response, denied) -> send(response, HttpServletResponse.SC_FORBIDDEN,
                                denied instanceof CsrfException
                                        ? "refused: the request does not carry this site's CSRF token (the XSRF-TOKEN cookie sent back as the "
                                          + "X-XSRF-TOKEN header); a page of another site cannot correct the data"
                                        : "refused: correcting the data needs the role " + CuratorAccounts.ROLE + ", which "
                                          + request.getRemoteUser() + " does not have")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/corrections", "/api/corrections/**", "/api/session").permitAll()
                        .requestMatchers("/api/session").permitAll()
                        .anyRequest().hasRole(CuratorAccounts.ROLE));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain admin(HttpSecurity http, Settings settings, AuthenticationManager authentication, LoginThrottle throttle)
            throws Exception {
        Settings.Security security = settings.security();
        List<IpAddressMatcher> addresses = security.adminAddresses() == null ? List.of()
                : security.adminAddresses().stream().map(IpAddressMatcher::new).toList();
        AuthorizationManager<RequestAuthorizationContext> adminFromAllowedAddress = (user, context) ->
                new AuthorizationDecision(allowed(addresses, context.getRequest()) && isAdmin(user.get()));
        common(http)
                .securityMatcher(ADMIN_REQUESTS)
                .authenticationManager(authentication)
                .addFilterBefore(throttle.filter(LoginThrottle.Realm.ADMIN), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("policy-lineage admin"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, failure) -> refuse(request, response, security, addresses, true))
                        .accessDeniedHandler((request, response, denied) -> refuse(request, response, security, addresses, false)))
                .authorizeHttpRequests(a -> a.anyRequest().access(adminFromAllowedAddress));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicReads(HttpSecurity http) throws Exception {
        common(http).authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    /** Stateless (no session, no CSRF token: no cookie ever carries authority here), and the security headers. */
    private static HttpSecurity common(HttpSecurity http) throws Exception {
        return headers(http).csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(c -> c.requireExplicitSave(true));
    }

    /** The security headers of every response. */
    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // nosniff is on by default. Spring Security's Cache-Control: no-store would stop
                        // caching of the explorer's hashed assets and of linked data: off.
                        .cacheControl(c -> c.disable()));
    }

    /** The admin's credentials from the settings, hashed with BCrypt once at start; none when unset. */
    @Bean
    AuthenticationManager adminAuthentication(Settings settings, LoginThrottle throttle) {
        Settings.Security security = settings.security();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (security.adminEnabled()) {
            users.createUser(User.withUsername(security.adminUsername()).password(encoder.encode(security.adminPassword()))
                    .roles(ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        // LoginThrottle counts failures per address, in the admin's realm.
        manager.setAuthenticationEventPublisher(throttle.publisher(LoginThrottle.Realm.ADMIN));
        return manager;
    }

    private static boolean allowed(List<IpAddressMatcher> addresses, HttpServletRequest request) {
        return addresses.stream().anyMatch(m -> m.matches(request));
    }

    private static boolean isAdmin(Authentication user) {
        return user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + ROLE));
    }

    /** 403 when admin operations are off or the address is not allowed; else 401 asking for credentials. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Settings.Security security,
                               List<IpAddressMatcher> addresses, boolean unauthenticated) throws IOException {
        if (!security.adminEnabled()) {
            send(response, HttpServletResponse.SC_FORBIDDEN, "this operation is switched off: set policy-lineage.security.admin-username "
                    + "and admin-password to enable updates and ingestion over HTTP");
        } else if (!allowed(addresses, request)) {
            send(response, HttpServletResponse.SC_FORBIDDEN, "admin operations are accepted only from "
                    + String.join(", ", security.adminAddresses()) + " (policy-lineage.security.admin-addresses)");
        } else if (unauthenticated) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"policy-lineage admin\", charset=\"UTF-8\"");
            send(response, HttpServletResponse.SC_UNAUTHORIZED, "credentials required");
        } else {
            send(response, HttpServletResponse.SC_FORBIDDEN, "not allowed");
        }
    }

    /** A refusal as the API's errors are: an RFC 9457 problem detail, written by Jackson. */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), message);
        Map<String, Object> body = new LinkedHashMap<>();
        // No type: "about:blank", the status alone says what the problem is (RFC 9457, 4.2.1).
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), body);
    }
}
