package org.policylineage.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.Lang;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: writes every named graph as TriG or N-Quads (gzip when the file name ends in .gz). */
@Command(name = "export", description = "Write the whole store as TriG or N-Quads.")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "trig", description = "trig or nq (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "write here instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        Lang lang = switch (format.toLowerCase()) {
            case "trig" -> Lang.TRIG;
            case "nq", "nquads", "n-quads" -> Lang.NQUADS;
            default -> null;
        };
        if (lang == null) {
            Terminal.ERR.println("unknown format " + format + ": use trig or nq");
            return 2;
        }
        try (PolicyStore store = Stores.open(storeOptions.settings().store())) {
            if (output == null) {
                store.export(Terminal.OUT, lang);
            } else {
                try (OutputStream file = Files.newOutputStream(output);
                     OutputStream out = output.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file) {
                    store.export(out, lang);
                }
            }
        }
        Terminal.OUT.flush();
        return 0;
    }
}
