package org.policylineage.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.policylineage.vocab.DocumentLevel;

/** The wording synthetic documents are made of, read from the classpath folder {@code synthetic/}. */
final class Templates {
    static final String GENERAL_SECTION = "总体要求";
    static final String SAFEGUARD_SECTION = "保障措施";
    private static final Pattern SENTENCE = Pattern.compile("(?<=。)");

    /** A subject synthetic national documents are issued on. */
    record Theme(String code, List<String> stems, String regionalStem, String purpose) {}

    /** A measure of the pool: a numbered task of a real document, cleaned of local facts. */
    record PoolMeasure(int id, String theme, String section, String heading, List<String> sentences, List<String> agencies) {
        boolean isTask() { return !section.equals(GENERAL_SECTION) && !section.equals(SAFEGUARD_SECTION); }

        boolean fits(Theme t) { return theme.equals("*") || theme.equals(t.code()); }
    }

    /**
     * A quantitative target a document may set.
     *
     * @param form compare, verb or reduce (see targets.tsv)
     * @param word the comparator, the verb or the baseline year, by form
     */
    record TargetTemplate(int id, String theme, String indicator, String unit, String form, String word, String suffix,
                          double min, double max) {
        boolean isPercentage() { return unit.equals("%"); }
    }

    /**
     * Who issues documents at a level, and how (see issuers.tsv).
     *
     * @param code the issuer-code template, empty for documents without a 文号
     */
    record Issuer(String level, String function, double share, String name, String head, String code, List<String> kinds) {}

    private final List<Theme> themes = new ArrayList<>();
    private final List<Issuer> issuers = new ArrayList<>();
    private final List<PoolMeasure> measures = new ArrayList<>();
    private final List<TargetTemplate> targets = new ArrayList<>();
    private final Map<String, List<String>> synonyms = new LinkedHashMap<>();
    private final Map<String, List<String>> localPhrases = new LinkedHashMap<>();
    private final Map<String, String[]> agencyNames = new LinkedHashMap<>();
    private final Map<String, List<String>> phrases = new LinkedHashMap<>();
    private final Map<String, String> placeCharacters = new LinkedHashMap<>();

    private Templates() {
        for (String[] r : rows("themes.tsv", 4)) {
            themes.add(new Theme(r[0], List.of(r[1].split("\\|")), r[2], r[3]));
        }
        for (String[] r : rows("issuers.tsv", 7)) {
            issuers.add(new Issuer(r[0], r[1], Double.parseDouble(r[2]), r[3], r[4], r[5], List.of(r[6].split("\\|"))));
        }
        for (String[] r : rows("measures.tsv", 5)) {
            List<String> sentences = List.of(SENTENCE.split(r[3]));
            List<String> agencies = r[4].isEmpty() ? List.of() : List.of(r[4].split("\\|"));
            measures.add(new PoolMeasure(measures.size(), r[0], r[1], r[2], sentences, agencies));
        }
        for (String[] r : rows("targets.tsv", 8)) {
            targets.add(new TargetTemplate(targets.size(), r[0], r[1], r[2], r[3], r[4], r[5],
                    Double.parseDouble(r[6]), Double.parseDouble(r[7])));
        }
        for (String[] r : rows("synonyms.tsv", 2)) synonyms.put(r[0], List.of(r[1].split("\\|")));
        for (String[] r : rows("local-phrases.tsv", 2)) localPhrases.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        for (String[] r : rows("agencies.tsv", 4)) agencyNames.put(r[0], new String[] {r[1], r[2], r[3]});
        for (String[] r : rows("phrases.tsv", 2)) phrases.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
        for (String[] r : rows("place-names.tsv", 2)) placeCharacters.put(r[0], r[1]);
    }

    private static final class Holder {
        static final Templates BUNDLED = new Templates();
    }

    static Templates bundled() { return Holder.BUNDLED; }

    List<Theme> themes() { return themes; }

    List<PoolMeasure> measures() { return measures; }

    /** One of the issuers of a level, picked by their shares. */
    Issuer issuer(DocumentLevel level, SplittableRandom rng) {
        List<Issuer> options = issuers.stream().filter(i -> i.level().equals(level.notation())).toList();
        if (options.isEmpty()) throw new IllegalStateException("synthetic/issuers.tsv has no issuer for " + level.notation());
        double total = options.stream().mapToDouble(Issuer::share).sum();
        double x = rng.nextDouble() * total;
        for (Issuer i : options) {
            x -= i.share();
            if (x < 0) return i;
        }
        return options.get(options.size() - 1);
    }

    PoolMeasure measure(int id) { return measures.get(id); }

    List<TargetTemplate> targets() { return targets; }

    Map<String, List<String>> synonyms() { return synonyms; }

    List<String> localPrefixes() { return localPhrases.getOrDefault("prefix", List.of()); }

    List<String> localSentences() { return localPhrases.getOrDefault("sentence", List.of()); }

    /** An agency's name in a responsibility note at a level, or empty when the level has none. */
    String agencyName(String function, DocumentLevel level) {
        String[] names = agencyNames.get(function);
        if (names == null) return "";
        return switch (level) {
            case NATIONAL -> names[0];
            case PROVINCIAL -> names[1];
            default -> names[2];
        };
    }

    /** All values of a phrase key, in file order. */
    List<String> phrases(String key) {
        List<String> values = phrases.get(key);
        if (values == null) throw new IllegalStateException("synthetic/phrases.tsv has no " + key);
        return values;
    }

    /** The first value of a phrase key, for keys with one value. */
    String phrase(String key) {
        return phrases(key).get(0);
    }

    /** One value of a phrase key, or the fallback when the key is not listed. */
    String phraseOr(String key, String fallback, SplittableRandom rng) {
        return phrases.containsKey(key) ? phrase(key, rng) : fallback;
    }

    /** One value of a phrase key. */
    String phrase(String key, SplittableRandom rng) {
        List<String> values = phrases(key);
        return values.get(rng.nextInt(values.size()));
    }

    String placeCharacters(String position) {
        return placeCharacters.getOrDefault(position, "");
    }

    /**
     * The sections of a theme's documents in the order they stand: the general requirements, the
     * task sections in the order the pool lists them, the safeguards.
     */
    List<String> sectionOrder(Theme theme) {
        List<String> out = new ArrayList<>();
        out.add(GENERAL_SECTION);
        for (PoolMeasure m : measures) {
            if (m.fits(theme) && m.isTask() && !out.contains(m.section())) out.add(m.section());
        }
        out.add(SAFEGUARD_SECTION);
        return out;
    }

    /** Rows of a tab-separated file with a header row, comments (#) and blank lines skipped. */
    private static List<String[]> rows(String file, int fields) {
        String path = "synthetic/" + file;
        String text;
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + path);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != fields) throw new IllegalStateException(path + ": expected " + fields + " fields: " + line);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            out.add(cells);
        }
        return out;
    }
}
