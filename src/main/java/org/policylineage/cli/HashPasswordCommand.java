package org.policylineage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;

/**
 * {@code hash-password}: reads a password from standard input and prints it hashed as a curator's
 * account stores it (policy-lineage.security.curators), so no password is ever written in plain text.
 */
@Command(name = "hash-password", description = "Read a password from standard input; print it hashed ({bcrypt}…) for policy-lineage.security.curators.")
final class HashPasswordCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        String password = System.console() != null
                ? new String(System.console().readPassword("password: "))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isBlank()) {
            Terminal.ERR.println("no password read from standard input");
            return 2;
        }
        Terminal.OUT.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        Terminal.OUT.flush();
        return 0;
    }
}
