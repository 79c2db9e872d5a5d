package org.policylineage.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract OCR through its command line: the Debian packages are kept up to date with their language models,
 * where a Java binding (Tess4J) would tie the build to one native library version. Optional: when the command or
 * its models are missing, {@link #available()} says so and scanned files are refused with how to install them.
 */
final class Tesseract {
    static final String INSTALL = "install Tesseract and its simplified-Chinese model (Debian, Ubuntu: "
            + "apt-get install tesseract-ocr tesseract-ocr-chi-sim), or set policy-lineage.ingest.read.ocr.command";

    private final ReadSettings.Ocr settings;
    private volatile String missing;
    private volatile boolean checked;

    Tesseract(ReadSettings.Ocr settings) {
        this.settings = settings;
    }

    /** The text of one image, its lines in reading order, and the mean confidence of its words. */
    record Result(String text, double confidence, int pages) {}

    /** Why OCR cannot run here (the command or a model is missing), or null when it can. Checked once. */
    String unavailable() {
        if (!checked) {
            synchronized (this) {
                if (!checked) {
                    missing = check();
                    checked = true;
                }
            }
        }
        return missing;
    }

    boolean available() { return unavailable() == null; }

    private String check() {
        try {
            Process p = new ProcessBuilder(settings.command(), "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "Tesseract (" + settings.command() + ") did not answer";
            }
            List<String> have = out.lines().map(String::strip).toList();
            for (String lang : settings.languages()) {
                if (!have.contains(lang)) return "Tesseract has no " + lang + " model";
            }
            return null;
        } catch (IOException e) {
            return "Tesseract is not installed (" + settings.command() + " was not found)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Reads an image file (PNG, JPEG, TIFF of one or more pages) within {@code deadline}. Lines come from
     * Tesseract's TSV output, one text line per line; words are separated by a space, which the normaliser
     * drops between Chinese characters.
     */
    Result read(Path image, Deadline deadline) throws ReadException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(settings.command(), image.toString(), "stdout",
                "-l", String.join("+", settings.languages()), "tsv"));
        Path out;
        try {
            out = Files.createTempFile("policy-lineage-ocr", ".tsv");
        } catch (IOException e) {
            throw new ReadException("cannot run OCR: " + e.getMessage());
        }
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            // One thread per Tesseract: ingestion already reads files in parallel, one per core.
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            try {
                if (!p.waitFor(deadline.remainingMillis(), TimeUnit.MILLISECONDS)) {
                    throw deadline.exceeded();
                }
            } finally {
                if (p.isAlive()) p.destroyForcibly();
            }
            if (p.exitValue() != 0) throw new ReadException("OCR failed on the image (Tesseract exit code " + p.exitValue() + ")");
            return parse(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReadException("cannot run OCR: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    /** Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text. */
    static Result parse(String tsv) {
        StringBuilder text = new StringBuilder();
        String lineKey = null;
        int page = 0;
        double confidence = 0;
        int words = 0;
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5")) continue;
            String word = f[11].strip();
            if (word.isEmpty()) continue;
            int p = Integer.parseInt(f[1]);
            String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            if (p != page && page != 0) text.append('\f');
            else if (lineKey != null && !key.equals(lineKey)) text.append('\n');
            else if (lineKey != null) text.append(' ');
            page = p;
            lineKey = key;
            text.append(word);
            double conf = Double.parseDouble(f[10]);
            if (conf >= 0) {
                confidence += conf;
                words++;
            }
        }
        return new Result(text.toString(), words == 0 ? 0 : confidence / words, Math.max(page, 1));
    }
}
