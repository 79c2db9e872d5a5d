package org.policylineage.cli;

import java.time.Clock;

import org.policylineage.curation.Curation;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import java.util.LinkedHashMap;
import java.util.Map;

import org.policylineage.Settings;
import picocli.CommandLine.Option;

/** The options every command shares: which store, and the base of the IRIs. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store directory (default: ./store, from application.yml)")
    String store;

    @Option(names = "--base-iri", paramLabel = "IRI", description = "base of minted IRIs (default: http://localhost:8080/)")
    String baseIri;

    Map<String, Object> overrides() {
        Map<String, Object> o = new LinkedHashMap<>();
        if (store != null) o.put("policy-lineage.store.directory", store);
        if (baseIri != null) o.put("policy-lineage.base-iri", baseIri);
        return o;
    }

    Settings settings() {
        return Settings.load(overrides());
    }

    /** The store, with the corrected view in place: what queries and validation see, as the service shows it. */
    PolicyStore openCorrected() {
        Settings settings = settings();
        PolicyStore store = Stores.open(settings.store());
        try {
            new Curation(store, new IriScheme(settings.baseIri()), Clock.systemUTC()).refresh();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }
}
