package org.policylineage.ingest;

import java.time.Clock;
import java.util.Objects;

import org.policylineage.Settings;
import org.policylineage.curation.Curation;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.store.PolicyStore;

/**
 * What writes one store, wired in one place for the service, the command line, the bench and the
 * tests: the {@link Ingester} and the {@link LineageGraph} on that store, with one IRI scheme and one
 * set of reference data, so no caller can give the two different ones.
 *
 * <p>{@code Ingestion.on(store).settings(settings).build()}; {@code ingest(…)} and {@code lineage(…)}
 * replace the settings of one part (the bench ingests without a size limit, a test tries thresholds).
 */
public final class Ingestion {
    private final PolicyStore store;
    private final IriScheme iris;
    private final ReferenceData reference;
    private final Ingester ingester;
    private final LineageGraph lineage;
    private final Curation curation;

    private Ingestion(Builder b) {
        this.store = b.store;
        this.iris = new IriScheme(b.settings.baseIri(), b.reference);
        this.reference = b.reference;
        this.ingester = new Ingester(store, reference, iris, b.clock, b.ingest != null ? b.ingest : b.settings.ingest());
        // The corrected view is installed before anything reads the store, and lineage works it out anew before each rebuild.
        this.curation = new Curation(store, iris, b.clock);
        curation.refresh();
        this.lineage = new LineageGraph(store, iris, b.lineage != null ? b.lineage : b.settings.lineage(), curation);
    }

    public static Builder on(PolicyStore store) {
        return new Builder(store);
    }

    public PolicyStore store() { return store; }

    public IriScheme iris() { return iris; }

    public ReferenceData reference() { return reference; }

    public Ingester ingester() { return ingester; }

    public LineageGraph lineage() { return lineage; }

    /** Curators' corrections of this store. */
    public Curation curation() { return curation; }

    /** The settings of one store's ingestion: all of them from {@link Settings}, a part of them replaced if asked. */
    public static final class Builder {
        private final PolicyStore store;
        private Settings settings;
        private Settings.Ingest ingest;
        private Settings.Lineage lineage;
        private ReferenceData reference = ReferenceData.bundled();
        private Clock clock = Clock.systemUTC();

        private Builder(PolicyStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The base IRI and the settings of ingestion and lineage. */
        public Builder settings(Settings settings) {
            this.settings = settings;
            return this;
        }

        /** Ingestion's settings instead of those of {@link #settings}. */
        public Builder ingest(Settings.Ingest ingest) {
            this.ingest = ingest;
            return this;
        }

        /** Lineage's settings instead of those of {@link #settings}. */
        public Builder lineage(Settings.Lineage lineage) {
            this.lineage = lineage;
            return this;
        }

        /** Reference data other than the bundled one. */
        public Builder reference(ReferenceData reference) {
            this.reference = reference;
            return this;
        }

        /** The clock ingests are dated by (the system's, in UTC, unless a test fixes it). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Ingestion build() {
            Objects.requireNonNull(settings, "settings: the base IRI comes from them");
            return new Ingestion(this);
        }
    }
}
