package org.policylineage.lineage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Bins shared, counted through the index, are those a pair-by-pair comparison counts. */
class SketchIndexTest {

    @Test
    void countsTheSameBinsAsComparingEveryPair() {
        Random random = new Random(7);
        int n = 500;
        List<LineageCorpus.Doc> docs = new ArrayList<>();
        int[][] sketches = new int[n + 1][];
        for (int i = 0; i < n; i++) {
            docs.add(LineageCorpus.Doc.builder().index(i).iri("d" + i).label("d" + i).rank(3).sourceIri("s").build());
            if (i % 50 == 7) continue; // a document with no sketch
            int[] s = new int[DocumentSketch.BINS];
            // Few values per bin, so most pairs share some bins; a few bins empty, as in a short text.
            for (int b = 0; b < s.length; b++) s[b] = random.nextInt(10) == 0 ? DocumentSketch.EMPTY : random.nextInt(4) * 1_000_003;
            sketches[i] = s;
        }
        SketchIndex index = new SketchIndex(docs, sketches);

        for (int child = 0; child < n; child += 13) {
            int[] own = sketches[child];
            if (own == null) continue;
            byte[] counted = index.shared(own);
            for (int i = 0; i < n; i++) {
                assertThat((int) counted[i]).as("document %d against %d", i, child)
                        .isEqualTo(DocumentSketch.shared(own, sketches[i]));
            }
        }
        int[] allEmpty = new int[DocumentSketch.BINS];
        java.util.Arrays.fill(allEmpty, DocumentSketch.EMPTY);
        assertThat(index.shared(allEmpty)).containsOnly((byte) 0);
    }
}
