package org.policylineage.web;

import org.policylineage.Settings;
import org.policylineage.curation.Curation;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Ingestion;
import org.policylineage.ingest.SeedLoader;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.search.SearchIndex;
import org.policylineage.search.SearchIndexer;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store and what reads and writes it, shared by every part of the web layer. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean(destroyMethod = "close")
    PolicyStore policyStore(Settings settings) {
        return Stores.open(settings.store());
    }

    @Bean
    Ingestion ingestion(PolicyStore store, Settings settings) {
        return Ingestion.on(store).settings(settings).build();
    }

    @Bean
    IriScheme iriScheme(Ingestion ingestion) {
        return ingestion.iris();
    }

    @Bean
    ReferenceData referenceData(Ingestion ingestion) {
        return ingestion.reference();
    }

    @Bean
    Ingester ingester(Ingestion ingestion) {
        return ingestion.ingester();
    }

    @Bean
    Curation curation(Ingestion ingestion) {
        return ingestion.curation();
    }

    @Bean
    LineageGraph lineageGraph(Ingestion ingestion) {
        return ingestion.lineage();
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
    SeedLoader seedLoader(Settings settings, Ingestion ingestion) {
        SeedLoader loader = new SeedLoader(settings.seed(), ingestion);
        loader.loadIfEmpty();
        return loader;
    }
}
