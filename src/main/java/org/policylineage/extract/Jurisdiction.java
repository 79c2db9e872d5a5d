package org.policylineage.extract;

import java.util.Optional;

import org.policylineage.reference.Region;
import org.policylineage.vocab.DocumentLevel;

/** The region a document governs and its level, with the evidence they were read from. */
record Jurisdiction(Optional<Region> region, Optional<DocumentLevel> level, Optional<String> evidence) {

    static Jurisdiction unknown() {
        return new Jurisdiction(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
