package org.policylineage.bench;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.policylineage.Settings;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code census}: where a store's quads go, by predicate and by the kind of subject holding it, in the
 * document graphs and in the lineage graph, per document. What to cut is chosen from this table; the
 * figures are in docs/benchmarks.md.
 */
@Command(name = "census", description = "Count a store's quads by predicate, per document, in the document graphs and the lineage graph.")
public final class QuadCensus implements Callable<Integer> {
    @Parameters(paramLabel = "STORE", description = "a TDB2 store directory")
    Path store;

    @Option(names = "--rows", defaultValue = "30", description = "rows per table (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--docs", paramLabel = "DIR", description = "also write the tables to DIR/bench/census.md, "
            + "which the report docs/benchmarks.md includes, and render the report again")
    Path docs;

    @Option(names = "--note", defaultValue = "", description = "a sentence on the store counted (its corpus, its build)")
    String note;

    private final StringBuilder out = new StringBuilder();

    /** Quads of one kind of graph: by predicate, and by the subject's class (a blank node's class says what it is). */
    record Tally(Map<String, Long> byPredicate, long[] total) {
        Tally() { this(new HashMap<>(), new long[1]); }

        void add(String key) {
            byPredicate.merge(key, 1L, Long::sum);
            total[0]++;
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        IriScheme iris = new IriScheme(Settings.load(Map.of()).baseIri());
        String docGraphs = iris.documentGraph(""), lineage = iris.lineageGraph();
        Tally documents = new Tally(), lineageTally = new Tally(), other = new Tally();  // other: reference, ontology, corpus state, sources
        long[] documentCount = {0};
        try (TdbStore s = TdbStore.open(store)) {
            DatasetGraph dsg = s.dataset().orElseThrow();
            Txn.executeRead(dsg, () -> {
                // Subject classes, looked up once a subject: rdf:type is read for every subject anyway.
                Map<Node, String> classes = new HashMap<>();
                dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q ->
                        classes.merge(q.getSubject(), shortName(q.getObject()), QuadCensus::moreSpecific));
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (g.getURI().startsWith(docGraphs)) documentCount[0]++;
                });
                dsg.find().forEachRemaining(q -> {
                    String g = q.getGraph().getURI();
                    Tally t = g.startsWith(docGraphs) ? documents : g.equals(lineage) ? lineageTally : other;
                    t.add(shortName(q.getPredicate()) + "\t" + classes.getOrDefault(q.getSubject(), "(no class)"));
                });
            });
        }
        long n = Math.max(1, documentCount[0]);
        out.append("## Where the quads go\n\nWritten by the bench jar's `census` on a store of ").append(documentCount[0])
                .append(" documents").append(note.isBlank() ? "" : " (" + note + ")").append(": quads per document by predicate and the")
                .append(" class of the subject holding them (a blank node's class says what it is).\n");
        print("Document graphs", documents, n);
        print("Lineage graph", lineageTally, n);
        System.out.print(out);
        if (docs != null) {
            java.nio.file.Files.createDirectories(docs.resolve("bench"));
            java.nio.file.Files.writeString(docs.resolve("bench/census.md"), out, java.nio.charset.StandardCharsets.UTF_8);
            BenchReport.write(docs);
        }
        return 0;
    }

    /** Of two classes of one subject, the project's own (pl:Measure rather than a supertype another vocabulary names). */
    private static String moreSpecific(String a, String b) {
        if (a.startsWith("pl:") != b.startsWith("pl:")) return a.startsWith("pl:") ? a : b;
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void print(String title, Tally t, long documents) {
        out.append(String.format(java.util.Locale.ROOT, "%n%s: %,d quads, %.1f per document.%n%n", title, t.total()[0], (double) t.total()[0] / documents));
        out.append("| predicate | subject's class | quads per document | share |\n|---|---|---:|---:|\n");
        List<Map.Entry<String, Long>> sorted = t.byPredicate().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(rows, sorted.size()))) {
            String[] key = e.getKey().split("\t");
            out.append(String.format(java.util.Locale.ROOT, "| %s | %s | %.1f | %.1f%% |%n", key[0], key[1], (double) e.getValue() / documents,
                    100.0 * e.getValue() / t.total()[0]));
        }
        if (sorted.size() > rows) {
            long rest = sorted.subList(rows, sorted.size()).stream().mapToLong(Map.Entry::getValue).sum();
            out.append(String.format(java.util.Locale.ROOT, "| %d more | | %.1f | %.1f%% |%n", sorted.size() - rows, (double) rest / documents, 100.0 * rest / t.total()[0]));
        }
    }

    /** A term as a prefixed name where one of the usual prefixes fits, else its local part. */
    private static String shortName(Node n) {
        if (!n.isURI()) return n.isBlank() ? "(blank node)" : "(literal)";
        String uri = n.getURI();
        String prefixed = org.policylineage.rdf.Prefixes.ALL.entrySet().stream()
                .filter(e -> uri.startsWith(e.getValue()) && uri.length() > e.getValue().length())
                // The longest namespace: pl: is a prefix of level:, kind: and the others.
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
                .map(e -> e.getKey() + ":" + uri.substring(e.getValue().length())).findFirst().orElse(null);
        return prefixed != null ? prefixed : uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
    }
}
