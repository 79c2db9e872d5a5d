package org.policylineage.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.reference.RegionDirectory;
import org.policylineage.reference.ResolvedAgency;
import org.policylineage.vocab.DocumentLevel;

/**
 * Decides a document's jurisdiction from strong evidence only: its document number's issuer code,
 * its issuers, a region name heading its title, or, for a text with none of these, place names that
 * all lie in one city of a text that speaks of itself as a city's (我市, 全市, 市… agencies).
 */
final class JurisdictionReader {
    private static final Pattern RELATIVE_AGENCY = Pattern.compile("[（、，](市|省|县|区)[\\p{IsHan}]{1,12}?(局|委|厅|办|中心)");
    private static final Pattern SELF_CITY = Pattern.compile("我市|全市|本市");
    private static final Pattern SELF_PROVINCE = Pattern.compile("我省|全省|本省");
    private static final int MIN_PLACE_MENTIONS = 3;
    private static final int MIN_DISTINCT_PLACES = 2;

    private final ReferenceData reference;

    JurisdictionReader(ReferenceData reference) {
        this.reference = reference;
    }

    Jurisdiction read(FrontMatter front, String text) {
        RegionDirectory regions = reference.regions();
        if (front.number().isPresent()) {
            var issuer = reference.issuerCodes().lookup(front.number().get().issuerCode());
            if (issuer.isPresent()) {
                Region r = issuer.get().region();
                return new Jurisdiction(Optional.of(r), Optional.of(r.documentLevel()),
                        Optional.of("issuer code " + issuer.get().code() + " of the document number"));
            }
        }
        Set<Region> issuerRegions = new LinkedHashSet<>();
        for (String name : front.issuerNames()) {
            reference.agencies().resolve(name, null).map(ResolvedAgency::region).ifPresent(issuerRegions::add);
        }
        if (issuerRegions.size() == 1) {
            Region r = issuerRegions.iterator().next();
            return new Jurisdiction(Optional.of(r), Optional.of(r.documentLevel()),
                    Optional.of("issuer " + String.join("、", front.issuerNames())));
        }
        if (issuerRegions.size() > 1) {
            List<Region> groupings = regions.groupingsContaining(issuerRegions);
            if (!groupings.isEmpty()) {
                Region g = groupings.stream().min((a, b) -> regions.members(a).size() - regions.members(b).size()).get();
                return new Jurisdiction(Optional.of(g), Optional.of(DocumentLevel.REGIONAL),
                        Optional.of("joint issuers " + String.join("、", front.issuerNames()) + " are the members of " + g.name()));
            }
        }
        for (String title : titles(front)) {
            List<RegionDirectory.Mention> m = regions.mentions(title);
            if (!m.isEmpty() && m.get(0).start() == 0 && !m.get(0).region().isGrouping()) {
                Region r = m.get(0).region();
                return new Jurisdiction(Optional.of(r), Optional.of(r.documentLevel()),
                        Optional.of("title begins with " + title.substring(0, m.get(0).end())));
            }
        }
        return fromPlaceNames(text);
    }

    private static List<String> titles(FrontMatter front) {
        List<String> out = new ArrayList<>();
        front.title().ifPresent(out::add);
        front.embedded().forEach(e -> out.add(e.title()));
        return out;
    }

    /** A city whose places the text names again and again, in a text that speaks as a city. */
    private Jurisdiction fromPlaceNames(String text) {
        RegionDirectory regions = reference.regions();
        boolean speaksAsCity = SELF_CITY.matcher(text).find() || countRelative(text, "市") > countRelative(text, "省");
        boolean speaksAsProvince = SELF_PROVINCE.matcher(text).find() || countRelative(text, "省") > countRelative(text, "市");
        Map<Region, List<String>> byCity = new LinkedHashMap<>();
        int attributable = 0;
        for (RegionDirectory.Mention m : regions.mentions(text)) {
            Optional<Region> city = regions.enclosing(m.region(), "city");
            if (city.isEmpty()) continue;
            attributable++;
            byCity.computeIfAbsent(city.get(), c -> new ArrayList<>()).add(m.region().name());
        }
        Optional<DocumentLevel> level = speaksAsCity ? Optional.of(DocumentLevel.MUNICIPAL) : speaksAsProvince ? Optional.of(DocumentLevel.PROVINCIAL) : Optional.empty();
        if (speaksAsCity) {
            for (var e : byCity.entrySet()) {
                List<String> places = e.getValue();
                long distinct = places.stream().distinct().count();
                if (places.size() >= MIN_PLACE_MENTIONS && distinct >= MIN_DISTINCT_PLACES && places.size() * 4 >= attributable * 3) {
                    return new Jurisdiction(Optional.of(e.getKey()), Optional.of(DocumentLevel.MUNICIPAL), Optional.of(
                            "inferred: the text speaks of 我市/市 agencies and names " + places.size() + " places, all in "
                                    + e.getKey().name() + " (" + String.join("、", new LinkedHashSet<>(places)) + ")"));
                }
            }
        }
        return new Jurisdiction(Optional.empty(), level,
                level.map(l -> "level inferred from how the text names itself and its agencies"));
    }

    private static int countRelative(String text, String marker) {
        Matcher m = RELATIVE_AGENCY.matcher(text);
        int n = 0;
        while (m.find()) if (m.group(1).equals(marker)) n++;
        return n;
    }
}
