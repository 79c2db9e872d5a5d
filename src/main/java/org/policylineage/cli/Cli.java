package org.policylineage.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar policy-lineage.jar <command>}; with no command, {@code serve}. */
@Command(name = "policy-lineage", mixinStandardHelpOptions = true, versionProvider = Cli.VersionProvider.class,
        description = "Chinese policy documents as linked data, with the lineage of every local target.",
        subcommands = {ServeCommand.class, IngestCommand.class, QueryCommand.class, ValidateCommand.class,
                ExportCommand.class, LineageCommand.class, HashPasswordCommand.class})
public final class Cli implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(Terminal.OUT);
    }

    /** Runs the command line; returns the exit code, or -1 when a server keeps running. */
    public static int run(String... args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new java.io.PrintWriter(Terminal.OUT, true));
        cli.setErr(new java.io.PrintWriter(Terminal.ERR, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Terminal.ERR.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 3;
        });
        return cli.execute(effective);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policy-lineage " + org.policylineage.ingest.Version.CURRENT};
        }
    }
}
