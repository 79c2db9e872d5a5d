package org.policylineage.web.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message of the explorer exists in Chinese and in English, with the same placeholders, and every key its
 * pages ask for exists: frontend/e2e/i18n.check.mjs reads the explorer's own dictionary (src/i18n.js) with Node,
 * which the build already needs for the explorer.
 */
class ExplorerMessagesTest {

    @TempDir
    Path dir;

    @Test
    void everyMessageIsInBothLanguages() throws Exception {
        Path check = Path.of("frontend/e2e/i18n.check.mjs").toAbsolutePath();
        assertThat(check).isRegularFile();
        Path log = dir.resolve("i18n.log");
        Process node = new ProcessBuilder("node", check.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("1 passed, 0 failed");
    }
}
