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
}
