package org.policylineage.lineage.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.policylineage.text.NormalisedText;

/**
 * One document's text as lineage reads it: normalised, with each measure's span in it, and on
 * demand each measure's words. Offsets inside are in normalised text; what lineage writes is
 * converted back to code points of the original, as the Web Annotation selectors count.
 */
final class DocumentText {
    final LineageCorpus.Doc doc;
    final NormalisedText text;
    private final boolean bmpOnly;
    /** Normalised [start, end) of each measure of {@code doc.measures}, in the same order. */
    private final int[] spans;
    private volatile List<MeasureText> words;
    private final AtomicReferenceArray<AnchorIndex> anchorIndexes = new AtomicReferenceArray<>(4);

    DocumentText(LineageCorpus.Doc doc, NormalisedText text) {
        this.doc = doc;
        this.text = text;
        String original = text.original();
        this.bmpOnly = original.codePointCount(0, original.length()) == original.length();
        this.spans = new int[doc.measures.size() * 2];
        for (int i = 0; i < doc.measures.size(); i++) {
            LineageCorpus.Measure m = doc.measures.get(i);
            spans[2 * i] = normalisedAt(m.start());
            spans[2 * i + 1] = normalisedAt(m.end());
        }
    }

    int measureStart(int i) { return spans[2 * i]; }
    int measureEnd(int i) { return spans[2 * i + 1]; }

    /** A measure's text with the closing responsibility note every measure shares cut off. */
    String body(int i) {
        return text.text().substring(measureStart(i), MeasureText.bodyEnd(text.text(), measureStart(i), measureEnd(i)));
    }

    /** The measures split into words, computed once and kept while the document stays cached. */
    List<MeasureText> measures(BodyWords bodyWords) {
        List<MeasureText> w = words;
        if (w == null) {
            synchronized (this) {
                if (words == null) {
                    List<MeasureText> out = new ArrayList<>(doc.measures.size());
                    for (int i = 0; i < doc.measures.size(); i++) {
                        out.add(MeasureText.of(doc.measures.get(i), this, measureStart(i), measureEnd(i), bodyWords));
                    }
                    words = out;
                }
                w = words;
            }
        }
        return w;
    }

    /** The anchors of the measures' words (split by {@link #measures} first), indexed once per anchor size. */
    AnchorIndex anchorIndex(int size) {
        AnchorIndex s = anchorIndexes.get(size);
        if (s == null) {
            s = AnchorIndex.of(words, size);
            anchorIndexes.set(size, s);
        }
        return s;
    }

    /** Code points of the original under the normalised span [start, end): {start, end}. */
    int[] codePoints(int start, int end) {
        if (end <= start) return new int[] {0, 0};
        int s = text.originalStart(start), e = text.originalEnd(end);
        if (bmpOnly) return new int[] {s, e};
        String original = text.original();
        int cs = original.codePointCount(0, s);
        return new int[] {cs, cs + original.codePointCount(s, e)};
    }

    /** The original text under a normalised span, as a quote shows it. */
    String quote(int start, int end) {
        return text.originalText(start, end);
    }

    /** Rough bytes held, for the cache's budget: both texts, the offset map, the words and their anchors. */
    int weight() {
        int chars = text.original().length() + text.length();
        List<MeasureText> w = words;
        int tokens = w == null ? text.length() / 2 : w.stream().mapToInt(m -> m.size()).sum();
        return 2 * chars + 4 * text.length() + 64 * tokens + 256;
    }

    /** The first normalised character at or after a code-point offset of the original. */
    private int normalisedAt(int codePoint) {
        String original = text.original();
        int index = bmpOnly ? Math.min(codePoint, original.length())
                : original.offsetByCodePoints(0, Math.min(codePoint, original.codePointCount(0, original.length())));
        int lo = 0, hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.originalIndex(mid) < index) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
