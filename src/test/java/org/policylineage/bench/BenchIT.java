package org.policylineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.RunningService;

/**
 * The benchmark harness at a smoke size, as CI runs it: the packaged jar's {@code bench} command
 * generates, ingests, aligns, queries (in-process, over HTTP, on Virtuoso) and writes a report
 * whose every target has a figure; lineage on the synthetic corpus is scored against its truth.
 */
class BenchIT {
    @TempDir
    Path dir;

    @Test
    void theHarnessRunsEndToEndAndReportsEveryTarget() throws Exception {
        Path log = dir.resolve("bench.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar",
                RunningService.JAR.toString(), "bench", "--sizes", "60", "--samples", "20", "--work", dir.resolve("work").toString(),
                "--docs", dir.resolve("docs").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("bench finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();

        Figures f = Figures.read(dir.resolve("docs/bench/size-60.tsv"), 60);
        assertThat(Double.parseDouble(f.get("ingest.documents_loaded"))).isEqualTo(60);
        assertThat(Double.parseDouble(f.get("accuracy.measure_alignments.precision"))).isGreaterThan(0.9);
        assertThat(Double.parseDouble(f.get("accuracy.measure_alignments.recall"))).isGreaterThan(0.9);
        assertThat(Double.parseDouble(f.get("virtuoso.quads"))).as("Virtuoso holds the same data").isGreaterThan(1000);
        for (String name : new String[] {"latency.in_process.trace_target.p50_ms", "latency.http.trace_target.p99_ms",
                "latency.virtuoso.trace_target.p50_ms", "load.ratio_to_jena_basic", "startup.seed_first_ms", "heap.service_after_queries_mb"}) {
            assertThat(Double.parseDouble(f.get(name))).as(name).isPositive();
        }
        String report = Files.readString(dir.resolve("docs/benchmarks.md"), StandardCharsets.UTF_8);
        assertThat(report).contains("## Targets").contains("| 60 |").doesNotContain("not measured");
    }
}
