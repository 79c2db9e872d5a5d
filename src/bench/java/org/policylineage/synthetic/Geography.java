package org.policylineage.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.policylineage.reference.Region;
import org.policylineage.reference.RegionDirectory;
import org.policylineage.vocab.DocumentLevel;

/**
 * The places synthetic documents are issued for: the country, its provinces as regions.csv lists them,
 * and generated cities and counties under them (districts directly under a province-level city).
 */
final class Geography {
    /** Administrative division codes from 710000 up are Taiwan, Hong Kong and Macao, which do not implement State Council documents. */
    private static final int FIRST_NON_MAINLAND_CODE = 710000;
    private static final int MIN_CITIES = 7, MAX_CITIES = 15;
    private static final int MIN_COUNTIES = 4, MAX_COUNTIES = 10;
    private static final int MIN_DISTRICTS = 8, MAX_DISTRICTS = 16;
    private static final double DISTRICT_SHARE = 0.3;

    /**
     * A place that issues documents.
     *
     * @param selfName  what the place calls itself in 全{selfName} and 我{selfName}: 国, 省, 市, 区, 县
     * @param unitName  the prefix of its agencies' short names: 省, 市, 自治区, 县, 区 (empty for the country)
     * @param code      the issuer-code character of its document numbers (苏 of 苏政办发)
     * @param area      for a province, the first digit of its division code, which names its part of the
     *                  country (3 for 华东); empty for other places
     */
    record Place(int id, String name, String shortName, DocumentLevel level, String selfName, String unitName, String code,
                 String area, int parent, List<Integer> children) {}

    private final List<Place> places = new ArrayList<>();
    private int[] descendants;

    private Geography() {}

    /** The country and mainland provinces of the directory, with cities and counties generated from the variant's random draws. */
    static Geography generate(RegionDirectory regions, Templates templates, SplittableRandom rng) {
        Geography g = new Geography();
        Set<String> knownNames = new HashSet<>();
        Set<Character> reservedCodes = new HashSet<>();
        for (Region r : regions.all()) {
            for (String n : r.names()) if (n.length() >= 2) knownNames.add(stripUnit(n));
            if (!r.abbreviation().isEmpty()) reservedCodes.add(r.abbreviation().charAt(0));
        }
        Region china = regions.all().stream().filter(r -> r.level().equals("country")).findFirst()
                .orElseThrow(() -> new IllegalStateException("regions.csv lists no country"));
        String countryShort = china.aliases().isEmpty() ? china.name() : china.aliases().get(0);
        Place country = g.add(china.name(), countryShort, DocumentLevel.NATIONAL, china.abbreviation(), "", china.abbreviation(), "", -1);
        String citySuffix = templates.placeCharacters("city");
        String countySuffix = templates.placeCharacters("county");
        String districtSuffix = templates.placeCharacters("district");
        NameMaker names = new NameMaker(templates.placeCharacters("first"), templates.placeCharacters("second"),
                knownNames, reservedCodes, rng);
        List<Region> provinces = regions.all().stream()
                .filter(r -> r.level().equals("province") && !r.abbreviation().isEmpty())
                .filter(r -> r.code().isEmpty() || Integer.parseInt(r.code()) < FIRST_NON_MAINLAND_CODE)
                .toList();
        for (Region r : provinces) {
            // A province-level city (北京市) speaks of 全市 and names 市 bureaus; an autonomous region of 全区
            // and 自治区 bureaus; a province of 全省 and 省 bureaus.
            boolean cityProvince = r.name().endsWith(citySuffix);
            boolean autonomous = r.name().endsWith("自治区");
            String self = cityProvince ? citySuffix : autonomous ? districtSuffix : "省";
            String unit = cityProvince ? citySuffix : autonomous ? "自治区" : "省";
            String shortName = r.aliases().isEmpty() ? r.name() : r.aliases().get(0);
            String area = r.code().isEmpty() ? "" : r.code().substring(0, 1);
            Place province = g.add(r.name(), shortName, DocumentLevel.PROVINCIAL, self, unit, r.abbreviation(), area, country.id());
            if (cityProvince) {
                int districts = between(rng, MIN_DISTRICTS, MAX_DISTRICTS);
                for (int i = 0; i < districts; i++) {
                    String n = names.next();
                    g.add(n + districtSuffix, n, DocumentLevel.COUNTY, districtSuffix, districtSuffix, n.substring(0, 1), "", province.id());
                }
                continue;
            }
            int cities = between(rng, MIN_CITIES, MAX_CITIES);
            for (int i = 0; i < cities; i++) {
                String cn = names.next();
                Place city = g.add(cn + citySuffix, cn, DocumentLevel.MUNICIPAL, citySuffix, citySuffix, cn.substring(0, 1), "", province.id());
                int counties = between(rng, MIN_COUNTIES, MAX_COUNTIES);
                for (int k = 0; k < counties; k++) {
                    String kn = names.next();
                    String suffix = rng.nextDouble() < DISTRICT_SHARE ? districtSuffix : countySuffix;
                    g.add(kn + suffix, kn, DocumentLevel.COUNTY, suffix, suffix, kn.substring(0, 1), "", city.id());
                }
            }
        }
        return g;
    }

    private Place add(String name, String shortName, DocumentLevel level, String self, String unit, String code, String area,
                      int parent) {
        Place p = new Place(places.size(), name, shortName, level, self, unit, code, area, parent, new ArrayList<>());
        places.add(p);
        if (parent >= 0) places.get(parent).children().add(p.id());
        return p;
    }

    Place place(int id) { return places.get(id); }

    Place country() { return places.get(0); }

    List<Place> all() { return places; }

    List<Place> provinces() {
        return country().children().stream().map(places::get).toList();
    }

    /** How many places lie below a place, at any depth. */
    int descendants(int id) {
        if (descendants == null) {
            // Children always come after their parent, so one backward pass adds up every subtree.
            descendants = new int[places.size()];
            for (int i = places.size() - 1; i > 0; i--) descendants[places.get(i).parent()] += 1 + descendants[i];
        }
        return descendants[id];
    }

    private static int between(SplittableRandom rng, int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }

    private static String stripUnit(String name) {
        return name.replaceAll("(省|市|县|区|自治区|特别行政区)$", "");
    }

    /** Two-character place names, each new, none containing a known region's name. */
    private static final class NameMaker {
        private final String first, second;
        private final Set<String> known;
        private final Set<String> used = new HashSet<>();
        private final SplittableRandom rng;

        NameMaker(String first, String second, Set<String> known, Set<Character> reservedCodes, SplittableRandom rng) {
            StringBuilder usable = new StringBuilder();
            for (char c : first.toCharArray()) if (!reservedCodes.contains(c)) usable.append(c);
            this.first = usable.toString();
            this.second = second;
            this.known = known;
            this.rng = rng;
        }

        String next() {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                char a = first.charAt(rng.nextInt(first.length()));
                char b = second.charAt(rng.nextInt(second.length()));
                String name = "" + a + b;
                if (a == b || used.contains(name) || clashes(name)) continue;
                used.add(name);
                return name;
            }
            throw new IllegalStateException("synthetic/place-names.tsv has too few characters for the places asked for");
        }

        private boolean clashes(String name) {
            for (String k : known) if (k.contains(name) || name.contains(k)) return true;
            return false;
        }
    }
}
