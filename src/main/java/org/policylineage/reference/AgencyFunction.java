package org.policylineage.reference;

import java.util.List;

/** What an agency does, with the names an agency of this function has at each level. */
public record AgencyFunction(String code, String nameEn, String nameNational, String nameProvincial,
                             String nameLocal, List<String> suffixes, List<String> templates) {

    /** The full name of this function's agency in a region: 连云港市 + 市场监督管理局, or 南京 + 海关. */
    public String nameIn(Region region) {
        String pattern = switch (region.level()) {
            case "country" -> nameNational;
            case "province" -> nameProvincial;
            default -> nameLocal;
        };
        if (region.level().equals("country")) return pattern;
        String shortName = region.aliases().isEmpty() ? region.name() : region.aliases().get(0);
        return pattern.contains("{S}") ? pattern.replace("{S}", shortName) : region.name() + pattern;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String code;
        private String nameEn;
        private String nameNational;
        private String nameProvincial;
        private String nameLocal;
        private List<String> suffixes;
        private List<String> templates;

        private Builder() {}

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        public Builder nameNational(String nameNational) {
            this.nameNational = nameNational;
            return this;
        }

        public Builder nameProvincial(String nameProvincial) {
            this.nameProvincial = nameProvincial;
            return this;
        }

        public Builder nameLocal(String nameLocal) {
            this.nameLocal = nameLocal;
            return this;
        }

        public Builder suffixes(List<String> suffixes) {
            this.suffixes = suffixes;
            return this;
        }

        public Builder templates(List<String> templates) {
            this.templates = templates;
            return this;
        }

        public AgencyFunction build() {
            return new AgencyFunction(code, nameEn, nameNational, nameProvincial, nameLocal, suffixes, templates);
        }
    }
}
