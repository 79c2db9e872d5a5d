package org.policylineage.cli;

import java.util.concurrent.Callable;

import org.policylineage.Settings;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.policylineage.ingest.Ingestion;

/** {@code lineage}: recomputes the lineage graph from the documents in the store. */
@Command(name = "lineage", description = "Recompute the lineage graph (alignments, target links, closure).")
final class LineageCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        Settings settings = storeOptions.settings();
        try (PolicyStore store = Stores.open(settings.store())) {
            LineageGraph lineage = Ingestion.on(store).settings(settings).build().lineage();
            // What was found is shown before the load: on a large corpus the load takes longer than the computation.
            Terminal.OUT.println(lineage.rebuild(computed -> Terminal.OUT.printf(
                    "computed in %d ms: %d measure alignments, %d document links, %d target links; loading %d triples into the store%n",
                    computed.millis(), computed.alignments(), computed.documentLinks(), computed.targetLinks(), computed.triples())));
        }
        return 0;
    }
}
