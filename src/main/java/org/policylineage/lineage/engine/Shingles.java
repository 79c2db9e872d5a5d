package org.policylineage.lineage.engine;

/** Word hashes and word n-gram hashes (shingles), 64 bits each. */
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

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
