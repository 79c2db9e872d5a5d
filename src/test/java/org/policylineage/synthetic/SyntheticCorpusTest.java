package org.policylineage.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.extract.CitationRecord;
import org.policylineage.extract.DocumentExtractor;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.MeasureRecord;
import org.policylineage.extract.TargetRecord;
import org.policylineage.reference.ReferenceData;
import org.policylineage.vocab.CitationRelation;

/** The generator is deterministic, shapes the tree as intended, and writes texts the real extractor reads as the truth says. */
class SyntheticCorpusTest {
    private static final int SMALL = 30;

    @TempDir static Path temp;
    private static Path small;
    private static Truth truth;

    @BeforeAll
    static void generateSmallCorpus() throws IOException {
        small = temp.resolve("small");
        SyntheticCorpus.builder().documents(SMALL).variant(42).build().writeTo(small);
        truth = Truth.read(small);
    }

    @Test
    void sameVariantGivesTheSameBytesAndAnotherVariantDoesNot() throws IOException {
        Path again = temp.resolve("again");
        Path other = temp.resolve("other");
        SyntheticCorpus.builder().documents(SMALL).variant(42).build().writeTo(again);
        SyntheticCorpus.builder().documents(SMALL).variant(43).build().writeTo(other);

        assertThat(fileNames(again)).isEqualTo(fileNames(small));
        for (String f : fileNames(small)) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(small.resolve(f)));
        }
        assertThat(Files.readAllBytes(other.resolve("truth.tsv"))).isNotEqualTo(Files.readAllBytes(small.resolve("truth.tsv")));
        assertThat(fileNames(other)).isNotEqualTo(fileNames(small));
    }

    @Test
    void refusesToWriteIntoAFolderThatHoldsFiles() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyntheticCorpus.builder().documents(1).build().writeTo(small))
                .isInstanceOf(IOException.class).hasMessageContaining("not empty");
    }

    @Test
    void theTreeHasFewNationalDocumentsAndMostAtCityAndCountyLevel() throws IOException {
        Path dir = temp.resolve("thousand");
        SyntheticCorpus.Summary s = SyntheticCorpus.builder().documents(1000).variant(7).build().writeTo(dir);
        Truth t = Truth.read(dir);

        assertThat(s.documents()).isEqualTo(1000);
        assertThat(t.documents).hasSize(1000);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".txt")).count()).isEqualTo(1000);
        }
        Map<String, Integer> byLevel = s.byLevel();
        assertThat(byLevel.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(byLevel.get("national")).isBetween(1, 5);
        assertThat(byLevel.get("regional")).isBetween(1, 10);
        assertThat(byLevel.get("provincial")).isBetween(10, 99);
        assertThat(byLevel.get("municipal") + byLevel.get("county")).isGreaterThan(800);

        Map<String, String> parentLevel = Map.of("regional", "national", "provincial", "national", "municipal", "provincial");
        Map<String, Doc> seen = new HashMap<>();
        int uncited = 0;
        for (Doc d : t.documents) {
            if (d.level.equals("national")) {
                assertThat(d.parentFile).isEmpty();
            } else {
                Doc parent = seen.get(d.parentFile);
                assertThat(parent).as("parent of %s is listed before it", d.file).isNotNull();
                if (parentLevel.containsKey(d.level)) assertThat(parent.level).isEqualTo(parentLevel.get(d.level));
                else assertThat(parent.level).isIn("municipal", "provincial");
                if (d.citedFiles.isEmpty()) uncited++;
                else assertThat(d.citedFiles).endsWith(d.parentFile);
            }
            assertThat(d.number.isEmpty()).isEqualTo(d.level.equals("regional"));
            seen.put(d.file, d);
        }
        assertThat(t.documents.stream().map(d -> d.number).filter(n -> !n.isEmpty()).distinct().count())
                .as("every 文号 is unique").isEqualTo(1000 - byLevel.get("regional"));
        assertThat(uncited).as("about one in twenty cites nothing").isBetween(20, 90);

        Map<String, Integer> how = new HashMap<>();
        for (Measure m : t.measures) how.merge(m.how, 1, Integer::sum);
        assertThat(how.get("verbatim")).isGreaterThan(how.get("rewritten"));
        assertThat(how.get("rewritten")).isGreaterThan(0);
        assertThat(how.get("new")).isGreaterThan(0);
        assertThat(t.targets.stream().filter(x -> x.how.equals("derived"))).isNotEmpty()
                .allSatisfy(x -> assertThat(x.parentValue).isNotNull());
    }

    @Test
    void theRealExtractorReadsWhatTheTruthRecords() throws Exception {
        DocumentExtractor extractor = new DocumentExtractor(ReferenceData.bundled());
        Map<String, Doc> byFile = new HashMap<>();
        for (Doc d : truth.documents) byFile.put(d.file, d);
        for (Doc d : truth.documents) {
            String text = Files.readString(small.resolve(d.file), StandardCharsets.UTF_8);
            ExtractedDocument x = extractor.extract(text);

            assertThat(x.number().map(n -> n.canonical()).orElse("")).as("文号 of %s", d.file).isEqualTo(d.number);

            List<Measure> measures = truth.measuresOf(d.file);
            assertThat(x.measures()).as("measures of %s", d.file).hasSize(measures.size());

            if (!d.citedFiles.isEmpty()) {
                Doc parent = byFile.get(d.parentFile);
                assertThat(x.citations()).as("%s cites its parent %s", d.file, parent.number)
                        .anySatisfy(c -> {
                            assertThat(c.number().map(n -> n.canonical())).contains(parent.number);
                            assertThat(c.relation()).isEqualTo(CitationRelation.IMPLEMENTS);
                        });
                for (String cited : d.citedNumbers) {
                    assertThat(x.citations().stream().map(CitationRecord::number).flatMap(java.util.Optional::stream)
                            .map(n -> n.canonical())).as("%s cites %s", d.file, cited).contains(cited);
                }
            } else {
                assertThat(x.citations()).as("%s cites nothing", d.file).isEmpty();
            }

            for (Measure m : measures) {
                MeasureRecord found = x.measures().get(m.ordinal - 1);
                assertThat(found.ordinal()).isEqualTo(m.ordinal);
                List<String> expected = new ArrayList<>();
                for (Target t : truth.targetsOf(d.file, m.ordinal)) expected.add(t.unit + " " + t.value + " " + t.deadline);
                List<String> read = new ArrayList<>();
                for (TargetRecord t : found.targets()) {
                    if (!t.isMilestone()) read.add(t.unit() + " " + t.value().stripTrailingZeros().toPlainString() + " " + t.deadlineYear());
                }
                assertThat(read).as("targets of %s measure %d", d.file, m.ordinal).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    record Doc(String file, String number, String level, String parentFile, List<String> citedFiles, List<String> citedNumbers) {}

    record Measure(String file, int ordinal, String how) {}

    record Target(String file, int measure, String unit, String value, String deadline, String how, BigDecimal parentValue) {}

    /** truth.tsv, as the class javadoc of {@link SyntheticCorpus} describes it. */
    static final class Truth {
        final List<Doc> documents = new ArrayList<>();
        final List<Measure> measures = new ArrayList<>();
        final List<Target> targets = new ArrayList<>();

        static Truth read(Path dir) throws IOException {
            Truth t = new Truth();
            for (String line : Files.readAllLines(dir.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                switch (c[0]) {
                    case "document" -> t.documents.add(new Doc(c[1], c[2], c[3], c[9], list(c[11]), list(c[12])));
                    case "measure" -> t.measures.add(new Measure(c[1], Integer.parseInt(c[2]), c[5]));
                    case "target" -> t.targets.add(new Target(c[1], Integer.parseInt(c[2]), c[4], c[5], c[6], c[7],
                            c[10].isEmpty() ? null : new BigDecimal(c[10])));
                    default -> throw new IllegalStateException("unknown row kind: " + line);
                }
            }
            return t;
        }

        List<Measure> measuresOf(String file) {
            return measures.stream().filter(m -> m.file.equals(file)).toList();
        }

        List<Target> targetsOf(String file, int measure) {
            return targets.stream().filter(t -> t.file.equals(file) && t.measure == measure).toList();
        }

        private static List<String> list(String cell) {
            return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
        }
    }
}
