package org.policylineage.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.update.UpdateRequest;
import org.policylineage.rdf.Literals;

/** The embedded TDB2 store: one dataset in a directory, every access in a transaction. */
public final class TdbStore implements PolicyStore {
    static {
        QueryDescribe.register();
    }

    private final Path directory;
    private final DatasetGraph dsg;

    private TdbStore(Path directory, DatasetGraph dsg) {
        this.directory = directory;
        this.dsg = dsg;
        // Queries see all named graphs as the default graph, as researchers expect.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the TDB2 dataset in a directory. */
    public static TdbStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store directory " + directory + ": " + e.getMessage(), e);
        }
        try {
            return new TdbStore(directory, DatabaseMgr.connectDatasetGraph(directory.toString()));
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the TDB2 store at " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() { return "TDB2 at " + directory; }

    @Override
    public ResultSetRewindable select(Query query, Duration timeout) {
        return Txn.calculateRead(dsg, () -> {
            ResultSet rs = ResultSet.adapt(exec(query, timeout).select());
            return ResultSetFactory.copyResults(rs);
        });
    }

    @Override
    public void forEachRow(Query query, Consumer<QuerySolution> row) {
        Txn.executeRead(dsg, () -> {
            ResultSet rs = ResultSet.adapt(exec(query, null).select());
            rs.forEachRemaining(row);
        });
    }

    /**
     * Disk a graph load takes, per byte of its N-Triples, beside the store: TDB2 writes new index
     * blocks for the whole transaction and reclaims old ones only by compaction; the growth measured
     * on large loads is in docs/scaling.md, and this allows for it with a margin.
     */
    static final double STORE_GROWTH_PER_FILE_BYTE = 1.5;
    /** Disk the staged node ids take next to the file, per byte of it: 2 × 24 bytes a triple, with a margin. */
    static final double STAGING_PER_FILE_BYTE = 0.3;

    @Override
    public void replaceGraph(String graphIri, Path ntriples) {
        requireSpaceToLoad(ntriples);
        Node g = NodeFactory.createURI(graphIri);
        try {
            if (firstLoad(g)) {
                bulkLoad(g, ntriples);
                return;
            }
            Txn.executeWrite(dsg, () -> SortedGraphLoad.replace(dsg, g, ntriples));
        } catch (InternalError e) {
            // What a full disk looks like through TDB2's memory-mapped files; the transaction was aborted.
            throw new StoreException("writing the graph " + graphIri + " into the store failed (" + e.getMessage()
                    + "), as it does when the disk is full: " + gigabytes(usableSpace(directory)) + " GB is free beside the store "
                    + directory + ". Nothing was changed.", e);
        }
    }

    /**
     * A graph not stored yet, outside any transaction of the caller: the first lineage graph of a store. Jena's
     * phased loader runs its own write transaction, so inside one (an all-or-nothing ingest) the sorted replace
     * is used instead.
     */
    private boolean firstLoad(Node g) {
        return !dsg.isInTransaction() && Txn.calculateRead(dsg, () -> !dsg.containsGraph(g));
    }

    /**
     * TDB2's phased bulk loader into an empty graph, in one transaction: it builds each index in a pass of its own
     * (primary first, then the secondary ones from it), the way the sorted replace does for a graph that exists,
     * with parsing on a thread of its own. Figures beside the sorted replace are in docs/benchmarks.md.
     */
    private void bulkLoad(Node g, Path ntriples) {
        org.apache.jena.tdb2.loader.DataLoader loader = org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(dsg, g, (format, args) -> { });
        loader.startBulk();
        try {
            loader.load(ntriples.toString());
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            throw e;
        }
    }

    /**
     * Refuses a load the disk cannot hold before it starts: a large load that runs out of space fails
     * late, with an error from memory-mapped I/O that does not say why.
     */
    private void requireSpaceToLoad(Path ntriples) {
        long size, free, freeForStaging;
        boolean oneDisk;
        try {
            size = Files.size(ntriples);
            FileStore storeDisk = Files.getFileStore(directory);
            FileStore stagingDisk = Files.getFileStore(ntriples.toAbsolutePath().getParent());
            oneDisk = storeDisk.equals(stagingDisk);
            free = storeDisk.getUsableSpace();
            freeForStaging = stagingDisk.getUsableSpace();
        } catch (IOException e) {
            throw new StoreException("cannot read the graph file " + ntriples + " or its disk: " + e.getMessage(), e);
        }
        long growth = (long) (size * STORE_GROWTH_PER_FILE_BYTE), staging = (long) (size * STAGING_PER_FILE_BYTE);
        long needed = oneDisk ? growth + staging : growth;
        if (needed > free || !oneDisk && staging > freeForStaging) {
            throw new StoreException("not enough disk space to load " + ntriples + " (" + gigabytes(size) + " GB): a load needs about "
                    + gigabytes(needed) + " GB beside the store " + directory + ", which has " + gigabytes(free) + " GB free"
                    + (oneDisk ? "" : ", and " + gigabytes(staging) + " GB next to the file") + ". Nothing was changed. "
                    + "Free some space, or compact the store: the space of old transactions is reclaimed only by compaction.", null);
        }
    }

    /** Free space beside a directory, for an error message; -1 when it cannot be read. */
    private static long usableSpace(Path directory) {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String gigabytes(long bytes) {
        return String.format("%.1f", bytes / 1e9);
    }

    @Override
    public void inTransaction(Runnable work) {
        // Jena's Txn runs the store's own calls inside this transaction when they come on this thread.
        Txn.executeWrite(dsg, work);
    }

    @Override
    public boolean ask(Query query) {
        return Txn.calculateRead(dsg, () -> exec(query, null).ask());
    }

    @Override
    public Model graphQuery(Query query, Duration timeout) {
        return Txn.calculateRead(dsg, () -> {
            QueryExec e = exec(query, timeout);
            var g = query.isDescribeType() ? e.describe() : e.construct();
            Model m = ModelFactory.createDefaultModel();
            m.getGraph().getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            g.find().forEachRemaining(m.getGraph()::add);
            return m;
        });
    }

    /**
     * Hidden statements are filtered inside TDB2's own matching of quads (the tuple filter Jena's
     * data access control uses), so queries keep TDB2's engine; a wrapper dataset would lose it.
     */
    @Override
    public void hide(HiddenFacts facts) {
        Set<NodeId> curation = Txn.calculateRead(dsg, () -> {
            Set<NodeId> ids = new HashSet<>();
            for (Node g : facts.curationGraphs()) Optional.ofNullable(nodeId(g)).ifPresent(ids::add);
            return ids;
        });
        extracted = curation.isEmpty() ? SEE_ALL : t -> t.len() != 4 || !curation.contains(t.get(0));
        if (facts.isEmpty()) {
            dsg.getContext().remove(SystemTDB.symTupleFilter);
            return;
        }
        Predicate<Tuple<NodeId>> filter = Txn.calculateRead(dsg, () -> new TupleFilter(facts, this::nodeId));
        dsg.getContext().set(SystemTDB.symTupleFilter, filter);
    }

    /** What the extracted view leaves out: the quads of the curation graphs (none until {@link #hide} says which). */
    private volatile Predicate<Tuple<NodeId>> extracted = SEE_ALL;

    @Override
    public void useExtractedView(org.apache.jena.sparql.util.Context context) {
        context.set(SystemTDB.symTupleFilter, extracted);
    }

    @Override
    public boolean hides() { return dsg.getContext().isDefined(SystemTDB.symTupleFilter); }

    private NodeId nodeId(Node n) {
        NodeId id = TDBInternal.getNodeId(dsg, n);
        return id == null || NodeId.isDoesNotExist(id) ? null : id;
    }

    @Override
    public ResultSetRewindable selectExtracted(Query query) {
        return Txn.calculateRead(dsg, () -> {
            QueryExec e = QueryExec.dataset(dsg).query(query).set(SystemTDB.symTupleFilter, extracted).build();
            return ResultSetFactory.copyResults(ResultSet.adapt(e.select()));
        });
    }

    private static final Predicate<Tuple<NodeId>> SEE_ALL = t -> true;

    /**
     * Keeps a quad (graph, subject, predicate, object) unless {@link HiddenFacts} hides it; triples of the
     * default graph are kept. It runs for every quad a query matches: lookups only, nothing allocated.
     */
    private static final class TupleFilter implements Predicate<Tuple<NodeId>> {
        private final Set<NodeId> subjects = new HashSet<>();
        private final Map<NodeId, Set<NodeId>> predicatesOf = new HashMap<>();
        private final Map<NodeId, Set<NodeId>> objectsOf = new HashMap<>();
        /** Whole statements: subject, then predicate, then the objects hidden. */
        private final Map<NodeId, Map<NodeId, Set<NodeId>>> statements = new HashMap<>();
        private final NodeId exempt;

        TupleFilter(HiddenFacts facts, Function<Node, NodeId> ids) {
            for (Node s : facts.subjects()) Optional.ofNullable(ids.apply(s)).ifPresent(subjects::add);
            for (HiddenFacts.Pair p : facts.subjectPredicates()) pair(ids, p, predicatesOf);
            for (HiddenFacts.Pair p : facts.predicateObjects()) pair(ids, p, objectsOf);
            for (Triple t : facts.statements()) {
                NodeId s = ids.apply(t.getSubject()), p = ids.apply(t.getPredicate()), o = ids.apply(t.getObject());
                if (s != null && p != null && o != null) statements.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(p, k -> new HashSet<>()).add(o);
            }
            this.exempt = facts.exemptGraph() == null ? null : ids.apply(facts.exemptGraph());
        }

        private static void pair(Function<Node, NodeId> ids, HiddenFacts.Pair p, Map<NodeId, Set<NodeId>> into) {
            NodeId a = ids.apply(p.first()), b = ids.apply(p.second());
            if (a != null && b != null) into.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        }

        @Override
        public boolean test(Tuple<NodeId> t) {
            if (t.len() != 4 || t.get(0).equals(exempt)) return true;
            NodeId s = t.get(1), p = t.get(2), o = t.get(3);
            if (subjects.contains(s)) return false;
            Set<NodeId> predicates = predicatesOf.get(s);
            if (predicates != null && predicates.contains(p)) return false;
            Set<NodeId> objects = objectsOf.get(p);
            if (objects != null && objects.contains(o)) return false;
            Map<NodeId, Set<NodeId>> stated = statements.get(s);
            Set<NodeId> hidden = stated == null ? null : stated.get(p);
            return hidden == null || !hidden.contains(o);
        }
    }

    private QueryExec exec(Query query, Duration timeout) {
        QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
        if (timeout != null) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return b.build();
    }

    @Override
    public void update(UpdateRequest update) {
        Txn.executeWrite(dsg, () -> UpdateExec.dataset(dsg).update(update).execute());
    }

    @Override
    public void write(Map<String, Model> replace, Collection<String> drop) {
        Txn.executeWrite(dsg, () -> {
            for (String g : drop) dsg.deleteAny(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY);
            for (Map.Entry<String, Model> e : replace.entrySet()) {
                Node g = NodeFactory.createURI(e.getKey());
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                e.getValue().getGraph().find().forEachRemaining(t ->
                        dsg.add(g, t.getSubject(), t.getPredicate(), Literals.canonical(t.getObject())));
            }
        });
    }

    @Override
    public Model graph(String graphIri) {
        return Txn.calculateRead(dsg, () -> {
            Model m = ModelFactory.createDefaultModel();
            dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(m.getGraph()::add);
            return m;
        });
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, lang));
    }

    @Override
    public long size() {
        // Records of one index, not quads as nodes: decoding every node makes this a walk of the whole
        // node table, which takes minutes on a large store.
        return Txn.calculateRead(dsg, () -> {
            var tdb = TDBInternal.getDatasetGraphTDB(dsg);
            // The default graph's triples (an update without GRAPH writes there) are a table of their own.
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        });
    }

    @Override
    public Optional<DatasetGraph> dataset() { return Optional.of(dsg); }

    /**
     * TDB2's own version of the data a read transaction sees, which every committed write moves on,
     * whichever way it came (this class or Fuseki's update).
     */
    @Override
    public Optional<Long> dataVersion() {
        return Optional.of(Txn.calculateRead(dsg, () ->
                TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion()));
    }

    @Override
    public void close() {
        // Expelling releases the directory so the same process can open it again (tests, restarts).
        TDBInternal.expel(dsg);
    }
}
