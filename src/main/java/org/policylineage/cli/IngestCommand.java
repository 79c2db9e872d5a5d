package org.policylineage.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.policylineage.Settings;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Replace;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.policylineage.ingest.Ingestion;

/** {@code ingest PATH…}: loads documents (files, or the documents in folders) and rebuilds lineage. */
@Command(name = "ingest", description = "Load policy documents into the store (files or folders).")
final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files in any format read (each file's type is read from its bytes), or folders whose .txt, .html, "
            + ".htm, .pdf, .docx, .doc, .wps and .ofd files are read (images only when named)")
    List<Path> paths;

    @Option(names = "--no-lineage", description = "skip rebuilding the lineage graph after loading")
    boolean noLineage;

    @Option(names = "--replace",
            description = "replace documents already in the store that these files turn out to be (same 文号, or the same "
                    + "title for a document without one), and read files already ingested again; without it such files are "
                    + "refused as conflicts or reported as duplicates, and nothing stored is replaced. A file's name never "
                    + "decides what is replaced")
    boolean replace;

    @Option(names = "--batch", defaultValue = "256", paramLabel = "N",
            description = "documents read and extracted together (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--commit-each-batch",
            description = "commit each batch as it is stored, so an interrupted load keeps the batches done; by default "
                    + "a run is one transaction, stored whole or not at all, and much faster on a large store")
    boolean commitEachBatch;

    @Override
    public Integer call() throws IOException {
        List<Path> files = expand(paths);
        if (files.isEmpty()) {
            Terminal.ERR.println("no documents found in " + paths);
            return 2;
        }
        Settings settings = storeOptions.settings();
        long started = System.nanoTime();
        List<IngestOutcome> outcomes = new ArrayList<>();
        try (PolicyStore store = Stores.open(settings.store())) {
            Ingestion ingestion = Ingestion.on(store).settings(settings).build();
            Ingester ingest = ingestion.ingester();
            ingest.prepare();
            printHeader();
            Runnable load = () -> {
                for (int from = 0; from < files.size(); from += Math.max(1, batch)) {
                    List<Path> part = files.subList(from, Math.min(files.size(), from + Math.max(1, batch)));
                    Terminal.progress(from, files.size(), part.get(0).getFileName().toString());
                    List<IngestOutcome> done = ingestFiles(ingest, part, replace ? Replace.SAME_DOCUMENT : Replace.NOTHING);
                    outcomes.addAll(done);
                    if (commitEachBatch) done.forEach(IngestCommand::printRow);
                    Terminal.progress(from + part.size(), files.size(), part.get(part.size() - 1).getFileName().toString());
                }
            };
            // Rows are printed once what they report is committed: after a crash, the rows say what is stored.
            if (commitEachBatch) {
                load.run();
            } else {
                // One transaction for the run: TDB2 copies every index block a transaction touches, so a
                // commit per batch rewrites the indexes once a batch and a large load slows as it grows.
                store.inTransaction(load);
                outcomes.forEach(IngestCommand::printRow);
            }
            if (!noLineage && outcomes.stream().anyMatch(IngestOutcome::loaded)) {
                var summary = ingestion.lineage().rebuild();
                Terminal.OUT.println("lineage: " + summary);
            } else if (outcomes.stream().anyMatch(IngestOutcome::loaded)) {
                // The store records it too: the service rebuilds a stale lineage graph when it starts.
                Terminal.OUT.println("lineage: not rebuilt (--no-lineage) and now out of date; the lineage command rebuilds it, "
                        + "and so does the service when it starts");
            }
        }
        printSummary(outcomes, (System.nanoTime() - started) / 1_000_000);
        return outcomes.stream().anyMatch(IngestCommand::refused) ? 1 : 0;
    }

    /** Refused: unreadable, or a document already stored that --replace was not given for. */
    private static boolean refused(IngestOutcome o) {
        return o.status() == IngestOutcome.Status.REJECTED || o.status() == IngestOutcome.Status.CONFLICT;
    }

    /** Reads a batch of files (a file too large is refused before it is read) and ingests the rest together. */
    private static List<IngestOutcome> ingestFiles(Ingester ingest, List<Path> files, Replace replace) {
        IngestOutcome[] out = new IngestOutcome[files.size()];
        List<Ingester.Source> sources = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String name = f.getFileName().toString();
            try {
                long size = Files.size(f);
                if (size > ingest.maxDocumentBytes()) {
                    out[i] = IngestOutcome.rejected(name, ingest.tooLarge(size));
                    continue;
                }
                sources.add(new Ingester.Source(name, Files.readAllBytes(f), replace));
                positions.add(i);
            } catch (IOException e) {
                out[i] = IngestOutcome.rejected(name, "cannot read the file: " + e.getMessage());
            }
        }
        List<IngestOutcome> done = ingest.ingestAll(sources);
        for (int k = 0; k < done.size(); k++) out[positions.get(k)] = done.get(k);
        return List.of(out);
    }

    /**
     * Files of a folder that are read: documents by their usual names (a file named on the command line is read
     * whatever its name, by its bytes). Images are read only when named: a folder of saved pages holds logos and
     * icons, each of which OCR would take seconds to refuse.
     */
    private static final java.util.regex.Pattern FOLDER_FILES = java.util.regex.Pattern.compile(
            "(?i).*\\.(txt|text|html?|pdf|docx|doc|wps|ofd)$");

    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> FOLDER_FILES.matcher(f.getFileName().toString()).matches())
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static void printHeader() {
        Terminal.OUT.printf("%-32s %-9s %8s %8s %7s %9s %10s  %s%n", "file", "status", "measures", "agencies", "targets",
                "citations", "cert-types", "document / message");
    }

    private static void printRow(IngestOutcome o) {
        Terminal.OUT.printf("%-32s %-9s %8d %8d %7d %9d %10d  %s%n", o.fileName(), o.status().name().toLowerCase(),
                o.measures(), o.agencies(), o.targets(), o.citations(), o.certificateTypes(),
                o.loaded() ? o.documentIri() : o.message());
        if (o.replaced() != null) Terminal.OUT.println("    " + o.message());
        for (String w : o.warnings()) Terminal.OUT.println("    warning: " + w);
        Terminal.OUT.flush();
    }

    private static void printSummary(List<IngestOutcome> outcomes, long millis) {
        long loaded = outcomes.stream().filter(IngestOutcome::loaded).count();
        long rejected = outcomes.stream().filter(IngestCommand::refused).count();
        Terminal.OUT.printf("%d loaded, %d rejected, %d files in %.1f s%n", loaded, rejected, outcomes.size(), millis / 1000.0);
    }
}
