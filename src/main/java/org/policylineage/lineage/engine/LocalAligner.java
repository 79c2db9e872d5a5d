package org.policylineage.lineage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local alignment of two word sequences by anchor and extend: every word n-gram the two share is an
 * anchor, each anchor is extended along its diagonal while the words agree, and the longest runs that
 * do not overlap on either side are kept. Each kept run is a passage reused word for word.
 */
final class LocalAligner {

    /** A run of words shared by both sides: child words [childFrom, childTo), parent words [parentFrom, parentTo). */
    record Run(int childFrom, int childTo, int parentFrom, int parentTo) {
        int length() { return childTo - childFrom; }
    }

    private final int anchorSize;
    private final int minChars;

    LocalAligner(int anchorSize, int minChars) {
        this.anchorSize = anchorSize;
        this.minChars = minChars;
    }

    int anchorSize() { return anchorSize; }

    List<Run> align(MeasureText childText, MeasureText parentText) {
        long[] child = childText.words, parent = parentText.words;
        if (child.length < anchorSize || parent.length < anchorSize) return List.of();
        MeasureText.Anchors parentAnchors = parentText.anchors(anchorSize);
        long[] childAnchors = childText.shingles(anchorSize);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < childAnchors.length; i++) {
            int k = parentAnchors.first(childAnchors[i]);
            if (k < 0) continue;
            for (; k < parentAnchors.hashes().length && parentAnchors.hashes()[k] == childAnchors[i]; k++) {
                int j = parentAnchors.positions()[k];
                if (i > 0 && j > 0 && child[i - 1] == parent[j - 1]) continue; // inside a run already found
                int len = 0;
                while (i + len < child.length && j + len < parent.length && child[i + len] == parent[j + len]) len++;
                if (len >= anchorSize) runs.add(new Run(i, i + len, j, j + len));
            }
        }
        if (runs.isEmpty()) return List.of();
        runs.sort(Comparator.comparingInt(Run::length).reversed().thenComparingInt(Run::childFrom));
        boolean[] usedChild = new boolean[child.length];
        boolean[] usedParent = new boolean[parent.length];
        List<Run> kept = new ArrayList<>();
        for (Run r : runs) {
            Run trimmed = trim(r, usedChild, usedParent);
            if (trimmed == null || childText.chars(trimmed.childFrom(), trimmed.childTo()) < minChars) continue;
            for (int k = trimmed.childFrom(); k < trimmed.childTo(); k++) usedChild[k] = true;
            for (int k = trimmed.parentFrom(); k < trimmed.parentTo(); k++) usedParent[k] = true;
            kept.add(trimmed);
        }
        kept.sort(Comparator.comparingInt(Run::childFrom));
        return kept;
    }

    /** The longest part of a run that is free on both sides, or null when less than an anchor is left. */
    private Run trim(Run r, boolean[] usedChild, boolean[] usedParent) {
        int bestFrom = -1, bestLen = 0, from = -1;
        for (int k = 0; k <= r.length(); k++) {
            boolean free = k < r.length() && !usedChild[r.childFrom() + k] && !usedParent[r.parentFrom() + k];
            if (free && from < 0) from = k;
            if (!free && from >= 0) {
                if (k - from > bestLen) {
                    bestLen = k - from;
                    bestFrom = from;
                }
                from = -1;
            }
        }
        if (bestLen < anchorSize) return null;
        return new Run(r.childFrom() + bestFrom, r.childFrom() + bestFrom + bestLen,
                r.parentFrom() + bestFrom, r.parentFrom() + bestFrom + bestLen);
    }

    /** Characters of the child's words the runs cover. */
    static int chars(List<Run> runs, MeasureText child) {
        int n = 0;
        for (Run r : runs) n += child.chars(r.childFrom(), r.childTo());
        return n;
    }
}
