package org.policylineage.store;

/**
 * Sorts triples of node ids held three longs apiece in one array, by columns in a given order,
 * each compared unsigned as an index compares their bytes: millions of triples without an object each.
 */
final class TripleSort {
    private static final int SMALL = 16;

    private TripleSort() { }

    /** Sorts the first {@code n} triples of {@code a} by {@code order}, e.g. {1, 2, 0} for predicate, object, subject. */
    static void sort(long[] a, int n, int[] order) {
        quicksort(a, 0, n - 1, order);
    }

    private static void quicksort(long[] a, int lo, int hi, int[] order) {
        while (hi - lo > SMALL) {
            int mid = (lo + hi) >>> 1;
            // Median of three as the pivot, moved to hi: sorted input (ids allocated in order) stays n log n.
            if (compare(a, mid, lo, order) < 0) swap(a, mid, lo);
            if (compare(a, hi, lo, order) < 0) swap(a, hi, lo);
            if (compare(a, mid, hi, order) < 0) swap(a, mid, hi);
            int store = lo;
            for (int i = lo; i < hi; i++) {
                if (compare(a, i, hi, order) < 0) swap(a, i, store++);
            }
            swap(a, store, hi);
            // Recurse into the smaller side so the stack stays logarithmic.
            if (store - lo < hi - store) {
                quicksort(a, lo, store - 1, order);
                lo = store + 1;
            } else {
                quicksort(a, store + 1, hi, order);
                hi = store - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compare(a, j, j - 1, order) < 0; j--) swap(a, j, j - 1);
        }
    }

    private static int compare(long[] a, int i, int j, int[] order) {
        for (int c : order) {
            int r = Long.compareUnsigned(a[3 * i + c], a[3 * j + c]);
            if (r != 0) return r;
        }
        return 0;
    }

    private static void swap(long[] a, int i, int j) {
        if (i == j) return;
        for (int c = 0; c < 3; c++) {
            long t = a[3 * i + c];
            a[3 * i + c] = a[3 * j + c];
            a[3 * j + c] = t;
        }
    }
}
