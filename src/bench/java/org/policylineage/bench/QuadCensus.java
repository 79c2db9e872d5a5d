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

    @Option(names = "--rows", defaultValue = "40", description = "rows per table (default: ${DEFAULT-VALUE})")
    int rows;

    /** Quads of one kind of graph: by predicate, and by the subject's class (a blank node's class says what it is). */
    record Tally(Map<String, Long> byPredicate, long[] total) {
        Tally() { this(new HashMap<>(), new long[1]); }

        void add(String key) {
            byPredicate.merge(key, 1L, Long::sum);
            total[0]++;
        }
    }

    @Override
    public Integer call() {
        IriScheme iris = new IriScheme(Settings.load(Map.of()).baseIri());
        String docGraphs = iris.documentGraph(""), lineage = iris.lineageGraph();
        Tally documents = new Tally(), lineageTally = new Tally(), other = new Tally();
        long[] documentCount = {0};
        try (TdbStore s = TdbStore.open(store)) {
            DatasetGraph dsg = s.dataset().orElseThrow();
            Txn.executeRead(dsg, () -> {
                // Subject classes, looked up once a subject: rdf:type is read for every subject anyway.
                Map<Node, String> classes = new HashMap<>();
                dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q ->
                        classes.merge(q.getSubject(), shortName(q.getObject()), (a, b) -> a.compareTo(b) <= 0 ? a : b));
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
        System.out.println("store: " + store + ", " + documentCount[0] + " document graphs");
        print("document graphs", documents, n);
        print("lineage graph", lineageTally, n);
        print("other graphs (reference, ontology, corpus state, sources)", other, n);
        return 0;
    }

    private void print(String title, Tally t, long documents) {
        System.out.printf("%n%s: %,d quads, %.1f per document%n%n", title, t.total()[0], (double) t.total()[0] / documents);
        System.out.println("| predicate | subject's class | quads per document | share |");
        System.out.println("|---|---|---:|---:|");
        List<Map.Entry<String, Long>> sorted = t.byPredicate().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(rows, sorted.size()))) {
            String[] key = e.getKey().split("\t");
            System.out.printf("| %s | %s | %.1f | %.1f%% |%n", key[0], key[1], (double) e.getValue() / documents,
                    100.0 * e.getValue() / t.total()[0]);
        }
        if (sorted.size() > rows) {
            long rest = sorted.subList(rows, sorted.size()).stream().mapToLong(Map.Entry::getValue).sum();
            System.out.printf("| %d more | | %.1f | %.1f%% |%n", sorted.size() - rows, (double) rest / documents, 100.0 * rest / t.total()[0]);
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
