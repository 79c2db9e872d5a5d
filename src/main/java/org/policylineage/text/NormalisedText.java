package org.policylineage.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Text as a reader sees it (one paragraph a line, no page markers, no stray spaces, simplified
 * characters) with, for every character, where it came from in the original text.
 */
public final class NormalisedText {
    private final String original;
    private final String text;
    private final int[] toOriginal;
    private final Map<String, OriginalSpan> pageMetadata;

    NormalisedText(String original, String text, int[] toOriginal, Map<String, OriginalSpan> pageMetadata) {
        if (toOriginal.length != text.length()) {
            throw new IllegalArgumentException("offset map does not match text");
        }
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
        this.pageMetadata = Map.copyOf(pageMetadata);
    }

    /** A value read from a web page's metadata fields (文号：…), with its place in the original. */
    public record OriginalSpan(String value, int start, int end) {}

    public String original() { return original; }
    public String text() { return text; }
    public int length() { return text.length(); }

    /** Metadata fields of a web-page capture (索引号, 发布机构, 发文日期, 标题, 文号, …) keyed by field name. */
    public Map<String, OriginalSpan> pageMetadata() { return pageMetadata; }

    /** Original offset (UTF-16 index) of the normalised character at {@code index}. */
    public int originalIndex(int index) {
        return toOriginal[index];
    }

    /** Original start of the span [start, end) of normalised text. */
    public int originalStart(int start) {
        return start < toOriginal.length ? toOriginal[start] : original.length();
    }

    /** Original end (exclusive) of the span [start, end) of normalised text. */
    public int originalEnd(int end) {
        if (end <= 0) return 0;
        return toOriginal[end - 1] + Character.charCount(original.codePointAt(toOriginal[end - 1]));
    }

    /** The original text under the normalised span [start, end): what a quote selector must hold. */
    public String originalText(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    /** The paragraphs (lines) of the normalised text with their start offsets. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) lines.add(new Line(start, i, text.substring(start, i)));
                start = i + 1;
            }
        }
        return lines;
    }

    /** One paragraph of normalised text. */
    public record Line(int start, int end, String text) {}

    int[] offsets() { return Arrays.copyOf(toOriginal, toOriginal.length); }
}
