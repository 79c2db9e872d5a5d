package org.policylineage.reference;

import java.util.List;

import org.policylineage.vocab.DocumentLevel;

/**
 * An administrative division or a cross-border grouping.
 *
 * @param level country, province, city, county, zone or grouping
 * @param abbreviation the one-character name used in document numbers (苏), read only there
 */
public record Region(String slug, String name, List<String> aliases, String nameEn, String level,
                     String parentSlug, String code, String abbreviation, List<String> memberOf) {

    public boolean isGrouping() { return level.equals("grouping"); }

    /** The level of government of a document this region issues or governs. */
    public DocumentLevel documentLevel() {
        return switch (level) {
            case "country" -> DocumentLevel.NATIONAL;
            case "province" -> DocumentLevel.PROVINCIAL;
            case "city" -> DocumentLevel.MUNICIPAL;
            case "grouping" -> DocumentLevel.REGIONAL;
            default -> DocumentLevel.COUNTY;
        };
    }

    /** Every name the region is known by in text. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
