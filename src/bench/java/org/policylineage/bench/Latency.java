package org.policylineage.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Latency of an operation over sampled inputs: warmed up first, then each call timed, reported as percentiles. */
record Latency(int samples, double p50Millis, double p99Millis, double maxMillis) {

    static <T> Latency measure(List<T> inputs, int samples, int warmup, Consumer<T> operation) {
        if (inputs.isEmpty()) throw new IllegalArgumentException("nothing to measure: no inputs");
        for (int i = 0; i < warmup; i++) operation.accept(inputs.get(i % inputs.size()));
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            T input = inputs.get(i % inputs.size());
            long t = System.nanoTime();
            operation.accept(input);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return new Latency(samples, percentile(nanos, 0.50), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
