package org.policylineage.lineage.engine;

import java.util.List;

/**
 * Every n-word anchor of one document's measures with the measures it occurs in: which of them
 * share any anchor with a text is found in one lookup per anchor, not one per measure, so measure
 * pairs sharing nothing are never aligned. Measures from the 64th on are reported together, as
 * possible partners of every text: a superset, which the alignment itself then decides.
 */
final class AnchorIndex {
    private final long[] keys;
    /** Bit i: the anchor occurs in measure i (i < 63); bit 63: in a measure past those. */
    private final long[] masks;
    private final boolean[] used;
    private final int size;

    private AnchorIndex(long[] keys, long[] masks, boolean[] used, int size) {
        this.keys = keys;
        this.masks = masks;
        this.used = used;
        this.size = size;
    }

    static AnchorIndex of(List<MeasureText> measures, int size) {
        int n = 0;
        for (MeasureText m : measures) n += m.shingles(size).length;
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        long[] keys = new long[capacity], masks = new long[capacity];
        boolean[] used = new boolean[capacity];
        for (int i = 0; i < measures.size(); i++) {
            long bit = 1L << Math.min(i, 63);
            for (long h : measures.get(i).shingles(size)) masks[slot(keys, used, h)] |= bit;
        }
        // Filled before the constructor: its final fields publish the arrays safely to other threads.
        return new AnchorIndex(keys, masks, used, size);
    }

    /** Measures sharing an anchor with the text: bit i for measure i, bit 63 for any measure from the 64th on. */
    long partners(MeasureText text) {
        long mask = 0;
        for (long h : text.shingles(size)) {
            int s = find(h);
            if (s >= 0) mask |= masks[s];
        }
        return mask;
    }

    static boolean includes(long partners, int measure) {
        return (partners >>> Math.min(measure, 63) & 1) != 0;
    }

    private static int slot(long[] keys, boolean[] used, long h) {
        int mask = keys.length - 1;
        int s = (int) Shingles.mix(h) & mask;
        while (used[s] && keys[s] != h) s = (s + 1) & mask;
        if (!used[s]) {
            used[s] = true;
            keys[s] = h;
        }
        return s;
    }

    private int find(long h) {
        int mask = keys.length - 1;
        int s = (int) Shingles.mix(h) & mask;
        while (used[s]) {
            if (keys[s] == h) return s;
            s = (s + 1) & mask;
        }
        return -1;
    }
}
