package org.policylineage.synthetic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --size N --variant V --out DIR}: writes a synthetic corpus with its true lineage. */
@Command(name = "generate", description = "Write a reproducible synthetic corpus of policy documents and its true lineage (truth.tsv), for benchmarks.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--size", required = true, paramLabel = "N", description = "number of documents, all levels together")
    int size;

    @Option(names = "--variant", defaultValue = "42", paramLabel = "V", description = "which corpus of this size (it starts the random draws); the same size and variant give the same bytes (default: ${DEFAULT-VALUE})")
    long variant;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into; must be empty or not exist")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (size < 1) {
            spec.commandLine().getErr().println("--size must be at least 1");
            return 2;
        }
        long started = System.nanoTime();
        SyntheticCorpus.Summary s = SyntheticCorpus.builder().documents(size).variant(variant).build().writeTo(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder levels = new StringBuilder();
        for (Map.Entry<String, Integer> e : s.byLevel().entrySet()) {
            if (levels.length() > 0) levels.append(", ");
            levels.append(e.getValue()).append(' ').append(e.getKey());
        }
        o.printf("%d documents (%s), %.1f MB, in %.1f s: %s%n", s.documents(), levels, s.bytes() / 1e6, seconds, s.folder());
        o.printf("true lineage in %s%n", s.folder().resolve(TruthWriter.FILE));
        return 0;
    }
}
