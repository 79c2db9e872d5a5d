package org.policylineage.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves agency names as documents write them (市发改委, 省市场监管局, 人行市中心支行, 南京海关) to a
 * function in a region, reading relative names against the jurisdiction of the document.
 */
public final class AgencyResolver {
    private record Suffix(String text, AgencyFunction function) {}
    private record Template(Pattern pattern, AgencyFunction function) {}

    private final RegionDirectory regions;
    private final List<AgencyFunction> functions;
    private final List<Suffix> suffixes = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();
    /**
     * The characters an agency name can end with (of a suffix, a template, a national name), or null when
     * a template ends with its region part; a cheap refusal for the many substrings splitNames tries.
     */
    private final Set<Character> lastCharacters;

    AgencyResolver(RegionDirectory regions, List<AgencyFunction> functions) {
        this.regions = regions;
        this.functions = List.copyOf(functions);
        for (AgencyFunction f : functions) {
            for (String s : f.suffixes()) suffixes.add(new Suffix(s, f));
            for (String t : f.templates()) {
                String regex = Pattern.quote(t).replace("{R}", "\\E(.{1,12}?)\\Q");
                templates.add(new Template(Pattern.compile(regex), f));
            }
        }
        suffixes.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
        lastCharacters = lastCharacters(functions);
    }

    private static Set<Character> lastCharacters(List<AgencyFunction> functions) {
        Set<Character> last = new HashSet<>();
        for (AgencyFunction f : functions) {
            for (String t : f.templates()) {
                if (t.endsWith("{R}")) return null;
                last.add(t.charAt(t.length() - 1));
            }
            for (String s : f.suffixes()) last.add(s.charAt(s.length() - 1));
            if (f.nameNational() != null && !f.nameNational().isEmpty()) {
                last.add(f.nameNational().charAt(f.nameNational().length() - 1));
            }
        }
        return Set.copyOf(last);
    }

    static List<AgencyFunction> loadFunctions() {
        List<AgencyFunction> out = new ArrayList<>();
        for (Map<String, String> row : Resources.csv("reference/agency-functions.csv")) {
            out.add(AgencyFunction.builder().code(row.get("code")).nameEn(row.get("name_en"))
                    .nameNational(row.get("name_national")).nameProvincial(row.get("name_provincial"))
                    .nameLocal(row.get("name_local")).suffixes(Resources.split(row.get("suffixes")))
                    .templates(Resources.split(row.get("templates"))).build());
        }
        return out;
    }

    public List<AgencyFunction> functions() { return functions; }

    public Optional<AgencyFunction> function(String code) {
        return functions.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /**
     * Resolves one agency name.
     *
     * @param context the jurisdiction of the document the name appears in; relative names (市…, 省…)
     *                resolve against it, and without it they stay unresolved
     */
    public Optional<ResolvedAgency> resolve(String asWritten, Region context) {
        String name = clean(asWritten);
        if (name.isEmpty()) return Optional.empty();
        Region china = regions.bySlug("china").orElseThrow();
        for (AgencyFunction f : functions) {
            if (name.equals(f.nameNational())) return Optional.of(new ResolvedAgency(f, china, asWritten));
        }
        for (Suffix s : suffixes) {
            if (name.endsWith(s.text())) {
                Optional<Region> r = regionPart(name.substring(0, name.length() - s.text().length()), context);
                if (r.isPresent()) return Optional.of(new ResolvedAgency(s.function(), r.get(), asWritten));
            }
        }
        for (Template t : templates) {
            Matcher m = t.pattern().matcher(name);
            if (m.matches()) {
                Optional<Region> r = m.groupCount() == 0 ? Optional.of(china) : regionPart(m.group(1), context);
                if (r.isPresent()) return Optional.of(new ResolvedAgency(t.function(), r.get(), asWritten));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text is an agency name: a function suffix or template after a region part that is
     * empty, a relative marker or a known region, so relative names count without a jurisdiction.
     */
    public boolean isAgencyName(String text) {
        String name = clean(text);
        if (name.isEmpty()) return false;
        if (lastCharacters != null && !lastCharacters.contains(name.charAt(name.length() - 1))) return false;
        if (functions.stream().anyMatch(f -> name.equals(f.nameNational()))) return true;
        for (Suffix s : suffixes) {
            if (name.endsWith(s.text()) && isRegionPart(name.substring(0, name.length() - s.text().length()))) return true;
        }
        for (Template t : templates) {
            Matcher m = t.pattern().matcher(name);
            if (m.matches() && (m.groupCount() == 0 || isRegionPart(m.group(1)))) return true;
        }
        return false;
    }

    private boolean isRegionPart(String part) {
        String p = part.endsWith("地区") ? part.substring(0, part.length() - 2) : part;
        return switch (p) {
            case "", "国家", "中央", "省", "市", "县", "区", "县区", "市县", "市区" -> true;
            default -> regions.byName(p).or(() -> regions.byName(p + "市")).or(() -> regions.byName(p + "省"))
                    .filter(r -> !r.isGrouping()).isPresent();
        };
    }

    /**
     * Splits a run of agency names written without separators (省市场监管局省发展改革委…) into names,
     * or returns empty when the run is not made only of agency names.
     */
    public Optional<List<String>> splitNames(String run) {
        String s = clean(run);
        int n = s.length();
        if (n == 0 || n > 600) return Optional.empty();
        int[] next = new int[n + 1];
        boolean[] ok = new boolean[n + 1];
        ok[n] = true;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = Math.min(n, i + 24); j > i + 1; j--) {
                if (ok[j] && isAgencyName(s.substring(i, j)) && !s.substring(i, j).isEmpty()
                        && !isRegionOnly(s.substring(i, j))) {
                    ok[i] = true;
                    next[i] = j;
                    break;
                }
            }
        }
        if (!ok[0]) return Optional.empty();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i = next[i]) names.add(s.substring(i, next[i]));
        return Optional.of(names);
    }

    /** A bare relative marker or region name is not an agency (市 alone, 江苏省 alone). */
    private boolean isRegionOnly(String s) {
        return isRegionPart(s);
    }

    private Optional<Region> regionPart(String part, Region context) {
        String p = part.endsWith("地区") ? part.substring(0, part.length() - 2) : part;
        switch (p) {
            case "" -> { return Optional.ofNullable(context); }
            case "国家", "中央" -> { return regions.bySlug("china"); }
            case "省" -> { return context == null ? Optional.empty() : regions.enclosing(context, "province"); }
            case "市" -> { return context == null ? Optional.empty() : regions.enclosing(context, "city"); }
            case "县", "区", "县区", "市县", "市区" -> {
                return context == null ? Optional.empty() : regions.enclosing(context, "county");
            }
            default -> {
                Optional<Region> r = regions.byName(p);
                if (r.isEmpty()) r = regions.byName(p + "市");
                if (r.isEmpty()) r = regions.byName(p + "省");
                return r.filter(x -> !x.isGrouping());
            }
        }
    }

    /** A name as written, without white space, list punctuation or a trailing 等部门. */
    public static String cleanName(String s) {
        return clean(s);
    }

    /** Most names asked about have nothing to clean: no space, no punctuation at either end, no 等 at the end. */
    private static boolean isClean(String s) {
        if (s.isEmpty()) return true;
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000') return false;
        return "、，,；;：:".indexOf(s.charAt(0)) < 0 && "、，,；;：:。等".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[、，,；;：:]+|[、，,；;：:。]+$");
    private static final Pattern TRAILING_ET_CETERA = Pattern.compile("(等部门|等单位|等)$");

    static String clean(String s) {
        if (isClean(s)) return s;
        String t = SPACE.matcher(s.strip()).replaceAll("");
        t = EDGE_PUNCTUATION.matcher(t).replaceAll("");
        return TRAILING_ET_CETERA.matcher(t).replaceAll("");
    }
}
