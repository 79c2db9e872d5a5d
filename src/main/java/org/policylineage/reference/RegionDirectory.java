package org.policylineage.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/** The regions of {@code regions.csv}: lookup by name, the chain of parents, and place names in text. */
public final class RegionDirectory {
    private final Map<String, Region> bySlug = new LinkedHashMap<>();
    private final Map<String, Region> byName = new HashMap<>();
    private final AhoCorasickDoubleArrayTrie<Region> names = new AhoCorasickDoubleArrayTrie<>();

    RegionDirectory(List<Region> regions) {
        for (Region r : regions) bySlug.put(r.slug(), r);
        TreeMap<String, Region> dictionary = new TreeMap<>();
        for (Region r : regions) {
            for (String n : r.names()) {
                byName.putIfAbsent(n, r);
                // 国家 and 全国 name China as a level, not as a place a text is about.
                if (n.length() >= 2 && !r.level().equals("country")) dictionary.putIfAbsent(n, r);
            }
        }
        names.build(dictionary);
    }

    static RegionDirectory load() {
        List<Region> regions = new ArrayList<>();
        for (Map<String, String> row : Resources.csv("reference/regions.csv")) {
            regions.add(Region.builder().slug(row.get("slug")).name(row.get("name"))
                    .aliases(Resources.split(row.get("aliases"))).nameEn(row.get("name_en")).level(row.get("level"))
                    .parentSlug(row.get("parent")).code(row.get("code")).abbreviation(row.get("abbreviation"))
                    .memberOf(Resources.split(row.get("members"))).build());
        }
        return new RegionDirectory(regions);
    }

    public Collection<Region> all() { return bySlug.values(); }

    public Optional<Region> bySlug(String slug) { return Optional.ofNullable(bySlug.get(slug)); }

    /** The region with exactly this name or alias. */
    public Optional<Region> byName(String name) { return Optional.ofNullable(byName.get(name)); }

    public Optional<Region> parent(Region r) { return bySlug(r.parentSlug()); }

    /** The region itself or its nearest ancestor at the given level (province, city, county). */
    public Optional<Region> enclosing(Region r, String level) {
        Region at = r;
        while (at != null) {
            if (at.level().equals(level)) return Optional.of(at);
            at = bySlug.get(at.parentSlug());
        }
        return Optional.empty();
    }

    /** Whether {@code inner} is {@code outer} or lies within it. */
    public boolean within(Region inner, Region outer) {
        Region at = inner;
        while (at != null) {
            if (at.slug().equals(outer.slug())) return true;
            at = bySlug.get(at.parentSlug());
        }
        return false;
    }

    /** The groupings whose members are exactly, or include all of, the given regions. */
    public List<Region> groupingsContaining(Collection<Region> regions) {
        List<Region> out = new ArrayList<>();
        for (Region g : bySlug.values()) {
            if (!g.isGrouping()) continue;
            if (regions.stream().allMatch(r -> r.memberOf().contains(g.slug()))) out.add(g);
        }
        return out;
    }

    /** Members of a grouping. */
    public List<Region> members(Region grouping) {
        return bySlug.values().stream().filter(r -> r.memberOf().contains(grouping.slug())).toList();
    }

    /** A place name found in text. */
    public record Mention(int start, int end, Region region) {}

    /** Every place name in the text, longest match first where names overlap. */
    public List<Mention> mentions(String text) {
        List<Mention> all = new ArrayList<>();
        names.parseText(text, (begin, end, region) -> all.add(new Mention(begin, end, region)));
        return LeftmostLongest.of(all, Mention::start, Mention::end);
    }
}
