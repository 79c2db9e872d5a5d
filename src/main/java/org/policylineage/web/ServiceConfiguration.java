package org.policylineage.web;

import java.time.Clock;

import org.policylineage.Settings;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.ingest.Ingester;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.search.SearchIndex;
import org.policylineage.search.SearchIndexer;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store and the services on it, shared by every part of the web layer. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean(destroyMethod = "close")
    PolicyStore policyStore(Settings settings) {
        return Stores.open(settings.store());
    }

    @Bean
    IriScheme iriScheme(Settings settings) {
        return new IriScheme(settings.baseIri());
    }

    @Bean
    ReferenceData referenceData() {
        return ReferenceData.bundled();
    }

    @Bean
    Ingester ingester(PolicyStore store, ReferenceData reference, IriScheme iris, Settings settings) {
        return new Ingester(store, reference, iris, Clock.systemUTC(), settings.ingest());
    }

    @Bean
    LineageGraph lineageGraph(PolicyStore store, IriScheme iris, Settings settings) {
        return new LineageGraph(store, iris, settings.lineage());
    }

    /** Documents indexed before the service answers; more are indexed behind it (about 40 a second). */
    private static final int CATCH_UP_BEFORE_ANSWERING = 300;

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(Settings settings) {
        return new SearchIndex(settings.search().resolve(settings.store()));
    }

    /**
     * Created after the seed is loaded and caught up with the store: before the service answers when
     * a few hundred documents are behind, else while it answers (a store loaded from the command line).
     */
    @Bean
    SearchIndexer searchIndexer(PolicyStore store, SearchIndex index, SeedLoader seed) {
        SearchIndexer indexer = new SearchIndexer(store, index);
        indexer.catchUp(CATCH_UP_BEFORE_ANSWERING);
        return indexer;
    }

    @Bean
    SeedLoader seedLoader(Settings settings, PolicyStore store, Ingester ingest, LineageGraph lineage) {
        SeedLoader loader = new SeedLoader(settings.seed(), store, ingest, lineage);
        loader.loadIfEmpty();
        return loader;
    }
}
