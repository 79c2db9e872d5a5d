package org.policylineage.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Output for people: UTF-8 always, and a progress bar only when a terminal is attached. */
final class Terminal {
    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    private static final int BAR = 30;

    private Terminal() {}

    static boolean interactive() {
        return System.console() != null;
    }

    static void progress(int done, int total, String label) {
        if (total == 0) return;
        if (!interactive()) {
            // A log gets a line per step instead of a redrawn bar.
            if (done > 0) ERR.println(done + " of " + total + " files processed");
            return;
        }
        int filled = done * BAR / total;
        String name = label.length() > 40 ? "…" + label.substring(label.length() - 39) : label;
        ERR.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + " " + name + "    ");
        if (done == total) ERR.println();
    }
}
