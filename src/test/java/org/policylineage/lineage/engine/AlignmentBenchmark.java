package org.policylineage.lineage.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policylineage.reference.ReferenceData;

/**
 * The inner loop of lineage on real text: Lianyungang's measure (三) against Jiangsu's (三), which
 * it reuses, and all of Lianyungang's measures against all of Jiangsu's, as a document pair costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AlignmentBenchmark {
    private final LocalAligner aligner = new LocalAligner(3, 6);
    private final MeasureAligner measureAligner = new MeasureAligner(0.3, 3);
    private List<MeasureText> child;
    private List<MeasureText> parent;

    @Setup
    public void read() throws Exception {
        child = measures("000_");
        parent = measures("001_");
    }

    /** A corpus document's measures, found by their numbers (（一）…) at the start of a line. */
    private static List<MeasureText> measures(String prefix) throws Exception {
        Path file;
        try (var s = Files.list(Path.of("data/corpus"))) {
            file = s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        String original = Files.readString(file, StandardCharsets.UTF_8);
        var text = ReferenceData.bundled().lexicon().normaliser().normalise(original);
        LineageCorpus.Doc doc = LineageCorpus.Doc.builder().index(0).iri(prefix).label(prefix).rank(3).sourceIri("source").build();
        var starts = java.util.regex.Pattern.compile("(?m)^（[一二三四五六七八九十]+）").matcher(original);
        List<Integer> at = new java.util.ArrayList<>();
        while (starts.find()) at.add(starts.start());
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1) : original.length();
            doc.measures.add(LineageCorpus.Measure.builder().doc(doc).index(i).iriSuffix("/measure/" + (i + 1))
                    .ordinal(i + 1).start(at.get(i)).end(end).build());
        }
        return new DocumentText(doc, text).measures(new BodyWords(0));
    }

    @Benchmark
    public int measurePair() {
        return aligner.align(child.get(2), parent.get(2)).size();
    }

    @Benchmark
    public int documentPair() {
        return measureAligner.align(child, parent).size();
    }
}
