package org.policylineage.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylineage.rdf.Literals;

/**
 * Replaces one large named graph of a TDB2 dataset index by index, each index's changes applied in
 * that index's own key order, inside the caller's write transaction. Adding quad by quad touches
 * six indexes at six unrelated places for every quad: once a store outgrows memory every insert
 * is a page fault.
 * Sorted runs sweep one index at a time through pages that stay cached.
 */
final class SortedGraphLoad {
    /** Triples sorted and applied together: three longs each, 48 MB a run. */
    private static final int RUN = 1 << 21;
    /** A staged triple: three node ids of eight bytes. */
    private static final int STAGED_TRIPLE_BYTES = 3 * Long.BYTES;

    private final NodeTable nodes;
    private final TupleIndex[] indexes;
    private final NodeId graph;
    private final Path work;
    private final ByteBuffer codec = ByteBuffer.allocate(Long.BYTES);

    private SortedGraphLoad(DatasetGraph dsg, Node graphName, Path work) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
        this.indexes = quads.getTupleTable().getIndexes();
        this.graph = nodes.getAllocateNodeId(graphName);
        this.work = work;
    }

    /**
     * Replaces the graph with the N-Triples in {@code ntriples}; must run in a write transaction
     * on {@code dsg}, which commits or aborts it whole. Returns the number of triples read.
     */
    static long replace(DatasetGraph dsg, Node graphName, Path ntriples) {
        return replace(dsg, graphName, ntriples, RUN);
    }

    static long replace(DatasetGraph dsg, Node graphName, Path ntriples, int runSize) {
        Path old = null;
        Path added = null;
        try {
            SortedGraphLoad load = new SortedGraphLoad(dsg, graphName, ntriples.toAbsolutePath().getParent());
            old = load.tempFile("old");
            added = load.tempFile("new");
            load.writeOld(old);
            long triples = load.writeNew(ntriples, added);
            // One buffer for all twelve passes, no larger than the staged triples: a small graph
            // (the seed corpus's lineage) does not take 48 MB a pass.
            long staged = Math.max(Files.size(old), Files.size(added)) / STAGED_TRIPLE_BYTES;
            long[] run = new long[3 * (int) Math.max(1, Math.min(runSize, staged))];
            for (TupleIndex index : load.indexes) {
                load.apply(old, index, TupleIndex::delete, run);
                load.apply(added, index, TupleIndex::add, run);
            }
            return triples;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the graph for loading: " + e.getMessage(), e);
        } finally {
            deleteQuietly(old);
            deleteQuietly(added);
        }
    }

    /** The graph's present triples, from an index that leads with the graph. */
    private void writeOld(Path file) throws IOException {
        TupleIndex byGraph = null;
        for (TupleIndex index : indexes) if (index.getName().startsWith("G")) byGraph = index;
        if (byGraph == null) throw new IllegalStateException("the quad table has no index by graph");
        try (DataOutputStream out = output(file)) {
            Iterator<Tuple<NodeId>> it = byGraph.find(TupleFactory.create4(graph, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny));
            while (it.hasNext()) {
                Tuple<NodeId> q = it.next();
                write(out, q.get(1), q.get(2), q.get(3));
            }
        }
    }

    /** Parses the new triples, allocating their nodes, into node ids: a tenth of the text's size. */
    private long writeNew(Path ntriples, Path file) throws IOException {
        long[] count = {0};
        try (DataOutputStream out = output(file)) {
            RDFParser.source(ntriples).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    try {
                        write(out, nodes.getAllocateNodeId(t.getSubject()), nodes.getAllocateNodeId(t.getPredicate()),
                                nodes.getAllocateNodeId(Literals.canonical(t.getObject())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                }
            });
        }
        return count[0];
    }

    /** Applies {@code op} to every staged triple, in runs as long as {@code run} holds, sorted in the index's order. */
    private void apply(Path file, TupleIndex index, BiConsumer<TupleIndex, Tuple<NodeId>> op, long[] run) throws IOException {
        int[] order = keyOrder(index.getName());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int n = read(in, run);
                if (n == 0) return;
                TripleSort.sort(run, n, order);
                for (int i = 0; i < n; i++) {
                    op.accept(index, TupleFactory.create4(graph, decode(run[3 * i]), decode(run[3 * i + 1]), decode(run[3 * i + 2])));
                }
                if (3 * n < run.length) return;
            }
        }
    }

    /** Subject, predicate and object columns (0, 1, 2) in the order an index named like "POSG" keys them. */
    static int[] keyOrder(String indexName) {
        int[] order = new int[3];
        int k = 0;
        for (char c : indexName.toCharArray()) {
            switch (c) {
                case 'S' -> order[k++] = 0;
                case 'P' -> order[k++] = 1;
                case 'O' -> order[k++] = 2;
                default -> { }
            }
        }
        if (k != 3) throw new IllegalArgumentException("not a quad index name: " + indexName);
        return order;
    }

    private static int read(DataInputStream in, long[] run) throws IOException {
        int n = 0;
        try {
            while (3 * n < run.length) {
                long s = in.readLong();
                run[3 * n] = s;
                run[3 * n + 1] = in.readLong();
                run[3 * n + 2] = in.readLong();
                n++;
            }
        } catch (EOFException end) {
            // The file holds whole triples: the end comes between two.
        }
        return n;
    }

    private void write(DataOutputStream out, NodeId s, NodeId p, NodeId o) throws IOException {
        out.writeLong(encode(s));
        out.writeLong(encode(p));
        out.writeLong(encode(o));
    }

    /** A node id as the eight bytes the indexes store, so unsigned order is the indexes' order. */
    private long encode(NodeId id) {
        NodeIdFactory.set(id, codec, 0);
        return codec.getLong(0);
    }

    private NodeId decode(long v) {
        codec.putLong(0, v);
        return NodeIdFactory.get(codec, 0);
    }

    private Path tempFile(String name) throws IOException {
        return Files.createTempFile(work, "policy-lineage-" + name + "-", ".ids");
    }

    private static DataOutputStream output(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A staging file left behind costs disk, not correctness.
        }
    }
}
