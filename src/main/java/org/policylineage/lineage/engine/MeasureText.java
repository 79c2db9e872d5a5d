package org.policylineage.lineage.engine;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure's body (its text without the closing responsibility note, which every measure shares)
 * as HanLP words: their hashes, where each stands in the normalised text, and sorted word n-gram
 * anchors for the local aligner, built once per anchor size.
 */
final class MeasureText {
    private static final Pattern RESPONSIBILITY_NOTE = Pattern.compile("（[^（）]*(负责|牵头)[^（）]*）\\s*$");

    final LineageCorpus.Measure measure;
    final DocumentText document;
    final long[] words;
    /** Normalised start and end of each word, in the document's text. */
    final int[] wordStart;
    final int[] wordEnd;
    /** Characters of the words before each word: {@code charsBefore[n]} is the body's length in word characters. */
    private final int[] charsBefore;
    private final Anchors[] anchors = new Anchors[4];
    private final AtomicReferenceArray<long[]> shingles = new AtomicReferenceArray<>(4);

    private MeasureText(LineageCorpus.Measure measure, DocumentText document, long[] words, int[] wordStart, int[] wordEnd) {
        this.measure = measure;
        this.document = document;
        this.words = words;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.charsBefore = new int[words.length + 1];
        for (int i = 0; i < words.length; i++) charsBefore[i + 1] = charsBefore[i] + wordEnd[i] - wordStart[i];
    }

    static MeasureText of(LineageCorpus.Measure m, DocumentText doc, int start, int end, BodyWords bodyWords) {
        String text = doc.text.text();
        BodyWords.Split split = bodyWords.split(text.substring(start, bodyEnd(text, start, end)));
        int[] ws = new int[split.starts().length], we = new int[split.ends().length];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = start + split.starts()[i];
            we[i] = start + split.ends()[i];
        }
        // The hashes are shared with every copy of the same body; nothing writes to them.
        return new MeasureText(m, doc, split.hashes(), ws, we);
    }

    /** Where the body of the measure spanning [start, end) ends: before its responsibility note. */
    static int bodyEnd(String text, int start, int end) {
        Matcher note = RESPONSIBILITY_NOTE.matcher(text).region(start, end);
        return note.find() ? note.start() : end;
    }

    int size() { return words.length; }

    /** Characters of the body's words. */
    int chars() { return charsBefore[words.length]; }

    /** Characters of the words [from, to). */
    int chars(int from, int to) { return charsBefore[to] - charsBefore[from]; }

    /** The body's n-word anchors, sorted by hash, with the word position each starts at. */
    Anchors anchors(int size) {
        Anchors s = anchors[size];
        if (s == null) {
            s = Anchors.of(shingles(size));
            anchors[size] = s; // racing threads compute the same value; either copy serves
        }
        return s;
    }

    /** The hashes of the body's n-word runs in text order, kept: a measure is compared with every measure of a parent. */
    long[] shingles(int size) {
        long[] s = shingles.get(size);
        if (s == null) {
            s = Shingles.of(words, size);
            shingles.set(size, s); // racing threads compute the same value; either copy serves
        }
        return s;
    }

    /** Anchors sorted by hash: position {@code i} of {@code hashes} started at word {@code positions[i]}. */
    record Anchors(long[] hashes, int[] positions) {
        static Anchors of(long[] inOrder) {
            Integer[] order = new Integer[inOrder.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> inOrder[a] != inOrder[b] ? Long.compare(inOrder[a], inOrder[b]) : Integer.compare(a, b));
            long[] h = new long[order.length];
            int[] p = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                h[i] = inOrder[order[i]];
                p[i] = order[i];
            }
            return new Anchors(h, p);
        }

        /** The first index holding {@code hash}, or -1. */
        int first(long hash) {
            int i = Arrays.binarySearch(hashes, hash);
            if (i < 0) return -1;
            while (i > 0 && hashes[i - 1] == hash) i--;
            return i;
        }
    }
}
