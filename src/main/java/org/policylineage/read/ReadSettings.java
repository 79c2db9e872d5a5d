package org.policylineage.read;

import java.time.Duration;
import java.util.List;

/**
 * Limits and OCR settings of reading one file ({@code policy-lineage.ingest.read} in application.yml, where the
 * defaults are documented).
 *
 * @param maxPages    pages a paged document may have; a longer one is refused before any page is read
 * @param maxOcrPages pages of one document that may be read by OCR (each takes seconds)
 * @param timePerFile longest one file may take to read; beyond it the file is refused
 * @param ocr         the OCR program and its languages
 */
public record ReadSettings(int maxPages, int maxOcrPages, Duration timePerFile, Ocr ocr) {

    /**
     * @param command   the Tesseract command (a name on the PATH or a path)
     * @param languages Tesseract language models, joined with + when called
     * @param dpi       resolution a PDF page is rendered at for OCR
     */
    public record Ocr(String command, List<String> languages, int dpi) {}

    /** The defaults of application.yml, for tools and tests that do not load it. */
    public static ReadSettings defaults() {
        return new ReadSettings(300, 60, Duration.ofMinutes(5), new Ocr("tesseract", List.of("chi_sim"), 300));
    }
}
