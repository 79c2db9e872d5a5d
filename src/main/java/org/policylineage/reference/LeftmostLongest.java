package org.policylineage.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Of the names a dictionary finds in a text, the ones a reader takes: where names overlap, the one that starts
 * first, and of those the longest (a name inside a longer one is not named on its own). Region names and
 * certificate types are read this way.
 */
final class LeftmostLongest {
    private LeftmostLongest() {}

    /** The mentions of {@code found} kept, in text order; {@code found} is sorted in place. */
    static <M> List<M> of(List<M> found, ToIntFunction<M> start, ToIntFunction<M> end) {
        ToIntFunction<M> length = m -> end.applyAsInt(m) - start.applyAsInt(m);
        found.sort(Comparator.comparingInt(start).thenComparing(Comparator.comparingInt(length).reversed()));
        List<M> out = new ArrayList<>();
        int covered = 0;
        for (M m : found) {
            if (start.applyAsInt(m) >= covered) {
                out.add(m);
                covered = end.applyAsInt(m);
            }
        }
        return out;
    }
}
