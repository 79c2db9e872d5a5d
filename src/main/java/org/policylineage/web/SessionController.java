package org.policylineage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A curator's session in the explorer: who is signed in (and the CSRF token the explorer sends
 * with every write), sign in with a name and password, sign out.
 */
@RestController
@RequestMapping("/api/session")
@Tag(name = "curation")
class SessionController {
    private final CuratorAccounts accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionController(CuratorAccounts accounts) {
        this.accounts = accounts;
    }

    /** Who is signed in: nobody ({@code username} null), a curator, or someone who may not curate. */
    record Session(String username, boolean curator, boolean curatorsConfigured, String csrfToken) {}

    record Credentials(String username, String password) {}

    @GetMapping
    @Operation(summary = "Who is signed in, and the CSRF token writes must send back as X-XSRF-TOKEN (also set as the XSRF-TOKEN cookie)")
    Session current(Authentication user, HttpServletRequest request) {
        return session(user, request);
    }

    @PostMapping
    @Operation(summary = "Sign in as a curator with a name and password; the session cookie then carries the sign-in (writes also need the CSRF token)")
    ResponseEntity<?> signIn(@RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        Authentication user;
        try {
            user = accounts.authenticate(credentials.username(), credentials.password(), request);
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(org.springframework.http.ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "wrong name or password"));
        }
        // A new session id at sign-in: an id planted before it (session fixation) signs no one in.
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return ResponseEntity.ok(session(user, request));
    }

    @DeleteMapping
    @Operation(summary = "Sign out")
    ResponseEntity<Void> signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) session.invalidate();
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    private Session session(Authentication user, HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        boolean signedIn = user != null && user.isAuthenticated() && !"anonymousUser".equals(user.getName());
        return new Session(signedIn ? user.getName() : null, signedIn && CuratorAccounts.isCurator(user), accounts.any(),
                token == null ? null : token.getToken());
    }
}
