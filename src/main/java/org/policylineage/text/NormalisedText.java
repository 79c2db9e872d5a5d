package org.policylineage.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    /**
     * This text as bytes {@link #fromBytes} reads back equal: both texts, the offset map as runs of
     * consecutive characters (a run per edit, not an int per character) and the page metadata.
     */
    public ByteBuffer toBytes() {
        int runs = 0;
        for (int i = 0; i < toOriginal.length; i++) if (i == 0 || toOriginal[i] != toOriginal[i - 1] + 1) runs++;
        int metadataChars = 0;
        for (var e : pageMetadata.entrySet()) metadataChars += e.getKey().length() + e.getValue().value().length();
        ByteBuffer out = ByteBuffer.allocate(4 * 4 + 2 * (original.length() + text.length()) + 8 * runs
                + 16 * pageMetadata.size() + 2 * metadataChars);
        putString(out, original);
        putString(out, text);
        out.putInt(runs);
        for (int i = 0; i < toOriginal.length; ) {
            int start = i++;
            while (i < toOriginal.length && toOriginal[i] == toOriginal[i - 1] + 1) i++;
            out.putInt(toOriginal[start]).putInt(i - start);
        }
        out.putInt(pageMetadata.size());
        for (var e : pageMetadata.entrySet()) {
            putString(out, e.getKey());
            putString(out, e.getValue().value());
            out.putInt(e.getValue().start()).putInt(e.getValue().end());
        }
        return out.flip();
    }

    /** The text {@link #toBytes} wrote, read from the buffer's position. */
    public static NormalisedText fromBytes(ByteBuffer in) {
        String original = getString(in), text = getString(in);
        int[] toOriginal = new int[text.length()];
        int at = 0;
        for (int runs = in.getInt(); runs > 0; runs--) {
            int from = in.getInt(), length = in.getInt();
            for (int k = 0; k < length; k++) toOriginal[at++] = from + k;
        }
        Map<String, OriginalSpan> metadata = new LinkedHashMap<>();
        for (int n = in.getInt(); n > 0; n--) {
            String key = getString(in), value = getString(in);
            metadata.put(key, new OriginalSpan(value, in.getInt(), in.getInt()));
        }
        return new NormalisedText(original, text, toOriginal, metadata);
    }

    private static void putString(ByteBuffer out, String s) {
        out.putInt(s.length());
        out.asCharBuffer().put(s);
        out.position(out.position() + 2 * s.length());
    }

    private static String getString(ByteBuffer in) {
        int length = in.getInt();
        CharBuffer chars = in.asCharBuffer().limit(length);
        in.position(in.position() + 2 * length);
        return chars.toString();
    }
}
