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
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts failed authentications per client address and per realm (the admin's, the curators'),
 * from the failure events of each realm's authentication manager ({@link #publisher}), and logs each
 * one with the name tried; an address with {@code max-failures} failures of one realm within
 * {@code failure-window} is answered 429 with Retry-After on every request of that realm until the
 * window, counted from its first failure, has passed. Without it a password could be guessed at full
 * speed (200 guesses in 2.4 s). The realms count apart: a curator mistyping a password does not lock
 * the admin out of the same address, nor the other way round.
 */
@Component
class LoginThrottle {
    /** Whose sign-in is counted: the admin's (updates, ingestion) or a curator's (corrections). */
    enum Realm {
        ADMIN("admin"), CURATOR("curator");

        private final String word;

        Realm(String word) { this.word = word; }
    }

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

    /** What an authentication manager of {@code realm} tells of each sign-in, for this throttle to count. */
    AuthenticationEventPublisher publisher(Realm realm) {
        return new AuthenticationEventPublisher() {
            @Override
            public void publishAuthenticationSuccess(Authentication authentication) {
                failures.invalidate(key(realm, address(authentication.getDetails())));
            }

            @Override
            public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
                failed(realm, authentication, exception);
            }
        };
    }

    private void failed(Realm realm, Authentication attempt, AuthenticationException exception) {
        String address = address(attempt.getDetails());
        long now = System.nanoTime();
        Failures f = failures.asMap().compute(key(realm, address), (a, old) ->
                old == null || now - old.firstNanos() > window.toNanos() ? new Failures(now, 1) : new Failures(old.firstNanos(), old.count() + 1));
        log.warn("failed {} authentication from {} as {} ({} of at most {} within {}): {}", realm.word, address, attempt.getName(), f.count(),
                maxFailures, window, exception.getMessage());
        if (f.count() == maxFailures) log.warn("{} authentication from {} refused for {} after {} failures", realm.word, address, window, maxFailures);
    }

    private static String key(Realm realm, String address) { return realm.word + " " + address; }

    /** Seconds until this address may try to authenticate in {@code realm} again; 0 when it may now. */
    long retryAfterSeconds(Realm realm, String address) {
        Failures f = failures.getIfPresent(key(realm, address));
        if (f == null || f.count() < maxFailures) return 0;
        long left = window.toNanos() - (System.nanoTime() - f.firstNanos());
        return left <= 0 ? 0 : Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Answers 429 before credentials are even checked, for an address over the limit of {@code realm}. */
    OncePerRequestFilter filter(Realm realm) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                long wait = retryAfterSeconds(realm, request.getRemoteAddr());
                if (wait == 0) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader("Retry-After", Long.toString(wait));
                SecurityConfiguration.send(response, 429, "too many failed authentications from " + request.getRemoteAddr()
                        + " (" + realm.word + "): try again in " + wait + " s");
            }
        };
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
    }
}
