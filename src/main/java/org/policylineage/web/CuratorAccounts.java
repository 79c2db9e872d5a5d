package org.policylineage.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.policylineage.Settings;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The accounts that may sign in where corrections are made: the curators of the settings, their
 * passwords as stored there (hashed), with the role CURATOR; and the admin, with the role ADMIN
 * only, so that the admin signs in but may not curate. Failures feed {@link LoginThrottle} in the
 * curators' realm, counted apart from the admin's and logged with the name tried.
 */
@Component
class CuratorAccounts {
    static final String ROLE = "CURATOR";
    /** How Spring Security's DelegatingPasswordEncoder marks a stored hash: {bcrypt}, {argon2@SpringSecurity_v5_8}, … */
    private static final Pattern HASHED = Pattern.compile("^\\{[A-Za-z0-9@_.-]+\\}.+");

    private final AuthenticationManager manager;
    private final boolean any;

    CuratorAccounts(Settings settings, LoginThrottle throttle) {
        Settings.Security security = settings.security();
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (Settings.Security.Curator c : security.curators()) {
            if (c.username() == null || c.username().isBlank()) throw new IllegalStateException("policy-lineage.security.curators: a curator has no username");
            if (c.password() == null || !HASHED.matcher(c.password()).matches() || c.password().startsWith("{noop}")) {
                throw new IllegalStateException("policy-lineage.security.curators: the password of " + c.username()
                        + " is not stored hashed; write it as `java -jar policy-lineage.jar hash-password` prints it ({bcrypt}$2a$…)");
            }
            if (c.username().equals(security.adminUsername())) {
                throw new IllegalStateException("policy-lineage.security.curators: " + c.username() + " is the admin's name; a curator's account is separate");
            }
            users.createUser(User.withUsername(c.username()).password(c.password()).roles(ROLE).build());
        }
        if (security.adminEnabled()) {
            users.createUser(User.withUsername(security.adminUsername()).password(encoder.encode(security.adminPassword()))
                    .roles(SecurityConfiguration.ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager m = new ProviderManager(provider);
        m.setAuthenticationEventPublisher(throttle.publisher(LoginThrottle.Realm.CURATOR));
        this.manager = m;
        this.any = !security.curators().isEmpty();
    }

    AuthenticationManager manager() { return manager; }

    /** Whether any curator account is configured. */
    boolean any() { return any; }

    /** Checks a name and password typed into the explorer's sign-in form. */
    Authentication authenticate(String username, String password, HttpServletRequest request) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        return manager.authenticate(token);
    }

    static boolean isCurator(Authentication user) {
        return user != null && user.isAuthenticated() && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + ROLE));
    }
}
