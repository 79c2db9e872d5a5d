package org.policylineage.extract;

import java.util.Optional;

import org.policylineage.reference.Region;

/**
 * The region a document governs and its level, with the evidence they were read from.
 *
 * @param level national, regional, provincial, municipal or county
 */
record Jurisdiction(Optional<Region> region, Optional<String> level, Optional<String> evidence) {

    static Jurisdiction unknown() {
        return new Jurisdiction(Optional.empty(), Optional.empty(), Optional.empty());
    }

    static String levelOf(Region r) {
        return switch (r.level()) {
            case "country" -> "national";
            case "province" -> "provincial";
            case "city" -> "municipal";
            case "grouping" -> "regional";
            default -> "county";
        };
    }
}
