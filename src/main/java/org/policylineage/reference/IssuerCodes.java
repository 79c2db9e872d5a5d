package org.policylineage.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who issues under each document-number code (国发, 苏政办发, 连政办发, …) and for which region. */
public final class IssuerCodes {
    /** A code read as issued by a province: its abbreviation, then a government or general-office form. */
    private static final Pattern PROVINCIAL = Pattern.compile("^(\\p{IsHan})(政发|政规|政办发|政办规|政办函|政函)$");

    /** The issuer behind a code. */
    public record Issuer(String code, Region region, AgencyFunction function) {}

    private final Map<String, Issuer> byCode = new HashMap<>();
    private final Map<String, Region> provinceByAbbreviation = new HashMap<>();
    private final AgencyResolver agencies;

    IssuerCodes(RegionDirectory regions, AgencyResolver agencies) {
        this.agencies = agencies;
        for (Map<String, String> row : Resources.csv("reference/issuer-codes.csv")) {
            Region region = regions.bySlug(row.get("region"))
                    .orElseThrow(() -> new IllegalStateException("issuer-codes.csv: unknown region " + row.get("region")));
            AgencyFunction f = agencies.function(row.get("function"))
                    .orElseThrow(() -> new IllegalStateException("issuer-codes.csv: unknown function " + row.get("function")));
            byCode.put(row.get("code"), new Issuer(row.get("code"), region, f));
        }
        for (Region r : regions.all()) {
            if (r.level().equals("province") && !r.abbreviation().isEmpty()) provinceByAbbreviation.put(r.abbreviation(), r);
        }
    }

    public Optional<Issuer> lookup(String code) {
        Issuer exact = byCode.get(code);
        if (exact != null) return Optional.of(exact);
        Matcher m = PROVINCIAL.matcher(code);
        if (m.matches() && provinceByAbbreviation.containsKey(m.group(1))) {
            String fn = m.group(2).startsWith("政办") ? "general-office" : "government";
            return Optional.of(new Issuer(code, provinceByAbbreviation.get(m.group(1)), agencies.function(fn).orElseThrow()));
        }
        return Optional.empty();
    }
}
