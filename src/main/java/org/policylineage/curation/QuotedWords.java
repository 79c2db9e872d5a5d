package org.policylineage.curation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the words a curator quotes for a target they add stand in a document's text. The text keeps the
 * file's line breaks and the spaces a PDF or Word file put between a number and its unit (“到 2025年，全市
 * 打造绿色工厂\n\n80家”), which a curator copying from a page neither sees nor types: white space is skipped
 * on both sides, every other character must match as it stands.
 */
final class QuotedWords {
    /** A place in the text, in code points as the document's position selectors count them, and the words there as they stand. */
    record Place(int start, int end, String exact) {}

    private QuotedWords() {}

    /** Every place the words stand in {@code text} starting within the code points {@code from..to}, first first. */
    static List<Place> find(String text, String words, int from, int to) {
        StringBuilder compact = new StringBuilder();
        List<Integer> at = new ArrayList<>();   // for each char of compact, the code point of the text it came from
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            int c = text.codePointAt(i);
            if (!blank(c)) {
                compact.appendCodePoint(c);
                for (int k = 0; k < Character.charCount(c); k++) at.add(cp);
            }
            i += Character.charCount(c);
        }
        StringBuilder wanted = new StringBuilder();
        words.codePoints().filter(c -> !blank(c)).forEach(wanted::appendCodePoint);
        List<Place> out = new ArrayList<>();
        if (wanted.isEmpty()) return out;
        for (int i = compact.indexOf(wanted.toString()); i >= 0; i = compact.indexOf(wanted.toString(), i + 1)) {
            int start = at.get(i);
            int end = at.get(i + wanted.length() - 1) + 1;
            if (start < from || start >= to) continue;
            out.add(new Place(start, end, text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))));
        }
        return out;
    }

    private static boolean blank(int c) { return Character.isWhitespace(c) || Character.isSpaceChar(c); }
}
