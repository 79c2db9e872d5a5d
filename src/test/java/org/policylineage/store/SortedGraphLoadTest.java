package org.policylineage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.rdf.Literals;

/**
 * A graph replaced index by index reads the same through every index (by graph, subject, predicate
 * and object), other graphs keep theirs, and a file that fails to parse changes nothing.
 */
class SortedGraphLoadTest {
    private static final String G = "http://x/lineage";
    private static final String OTHER = "http://x/document";

    @TempDir
    Path dir;

    /** A graph shaped like lineage: links between shared subjects, typed literals, blank-node passages. */
    static Model graph(int size, String flavour) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < size; i++) {
            Resource s = m.createResource("http://x/s" + i % 97);
            m.add(s, m.createProperty("http://x/p" + i % 5), m.createResource("http://x/o" + (i * 7) % 61));
            m.add(s, m.createProperty("http://x/score"), m.createTypedLiteral(String.format("0.%d500", i % 10), XSDDatatype.XSDdecimal));
            m.add(s, m.createProperty("http://x/depth"), m.createTypedLiteral(String.valueOf(i % 4), XSDDatatype.XSDinteger));
            if (i % 3 == 0) {
                Resource passage = m.createResource();
                m.add(s, m.createProperty("http://x/passage"), passage);
                m.add(passage, m.createProperty("http://x/text"), flavour + " 共享文字 " + i);
            }
        }
        return m;
    }

    private static Model canonical(Model m) {
        Model out = ModelFactory.createDefaultModel();
        m.getGraph().find().forEachRemaining(t -> out.getGraph().add(t.getSubject(), t.getPredicate(), Literals.canonical(t.getObject())));
        return out;
    }

    private Path ntriples(Model m, String tail) throws IOException {
        Path file = Files.createTempFile(dir, "graph", ".nt");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, m, Lang.NTRIPLES);
            out.write(tail.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }

    /** One pattern per subject, predicate and object named in the models: each routes to other indexes. */
    private static List<Node[]> patterns(Model... models) {
        Map<String, Node[]> patterns = new LinkedHashMap<>();
        for (Model m : models) {
            m.getGraph().find().forEachRemaining(t -> {
                Node[][] each = {
                        {t.getSubject(), Node.ANY, Node.ANY}, {Node.ANY, t.getPredicate(), Node.ANY}, {Node.ANY, Node.ANY, t.getObject()}};
                for (Node[] p : each) if (!p[0].isBlank() && !p[2].isBlank()) patterns.put(p[0] + " " + p[1] + " " + p[2], p);
            });
        }
        return List.copyOf(patterns.values());
    }

    /**
     * For each pattern, the quads of G found with the graph named (the indexes that lead with the
     * graph) and with the graph open (those that end with it), as two counts.
     */
    private static Map<String, List<Long>> found(DatasetGraph dsg, List<Node[]> patterns) {
        Node g = NodeFactory.createURI(G);
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> {
            for (Node[] p : patterns) {
                long named = dsg.stream(g, p[0], p[1], p[2]).count();
                long open = dsg.stream(Node.ANY, p[0], p[1], p[2]).filter(q -> q.getGraph().equals(g)).count();
                counts.put(p[0] + " " + p[1] + " " + p[2], List.of(named, open));
            }
        });
        return counts;
    }

    private static Map<String, List<Long>> expected(Model m, List<Node[]> patterns) {
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (Node[] p : patterns) {
            long n = m.getGraph().stream(p[0], p[1], p[2]).count();
            counts.put(p[0] + " " + p[1] + " " + p[2], List.of(n, n));
        }
        return counts;
    }

    /** The patterns whose counts differ, with what was found and what was expected. */
    private static List<String> differences(Map<String, List<Long>> found, Map<String, List<Long>> expected) {
        List<String> out = new ArrayList<>();
        expected.forEach((pattern, counts) -> {
            if (!counts.equals(found.get(pattern))) out.add(pattern + ": found " + found.get(pattern) + ", expected " + counts);
        });
        return out;
    }

    @Test
    void replacingInSortedRunsLeavesEveryIndexWithTheNewGraphAndOtherGraphsAlone() throws IOException {
        Model old = graph(300, "旧");
        Model replacement = graph(700, "新");
        Model other = graph(50, "文件");
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.write(Map.of(G, old, OTHER, other), List.of());
            DatasetGraph dsg = store.dataset().orElseThrow();
            // Runs of 7 triples: many runs, each sorted and applied on its own, and a last short one.
            Path file = ntriples(replacement, "");
            long read = Txn.calculateWrite(dsg, () -> SortedGraphLoad.replace(dsg, NodeFactory.createURI(G), file, 7));

            assertThat(read).isEqualTo(replacement.size());
            assertThat(store.graph(G).isIsomorphicWith(canonical(replacement))).isTrue();
            assertThat(store.graph(OTHER).isIsomorphicWith(canonical(other))).isTrue();
            // Patterns from both graphs: a quad of the old graph left in any index would be counted.
            List<Node[]> patterns = patterns(canonical(old), canonical(replacement));
            assertThat(differences(found(dsg, patterns), expected(canonical(replacement), patterns))).isEmpty();
        }
    }

    @Test
    void aFileThatFailsToParseLeavesTheGraphAsItWas() throws IOException {
        Model old = graph(300, "旧");
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.write(Map.of(G, old), List.of());
            Path bad = ntriples(graph(700, "新"), "<http://x/s1> <http://x/p1> not-a-term .\n");
            assertThatThrownBy(() -> store.replaceGraph(G, bad)).isInstanceOf(RuntimeException.class);
            assertThat(store.graph(G).isIsomorphicWith(canonical(old))).isTrue();
            List<Node[]> patterns = patterns(canonical(old), canonical(graph(700, "新")));
            assertThat(differences(found(store.dataset().orElseThrow(), patterns), expected(canonical(old), patterns))).isEmpty();
        }
    }

    @Test
    void aLoadTheDiskCannotHoldIsRefusedBeforeItStarts() throws IOException {
        Model old = graph(300, "旧");
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            store.write(Map.of(G, old), List.of());
            // A sparse file as large as the free space: it takes no disk itself, and loading it would need more.
            Path huge = dir.resolve("huge.nt");
            try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
                f.setLength(Files.getFileStore(dir).getUsableSpace());
            }
            assertThatThrownBy(() -> store.replaceGraph(G, huge)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not enough disk space").hasMessageContaining("Nothing was changed");
            assertThat(store.graph(G).isIsomorphicWith(canonical(old))).isTrue();
        }
    }

    @Test
    void triplesSortUnsignedInEachIndexOrder() {
        Random random = new Random(7);
        int n = 5_000;
        long[] a = new long[3 * n];
        // Few distinct values, so ties on the leading columns are common; negatives are inline values (top bit set).
        for (int i = 0; i < a.length; i++) a[i] = random.nextInt(40) - 20 + (random.nextBoolean() ? Long.MIN_VALUE : 0);
        for (int[] order : new int[][] {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}}) {
            List<long[]> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) expected.add(new long[] {a[3 * i], a[3 * i + 1], a[3 * i + 2]});
            Comparator<long[]> byOrder = (x, y) -> {
                for (int c : order) {
                    int r = Long.compareUnsigned(x[c], y[c]);
                    if (r != 0) return r;
                }
                return 0;
            };
            expected.sort(byOrder);
            long[] sorted = a.clone();
            TripleSort.sort(sorted, n, order);
            for (int i = 0; i < n; i++) {
                assertThat(new long[] {sorted[3 * i], sorted[3 * i + 1], sorted[3 * i + 2]}).as("triple " + i).containsExactly(expected.get(i));
            }
        }
        assertThat(SortedGraphLoad.keyOrder("POSG")).containsExactly(1, 2, 0);
        assertThat(SortedGraphLoad.keyOrder("GOSP")).containsExactly(2, 0, 1);
    }
}
