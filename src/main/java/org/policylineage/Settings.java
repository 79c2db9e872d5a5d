package org.policylineage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

/**
 * The settings of {@code policy-lineage.*} in application.yml, shared by the command line and the
 * service; the documented defaults are in application.yml itself.
 * <p>
 * Records bound by Spring's constructor binding, as {@code @ConfigurationProperties} records are meant to be: the
 * binder fills each value by its name in application.yml, so {@code Settings} (9 groups), {@code Query} (8) and
 * {@code Security} (6) have no builder, and no code builds them by position. They stay flat rather than split
 * into nested groups because each value's path is a setting deployments already set.
 */
@ConfigurationProperties("policy-lineage")
public record Settings(String baseIri, Store store, Seed seed, Search search, Query query, Lineage lineage, Security security,
                       Ingest ingest, Publication publication) {

    public Settings {
        if (publication == null) publication = new Publication(null, null, null, null, null);
    }

    public record Store(String directory, Remote remote) {
        public boolean isRemote() { return remote != null && remote.queryEndpoint() != null && !remote.queryEndpoint().isBlank(); }
    }

    public record Remote(String queryEndpoint, String updateEndpoint, String gspEndpoint, String username, String password) {}

    public record Seed(String corpus, boolean loadOnStart) {}

    public record Search(String directory) {
        /** The index directory: as configured, or next to the store. */
        public java.nio.file.Path resolve(Store store) {
            if (directory != null && !directory.isBlank()) return java.nio.file.Path.of(directory);
            return java.nio.file.Path.of(store.directory() + "-search");
        }
    }

    /**
     * @param maxQuerySize         largest query text accepted over HTTP (a larger one answers 413)
     * @param maxStringLength      longest string a GROUP_CONCAT may build, in characters
     * @param spillThreshold       rows DISTINCT and ORDER BY hold in memory before spilling to disk
     * @param maxConcurrent        SPARQL requests executed at once (0: one per available processor); more wait in a queue
     * @param maxQueued            SPARQL requests waiting; beyond it, 503 at once
     * @param maxWait              longest a SPARQL request waits in the queue before 503
     * @param answerCache          memory for the explorer's pages and the API's answers, kept until the store changes
     */
    public record Query(Duration timeout, int maxRows, DataSize maxQuerySize, int maxStringLength, long spillThreshold,
                        int maxConcurrent, int maxQueued, Duration maxWait, DataSize answerCache) {}

    /**
     * @param anchorWords words in an anchor of the local alignment: the run two measures must share to be aligned
     * @param candidates documents found by text per document (besides those it cites)
     * @param textCache  memory for documents' texts and words kept between alignments
     * @param wordCache  memory for measure bodies split into words, kept by text so a copied body is split once
     */
    public record Lineage(double alignmentThreshold, int anchorWords, int candidates, DataSize textCache, DataSize wordCache,
                          Continuation continuation) {
        public Lineage {
            if (continuation == null) continuation = new Continuation(0.6, 0.6);
        }
    }

    /**
     * When a place's later document continues an earlier one on the same subject.
     *
     * @param titleSimilarity lowest character-bigram Dice of the two titles (years, periods, draft markers and a
     *                        notice's wrapper taken out) when both have a title
     * @param subjectOverlap  lowest share of the certificate types the one of the two naming fewer is about that the other is
     *                        about too (the overlap coefficient, at least three shared), when either has no title
     */
    public record Continuation(double titleSimilarity, double subjectOverlap) {}

    /**
     * @param adminAddresses  client addresses (CIDR) from which admin operations are accepted
     * @param maxFailures     failed authentications from one address within failureWindow before it gets 429
     * @param failureWindow   how long failures count, and how long an address is refused once over maxFailures
     * @param loadAllowed     IRI prefixes SPARQL LOAD may read from (http/https only; file: never)
     */
    public record Security(String adminUsername, String adminPassword, List<String> adminAddresses, int maxFailures,
                           Duration failureWindow, List<String> loadAllowed, List<Curator> curators) {
        public Security {
            curators = curators == null ? List.of() : List.copyOf(curators);
        }

        /**
         * A curator's account: the password as Spring Security's encoders store it ({bcrypt}$2a$…),
         * never in plain text ({@code hash-password} on the command line writes one).
         */
        public record Curator(String username, String password) {}

        public boolean adminEnabled() {
            return adminUsername != null && !adminUsername.isBlank() && adminPassword != null && !adminPassword.isBlank();
        }
    }

    /**
     * @param maxDocumentSize the largest file accepted
     * @param limits          what one document may produce
     * @param read            limits of reading one file (pages, OCR pages, time) and the OCR program
     */
    public record Ingest(DataSize maxDocumentSize, Limits limits, org.policylineage.read.ReadSettings read) {
        public Ingest {
            if (read == null) read = org.policylineage.read.ReadSettings.defaults();
        }

        /** The same limits without a size limit: the bench ingests files it generated itself. */
        public Ingest withoutSizeLimit() {
            return new Ingest(DataSize.ofBytes(Long.MAX_VALUE), limits, read);
        }
    }

    /**
     * How the dataset is published, as its DCAT description states it to catalogues and data portals.
     *
     * @param licence       IRI of the licence the data is offered under
     * @param publisherName who publishes this deployment's data (foaf:name of the dcat:Catalog's publisher)
     * @param publisherIri  the publisher's IRI; empty: the deployment's base IRI
     * @param contactEmail  where questions about the data go (dcat:contactPoint); empty: none stated
     */
    public record Publication(String licence, String publisherName, String publisherIri, String contactEmail, List<String> keywords) {
        public Publication {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            if (licence == null || licence.isBlank()) licence = "https://creativecommons.org/licenses/by/4.0/";
            if (publisherName == null || publisherName.isBlank()) publisherName = "policy-lineage";
            if (publisherIri == null) publisherIri = "";
            if (contactEmail == null) contactEmail = "";
        }
    }

    /**
     * What one document may produce; beyond it the rest is not read, and the outcome's warnings say
     * so. One 19 MB document once made a million quads and a document page that ran out of memory.
     *
     * @param measures numbered measures (and sections)
     * @param targets  targets, over all its measures
     * @param mentions agencies named responsible and certificate types named, over all its measures
     * @param citations documents cited
     */
    public record Limits(int measures, int targets, int mentions, int citations) {}

    /**
     * Reads the settings outside Spring (the command line) in the order Spring Boot reads them for
     * the service, so {@code serve} and {@code ingest} given the same settings read the same values:
     * command-line overrides, Java system properties ({@code -D}), environment variables,
     * ./config/application.yml, ./application.yml, then the bundled application.yml.
     */
    public static Settings load(Map<String, Object> overrides) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("overrides", overrides));
        StandardEnvironment system = new StandardEnvironment();
        sources.addLast(system.getPropertySources().get(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME));
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new java.util.HashMap<String, Object>(System.getenv())));
        List<PropertySource<?>> yaml = new ArrayList<>();
        try {
            YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
            for (String local : List.of("config/application.yml", "application.yml")) {
                FileSystemResource file = new FileSystemResource(local);
                if (file.exists()) yaml.addAll(loader.load(local, file));
            }
            yaml.addAll(loader.load("bundled", new ClassPathResource("application.yml")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read application.yml: " + e.getMessage(), e);
        }
        yaml.forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources)).bind("policy-lineage", Settings.class)
                .orElseThrow(() -> new IllegalStateException("application.yml has no policy-lineage settings"));
    }
}
