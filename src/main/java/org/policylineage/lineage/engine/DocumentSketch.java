package org.policylineage.lineage.engine;

import java.util.Arrays;

/**
 * A whole document's measures in 64 numbers: a one-permutation MinHash of their character
 * 4-grams, so the documents whose text one most shares are found by comparing numbers, not texts.
 */
final class DocumentSketch {
    static final int BINS = 64;
    private static final int GRAM = 4;
    static final int EMPTY = Integer.MAX_VALUE;

    private DocumentSketch() {}

    static int[] of(DocumentText text) {
        int[] bins = new int[BINS];
        Arrays.fill(bins, EMPTY);
        for (int i = 0; i < text.doc.measures.size(); i++) {
            String body = text.body(i);
            char[] gram = new char[GRAM];
            int filled = 0;
            for (int k = 0; k < body.length(); k++) {
                char c = body.charAt(k);
                if (Character.isWhitespace(c)) continue;
                System.arraycopy(gram, 1, gram, 0, GRAM - 1);
                gram[GRAM - 1] = c;
                if (++filled < GRAM) continue;
                long h = 0x9E3779B97F4A7C15L;
                for (char g : gram) h = Shingles.mix(h * 31 + g);
                int bin = (int) (h >>> 58);
                int value = (int) (h & 0x7FFFFFFEL); // never EMPTY
                if (value < bins[bin]) bins[bin] = value;
            }
        }
        return bins;
    }

    /** Bins two sketches agree on (0..64): an estimate of the Jaccard similarity of their 4-grams, times 64. */
    static int shared(int[] a, int[] b) {
        if (a == null || b == null) return 0;
        int n = 0;
        for (int i = 0; i < BINS; i++) if (a[i] == b[i] && a[i] != EMPTY) n++;
        return n;
    }
}
