package org.policylineage.read;

import java.time.Duration;

/** When reading one file must end; checked between pages and given to the OCR process as its time limit. */
final class Deadline {
    private final long end;
    private final Duration limit;

    Deadline(Duration limit) {
        this.limit = limit;
        this.end = System.nanoTime() + limit.toNanos();
    }

    long remainingMillis() {
        return Math.max(1, (end - System.nanoTime()) / 1_000_000);
    }

    void check() throws ReadException {
        if (System.nanoTime() > end || Thread.currentThread().isInterrupted()) throw exceeded();
    }

    ReadException exceeded() {
        return new ReadException("reading the file took longer than " + limit.toSeconds()
                + " s (policy-lineage.ingest.read.time-per-file); nothing was stored");
    }
}
