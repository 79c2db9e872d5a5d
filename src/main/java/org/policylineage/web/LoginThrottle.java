package org.policylineage.web;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts failed admin authentications per client address (from Spring Security's failure events)
 * and logs each one; an address with {@code max-failures} failures within {@code failure-window}
 * is answered 429 with Retry-After on every admin request until the window, counted from its first
 * failure, has passed. Without it a password could be guessed at full speed (200 guesses in 2.4 s).
 */
@Component
class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Addresses remembered at most; more are forgotten oldest first, so a flood of addresses cannot fill the heap. */
    private static final int MAX_ADDRESSES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Cache<String, Failures> failures;

    /** Failures of one address since the first of its current window. */
    private record Failures(long firstNanos, int count) {}

    LoginThrottle(Settings settings) {
        this.maxFailures = settings.security().maxFailures();
        this.window = settings.security().failureWindow();
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_ADDRESSES).build();
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String address = address(event.getAuthentication().getDetails());
        long now = System.nanoTime();
        Failures f = failures.asMap().compute(address, (a, old) ->
                old == null || now - old.firstNanos() > window.toNanos() ? new Failures(now, 1) : new Failures(old.firstNanos(), old.count() + 1));
        log.warn("failed admin authentication from {} ({} of at most {} within {}): {}", address, f.count(), maxFailures, window,
                event.getException().getMessage());
        if (f.count() == maxFailures) log.warn("admin authentication from {} refused for {} after {} failures", address, window, maxFailures);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.invalidate(address(event.getAuthentication().getDetails()));
    }

    /** Seconds until this address may try again; 0 when it may now. */
    long retryAfterSeconds(String address) {
        Failures f = failures.getIfPresent(address);
        if (f == null || f.count() < maxFailures) return 0;
        long left = window.toNanos() - (System.nanoTime() - f.firstNanos());
        return left <= 0 ? 0 : Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Answers 429 before credentials are even checked, for an address over the limit. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long wait = retryAfterSeconds(request.getRemoteAddr());
                if (wait == 0) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader("Retry-After", Long.toString(wait));
                SecurityConfiguration.send(response, 429, "too many failed authentications from " + request.getRemoteAddr()
                        + ": try again in " + wait + " s");
            }
        };
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }
}
