package org.policylineage.lineage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.reference.ReferenceData;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.TextNormaliser;

/** Texts kept on disk come back as they went in, from many threads, and the file goes with the spill. */
class TextSpillTest {
    private final TextNormaliser normaliser = ReferenceData.bundled().lexicon().normaliser();

    @Test
    void textsComeBackAsKeptAndTheFileIsDeletedOnClose(@TempDir Path dir) throws Exception {
        int n = 200;
        NormalisedText[] texts = IntStream.range(0, n)
                .mapToObj(i -> normaliser.normalise("（" + i + "）到 2025年，\n\n —" + i + "— \n\n全市认证证书达 " + (i * 7) + "张。".repeat(1 + i % 5)))
                .toArray(NormalisedText[]::new);
        try (TextSpill spill = new TextSpill(dir, n)) {
            assertThat(spill.get(3)).isNull();
            IntStream.range(0, n).parallel().forEach(i -> spill.put(i, texts[i]));
            spill.put(5, texts[6]);
            IntStream.range(0, n).parallel().forEach(i -> {
                NormalisedText back = spill.get(i);
                assertThat(back.text()).isEqualTo(texts[i].text());
                assertThat(back.original()).isEqualTo(texts[i].original());
                assertThat(back.originalIndex(back.length() - 1)).isEqualTo(texts[i].originalIndex(texts[i].length() - 1));
            });
            assertThat(spill.bytes()).isPositive();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSpillThatCannotWriteKeepsNothingAndThrowsNothing(@TempDir Path dir) {
        TextSpill spill = new TextSpill(dir, 2);
        spill.close();
        spill.put(0, normaliser.normalise("（一）到2025年，全市认证证书达500张。"));
        assertThat(spill.get(0)).isNull();
        spill.put(1, normaliser.normalise("（二）另一条。"));
        assertThat(spill.get(1)).isNull();
    }

    @Test
    void aTextThatCannotBeReadBackIsAnsweredAsNotKept(@TempDir Path dir) {
        TextSpill spill = new TextSpill(dir, 1);
        spill.put(0, normaliser.normalise("（一）到2025年，全市认证证书达500张。"));
        assertThat(spill.get(0)).isNotNull();
        spill.close();
        assertThat(spill.get(0)).isNull();
    }
}
