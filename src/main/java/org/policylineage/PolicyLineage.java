package org.policylineage;

import org.policylineage.cli.Cli;

/** Entry point of the jar: a command (ingest, query, validate, export, lineage) or, by default, the service. */
public final class PolicyLineage {
    private PolicyLineage() {}

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code >= 0) System.exit(code);
    }
}
