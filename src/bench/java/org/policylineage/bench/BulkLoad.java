package org.policylineage.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policylineage.store.TdbStore;

/**
 * The same N-Quads loaded into an empty TDB2 store two ways: through this project's store (graphs
 * replaced in batches inside one transaction, as {@code ingest} writes them) and through Jena's own
 * bulk loaders, so the write path is measured against the best the store offers.
 */
final class BulkLoad {
    /** Quads per second of one load. */
    record Rate(String loader, long quads, double seconds) {
        double perSecond() { return quads / seconds; }
    }

    private BulkLoad() {}

    /** Through {@link TdbStore#write}: the file's graphs, a thousand at a time, in one transaction. */
    static Rate ours(Path nquads, Path directory) {
        long started = System.nanoTime();
        long[] count = {0};
        try (TdbStore store = TdbStore.open(directory)) {
            store.inTransaction(() -> {
                Map<String, Model> batch = new LinkedHashMap<>();
                RDFParser.source(nquads).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        String g = q.getGraph().getURI();
                        Model m = batch.get(g);
                        if (m == null) {
                            if (batch.size() == 1000) flush(store, batch);
                            m = ModelFactory.createDefaultModel();
                            batch.put(g, m);
                        }
                        m.getGraph().add(q.asTriple());
                        count[0]++;
                    }
                });
                flush(store, batch);
            });
        }
        return new Rate("policy-lineage write path", count[0], (System.nanoTime() - started) / 1e9);
    }

    private static void flush(TdbStore store, Map<String, Model> batch) {
        store.write(batch, List.of());
        batch.clear();
    }

    /** Through one of Jena's TDB2 loaders: basic, sequential, phased or parallel. */
    static Rate jena(String loader, Path nquads, Path directory) {
        var dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        try {
            DataLoader l = switch (loader) {
                case "basic" -> LoaderFactory.basicLoader(dsg, (format, args) -> { });
                case "sequential" -> LoaderFactory.sequentialLoader(dsg, (format, args) -> { });
                case "phased" -> LoaderFactory.phasedLoader(dsg, (format, args) -> { });
                case "parallel" -> LoaderFactory.parallelLoader(dsg, (format, args) -> { });
                default -> throw new IllegalArgumentException("no Jena loader " + loader);
            };
            long started = System.nanoTime();
            l.startBulk();
            l.load(nquads.toString());
            l.finishBulk();
            return new Rate("Jena " + loader + " loader", l.countQuads() + l.countTriples(), (System.nanoTime() - started) / 1e9);
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
