package org.policylineage.read;

import java.util.List;

/**
 * What a file reads as: its text (what every selector counts into), the format it was in, the character
 * encoding (for text formats; "n/a" where the text came out of a binary format), and, for a paged format,
 * where each page starts in the text and how it was read.
 */
public record ReadDocument(String text, Format format, String encoding, List<Page> pages) {

    public ReadDocument {
        pages = List.copyOf(pages);
    }

    /** How a page's text was obtained. */
    public enum PageSource { TEXT_LAYER, OCR }

    /**
     * One page: its number (1-based, as printed order), where it starts in the text, how it was read and, for
     * a page read by OCR, Tesseract's mean word confidence (0-100; -1 when not OCR).
     */
    public record Page(int number, int start, PageSource source, double confidence) {}

    /** The page the text offset {@code index} is on; 0 when the format has no pages. */
    public int pageAt(int index) {
        int page = 0;
        for (Page p : pages) {
            if (p.start() > index) break;
            page = p.number();
        }
        return page;
    }

    /** Pages read by OCR. */
    public long ocrPages() {
        return pages.stream().filter(p -> p.source() == PageSource.OCR).count();
    }
}
