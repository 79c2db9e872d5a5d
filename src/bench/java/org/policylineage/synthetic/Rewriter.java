package org.policylineage.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rewrites a measure the way a lower government adapts its parent's text: words replaced by synonyms,
 * sentences reordered, local phrases inserted.
 */
final class Rewriter {
    private static final double HEADING_SYNONYM = 0.3;
    private static final double PREFIX_NOT_SENTENCE = 0.5;

    /** Where the text is being adapted for: the place's short name (临澜) and places below it (never empty). */
    record Locale(String shortName, List<String> below) {}

    /** A rewritten measure and the edits that made it. */
    record Result(String heading, List<String> sentences, int targetsAt, List<String> edits) {}

    private final Templates templates;

    Rewriter(Templates templates) {
        this.templates = templates;
    }

    /** One to three edits, at least one of which changes the text. */
    Result rewrite(String heading, List<String> sentences, int targetsAt, Locale locale, SplittableRandom rng) {
        String h = heading;
        List<String> s = new ArrayList<>(sentences);
        int at = targetsAt;
        List<String> edits = new ArrayList<>();
        int wanted = 1 + rng.nextInt(3);
        for (int attempt = 0; attempt < 6 && edits.size() < wanted; attempt++) {
            switch (rng.nextInt(3)) {
                case 0 -> {
                    if (edits.contains("synonym")) continue;
                    String oldHeading = h;
                    if (rng.nextDouble() < HEADING_SYNONYM) h = substitute(h, rng);
                    int i = rng.nextInt(s.size());
                    String old = s.get(i);
                    s.set(i, substitute(old, rng));
                    if (!h.equals(oldHeading) || !s.get(i).equals(old)) edits.add("synonym");
                }
                case 1 -> {
                    if (edits.contains("reorder") || s.size() < 2) continue;
                    int i = rng.nextInt(s.size() - 1);
                    String t = s.get(i);
                    s.set(i, s.get(i + 1));
                    s.set(i + 1, t);
                    edits.add("reorder");
                }
                default -> {
                    if (edits.contains("insert")) continue;
                    at = insertLocal(s, at, locale, rng);
                    edits.add("insert");
                }
            }
        }
        if (edits.isEmpty()) {
            at = insertLocal(s, at, locale, rng);
            edits.add("insert");
        }
        return new Result(h, List.copyOf(s), at, List.copyOf(edits));
    }

    /** Adds a local phrase to the sentences; returns where the targets now stand. */
    int insertLocal(List<String> s, int targetsAt, Locale locale, SplittableRandom rng) {
        List<String> prefixes = templates.localPrefixes();
        List<String> whole = templates.localSentences();
        if (!prefixes.isEmpty() && (whole.isEmpty() || rng.nextDouble() < PREFIX_NOT_SENTENCE)) {
            int i = rng.nextInt(s.size());
            s.set(i, fill(prefixes.get(rng.nextInt(prefixes.size())), locale, rng) + s.get(i));
            return targetsAt;
        }
        int i = rng.nextInt(s.size() + 1);
        s.add(i, fill(whole.get(rng.nextInt(whole.size())), locale, rng));
        return i <= targetsAt ? targetsAt + 1 : targetsAt;
    }

    /** Replaces one word that has a synonym, if the text holds any. */
    private String substitute(String text, SplittableRandom rng) {
        List<Map.Entry<String, List<String>>> present = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : templates.synonyms().entrySet()) {
            if (text.contains(e.getKey())) present.add(e);
        }
        if (present.isEmpty()) return text;
        Map.Entry<String, List<String>> e = present.get(rng.nextInt(present.size()));
        String replacement = e.getValue().get(rng.nextInt(e.getValue().size()));
        int at = nthOccurrence(text, e.getKey(), rng);
        return text.substring(0, at) + replacement + text.substring(at + e.getKey().length());
    }

    private static int nthOccurrence(String text, String word, SplittableRandom rng) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) at.add(i);
        return at.get(rng.nextInt(at.size()));
    }

    /** Names are resolved now, so a child that copies the sentence copies the names too; {我} stays for the reader's level. */
    private static String fill(String template, Locale locale, SplittableRandom rng) {
        String below = locale.below().get(rng.nextInt(locale.below().size()));
        return template.replace("{地}", locale.shortName()).replace("{下}", below);
    }
}
