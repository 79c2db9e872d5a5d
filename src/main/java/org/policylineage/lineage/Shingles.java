package org.policylineage.lineage;

import org.policylineage.text.Words;
import java.util.List;

/** Word n-gram shingles as 64-bit hashes, and their MinHash signature. */
final class Shingles {
    private Shingles() {}

    static long wordHash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Hashes of every run of {@code size} consecutive words. */
    static long[] of(long[] words, int size) {
        int n = Math.max(0, words.length - size + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < size; k++) h = mix(h * 31 + words[i + k]);
            out[i] = h;
        }
        return out;
    }

    static long[] wordHashes(List<Words.Token> tokens) {
        long[] out = new long[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = wordHash(tokens.get(i).text());
        return out;
    }

    /** MinHash signature: for each of {@code size} seeded hash functions, the least hash of any shingle. */
    static long[] minHash(long[] shingles, int size) {
        long[] sig = new long[size];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < size; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /** The share of signature positions two measures agree on: an estimate of the Jaccard similarity. */
    static double estimatedJaccard(long[] a, long[] b) {
        if (a.length == 0 || a[0] == Long.MAX_VALUE || b[0] == Long.MAX_VALUE) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    private static final long[] SEEDS = new long[1024];
    static {
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < SEEDS.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            SEEDS[i] = x;
        }
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
