package org.policylineage.lineage.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The sketches of a list of documents indexed bin by bin, so the bins one document shares with
 * each of the others are counted from the few that hold its values, not by comparing it with all.
 */
final class SketchIndex {
    /** Per bin, (value, position in the list) packed value first and sorted: equal values lie together. */
    private final long[][] bins = new long[DocumentSketch.BINS][];
    private final int size;

    SketchIndex(List<LineageCorpus.Doc> docs, int[][] sketches) {
        this.size = docs.size();
        for (int b = 0; b < DocumentSketch.BINS; b++) {
            long[] entries = new long[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                int[] sketch = sketches[docs.get(i).index];
                if (sketch != null && sketch[b] != DocumentSketch.EMPTY) entries[n++] = (long) sketch[b] << 32 | i;
            }
            bins[b] = Arrays.copyOf(entries, n);
            Arrays.sort(bins[b]);
        }
    }

    /**
     * For each document of the list, by position, the bins its sketch shares with {@code sketch}:
     * the same counts as {@link DocumentSketch#shared}.
     */
    byte[] shared(int[] sketch) {
        byte[] counts = new byte[size];
        for (int b = 0; b < DocumentSketch.BINS; b++) {
            if (sketch[b] == DocumentSketch.EMPTY) continue;
            long[] entries = bins[b];
            long key = (long) sketch[b] << 32;
            // The first entry with this value: positions are never negative, so it sorts at or after the key.
            int k = Arrays.binarySearch(entries, key);
            if (k < 0) k = -k - 1;
            for (; k < entries.length && (int) (entries[k] >>> 32) == sketch[b]; k++) counts[(int) entries[k]]++;
        }
        return counts;
    }
}
