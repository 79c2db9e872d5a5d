package org.policylineage.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One real document (the Suzhou implementing opinions, 002) through HanLP segmentation alone and
 * through text-to-RDF (decode, normalise, extract, build the graph): the ingestion ratio at the
 * scale of one document, without the store.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IngestBenchmark {
    private byte[] bytes;
    private String text;
    private Segment segment;
    private ExtractionAlone extraction;

    @Setup
    public void read() throws Exception {
        Path file;
        try (var s = Files.list(Path.of("data/corpus"))) {
            file = s.filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        }
        bytes = Files.readAllBytes(file);
        text = new String(bytes, StandardCharsets.UTF_8);
        segment = HanLP.newSegment();
        extraction = new ExtractionAlone(org.policylineage.Settings.load(java.util.Map.of()));
    }

    @Benchmark
    public int hanlpSegmentation() {
        return segment.seg(text).size();
    }

    @Benchmark
    public long textToRdf() {
        long triples = extraction.triples(bytes);
        if (triples == 0) throw new IllegalStateException("002 was refused");
        return triples;
    }

    /** The figures of these benchmarks can also be had from a test run, without Maven's profile. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(List.of("IngestBenchmark").toArray(String[]::new));
    }
}
