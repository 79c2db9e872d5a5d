package org.policylineage.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.policylineage.synthetic.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the bench jar ({@code policy-lineage-bench.jar}), which runs on the classpath of
 * the product jar: {@code generate} writes a synthetic corpus, {@code bench} measures the product on it,
 * {@code census} counts a store's quads by predicate.
 * The product jar knows neither.
 */
@Command(name = "policy-lineage-bench", mixinStandardHelpOptions = true,
        description = "Synthetic corpora and the benchmark of policy-lineage.",
        subcommands = {GenerateCommand.class, BenchCommand.class, QuadCensus.class})
public final class BenchMain implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchMain());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            System.err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 3;
        });
        System.exit(cli.execute(args));
    }
}
