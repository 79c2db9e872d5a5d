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

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String slug;
        private String name;
        private List<String> aliases;
        private String nameEn;
        private String level;
        private String parentSlug;
        private String code;
        private String abbreviation;
        private List<String> memberOf;

        private Builder() {}

        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder aliases(List<String> aliases) {
            this.aliases = aliases;
            return this;
        }

        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        public Builder level(String level) {
            this.level = level;
            return this;
        }

        public Builder parentSlug(String parentSlug) {
            this.parentSlug = parentSlug;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder abbreviation(String abbreviation) {
            this.abbreviation = abbreviation;
            return this;
        }

        public Builder memberOf(List<String> memberOf) {
            this.memberOf = memberOf;
            return this;
        }

        public Region build() {
            return new Region(slug, name, aliases, nameEn, level, parentSlug, code, abbreviation, memberOf);
        }
    }
}
