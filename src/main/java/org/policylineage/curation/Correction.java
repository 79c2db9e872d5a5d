package org.policylineage.curation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policylineage.vocab.CurationAction;

/**
 * One correction as stored: who ({@code curator}) did what ({@code action}) to which fact
 * ({@code target}, of {@code kind}, read from the words {@code quote} when it was made; for a link,
 * {@code ends} are the two things it links), with what values, why ({@code note}), when, and what it
 * replaced. {@code appliesTo} is what it applies to now, empty when it is orphaned.
 */
public record Correction(String iri, CurationAction action, CuratedKind kind, String target, Optional<String> quote,
                         List<String> ends, Map<String, String> values, String note, String curator, Instant time,
                         List<Replaced> replaced, Optional<String> appliesTo, boolean orphaned) {

    /** A statement stored when the correction was made that it supersedes. */
    public record Replaced(String subject, String predicate, String object) {}

    public Correction {
        ends = List.copyOf(ends);
        values = Map.copyOf(values);
        replaced = List.copyOf(replaced);
    }

    public static Builder builder() { return new Builder(); }

    /** The same correction, found to apply to {@code resource}, or orphaned when empty. */
    Correction resolved(Optional<String> resource) {
        return new Correction(iri, action, kind, target, quote, ends, values, note, curator, time, replaced, resource, resource.isEmpty());
    }

    public static final class Builder {
        private String iri;
        private CurationAction action;
        private CuratedKind kind;
        private String target;
        private String quote;
        private List<String> ends = List.of();
        private Map<String, String> values = Map.of();
        private String note;
        private String curator;
        private Instant time;
        private List<Replaced> replaced = List.of();

        public Builder iri(String iri) { this.iri = iri; return this; }
        public Builder action(CurationAction action) { this.action = action; return this; }
        public Builder kind(CuratedKind kind) { this.kind = kind; return this; }
        public Builder target(String target) { this.target = target; return this; }
        public Builder quote(String quote) { this.quote = quote; return this; }
        public Builder ends(List<String> ends) { this.ends = ends; return this; }
        public Builder values(Map<String, String> values) { this.values = values; return this; }
        public Builder note(String note) { this.note = note; return this; }
        public Builder curator(String curator) { this.curator = curator; return this; }
        public Builder time(Instant time) { this.time = time; return this; }
        public Builder replaced(List<Replaced> replaced) { this.replaced = replaced; return this; }

        public Correction build() {
            return new Correction(iri, action, kind, target, Optional.ofNullable(quote), ends, values, note, curator, time, replaced,
                    Optional.empty(), false);
        }
    }
}
