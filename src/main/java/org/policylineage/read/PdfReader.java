package org.policylineage.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF with PDFBox: each page's text layer in reading order; a page without a usable text layer but with an
 * image (a scan) is rendered and read by OCR.
 */
final class PdfReader {
    /**
     * Fewest letters a page's text layer must hold to be read as text. A scanned page often carries a
     * few characters (a stamp's number, a scanner's footer); a page of a policy document has hundreds.
     */
    private static final int USABLE_TEXT_LAYER = 20;
    /** The tallest a glyph is taken to be, in ems: below the space between lines of any set text. */
    private static final float TALLEST_GLYPH = 0.8f;

    private final ReadSettings settings;
    private final Tesseract ocr;

    PdfReader(ReadSettings settings, Tesseract ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    /** Each page's text and how it was read. */
    record PageText(String text, ReadDocument.PageSource source, double confidence) {}

    List<PageText> read(byte[] bytes, Deadline deadline) throws ReadException, InterruptedException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            pdf.setResourceCache(new FontsKept());
            int pages = pdf.getNumberOfPages();
            if (pages == 0) throw new ReadException("the PDF has no pages");
            if (pages > settings.maxPages()) {
                throw new ReadException("the PDF has " + pages + " pages, more than a policy document may have ("
                        + settings.maxPages() + ", policy-lineage.ingest.read.max-pages); nothing was read");
            }
            // One pass over the document, noting where each page starts: a stripper run page by page costed
            // about twice as much (it sets up its state and walks the page tree again for every page).
            java.io.StringWriter all = new java.io.StringWriter();
            List<Integer> starts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                /** The glyphs shown on this page, by their text: see {@link #processTextPosition}. */
                private final Map<String, Spots> shown = new HashMap<>();

                @Override
                protected void startPage(PDPage page) throws IOException {
                    shown.clear();
                    starts.add(all.getBuffer().length());
                    try {
                        deadline.check();
                    } catch (ReadException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                    super.startPage(page);
                }

                /** A page set in two columns is read column by column (PageColumns); one with article threads as they say. */
                @Override
                protected void writePage() throws IOException {
                    List<List<TextPosition>> articles = charactersByArticle.stream().filter(a -> !a.isEmpty()).toList();
                    if (articles.size() == 1) {
                        List<List<TextPosition>> regions = PageColumns.readingOrder(articles.get(0));
                        charactersByArticle.clear();
                        charactersByArticle.addAll(regions);
                    }
                    articlesOnPage = 0;
                    super.writePage();
                }

                private int articlesOnPage;

                /**
                 * PDFBox's height of a font's glyphs, at most {@link #TALLEST_GLYPH}. PDFBox takes it from the font's
                 * descriptor, and an office suite's export may give a CJK font a CapHeight at the top of its bounding
                 * box (LibreOffice does, for Noto CJK): 1.4 em, more than the space between lines, so PDFBox reads two
                 * lines as one, sorting their characters into each other and dropping the break between them.
                 */
                @Override
                protected float computeFontHeight(PDFont font) throws IOException {
                    return Math.min(super.computeFontHeight(font), TALLEST_GLYPH);
                }

                /**
                 * PDFBox's check for duplicate overlapping glyphs (a glyph drawn again on itself, as simulated bold
                 * does, is read once), with the same rule: a glyph is dropped when one of the same text was shown on
                 * the page within a third of its width, across and up. PDFBox keeps the glyphs shown in a tree of
                 * boxed coordinates per text and walks a sub-map of it for every glyph, about a tenth of reading an
                 * office PDF (docs/formats.md); a list of coordinates per text, scanned, does the same for the few
                 * times a character recurs on a page.
                 */
                @Override
                protected void processTextPosition(TextPosition text) {
                    String unicode = text.getUnicode();
                    float x = text.getX(), y = text.getY();
                    float tolerance = text.getWidth() / unicode.length() / 3;
                    Spots spots = shown.computeIfAbsent(unicode, u -> new Spots());
                    if (spots.near(x, y, tolerance)) return;
                    spots.add(x, y);
                    super.processTextPosition(text);
                }

                /** A column ends a line: PDFBox joins the last line of one article to the first of the next. */
                @Override
                protected void startArticle(boolean isLTR) throws IOException {
                    if (articlesOnPage++ > 0) writeLineSeparator();
                    super.startArticle(isLTR);
                }
            };
            stripper.addOperator(new FontsByName(stripper));
            stripper.setSortByPosition(true);
            stripper.setSuppressDuplicateOverlappingText(false); // done by the stripper above, as PDFBox does it
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.writeText(pdf, all);
            deadline.check();
            List<String> texts = new ArrayList<>();
            List<Integer> scanned = new ArrayList<>();
            String whole = all.toString();
            for (int i = 1; i <= pages; i++) {
                String text = whole.substring(starts.get(i - 1), i < pages ? starts.get(i) : whole.length());
                texts.add(text);
                if (letters(text) < USABLE_TEXT_LAYER && hasImage(pdf.getPage(i - 1))) scanned.add(i);
            }
            if (!scanned.isEmpty()) {
                String why = ocr.unavailable();
                if (why != null) {
                    throw new ReadException(scannedMessage(scanned.size(), pages) + " and cannot be read here: " + why
                            + "; to read scanned documents, " + Tesseract.INSTALL);
                }
                if (scanned.size() > settings.maxOcrPages()) {
                    throw new ReadException(scannedMessage(scanned.size(), pages) + ", more than may be read by OCR ("
                            + settings.maxOcrPages() + ", policy-lineage.ingest.read.max-ocr-pages); nothing was read");
                }
            }
            List<PageText> out = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 1; i <= pages; i++) {
                deadline.check();
                if (!scanned.contains(i)) {
                    out.add(new PageText(texts.get(i - 1), ReadDocument.PageSource.TEXT_LAYER, -1));
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i - 1, settings.ocr().dpi(), ImageType.GRAY);
                Path png = Files.createTempFile("policy-lineage-page", ".png");
                try {
                    ImageIO.write(image, "png", png.toFile());
                    Tesseract.Result r = ocr.read(png, deadline);
                    out.add(new PageText(r.text(), ReadDocument.PageSource.OCR, r.confidence()));
                } finally {
                    Files.deleteIfExists(png);
                }
            }
            return out;
        } catch (InvalidPasswordException e) {
            throw new ReadException("the PDF is encrypted with a password; save a copy without the password "
                    + "(or print it to PDF) and send that");
        } catch (IOException e) {
            if (e.getCause() instanceof ReadException r) throw r;
            throw new ReadException("the file is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    /** Where the glyphs of one text were shown on a page: x and y in turn. */
    private static final class Spots {
        private float[] xy = new float[8];
        private int size;

        /** Whether one lies within {@code tolerance} of (x, y), as PDFBox's sub-map: from inclusive, to exclusive. */
        boolean near(float x, float y, float tolerance) {
            float fromX = x - tolerance, toX = x + tolerance, fromY = y - tolerance, toY = y + tolerance;
            for (int i = 0; i < size; i += 2) {
                float sx = xy[i], sy = xy[i + 1];
                if (sx >= fromX && sx < toX && sy >= fromY && sy < toY) return true;
            }
            return false;
        }

        void add(float x, float y) {
            if (size == xy.length) xy = Arrays.copyOf(xy, size * 2);
            xy[size++] = x;
            xy[size++] = y;
        }
    }

    /**
     * PDFBox's cache, except that fonts stay for the document's life. The text stripper drops a page's resources
     * from the cache after the page, and PDFBox keeps a font only once it has been dropped three times, so a font
     * used on every page was parsed again on the first pages: its encoding, widths and ToUnicode CMap. Printed
     * Chinese documents carry many fonts (Chromium splits a CJK font into a Type 3 font for every 256 glyphs), and
     * that re-parsing was a large part of reading the text layer (docs/formats.md). The document is read once and
     * closed, so its fonts are held no longer than that, and by soft references, as PDFBox holds them.
     */
    private static final class FontsKept extends DefaultResourceCache {
        @Override
        public PDFont removeFont(COSObject indirect) {
            return null;
        }
    }

    /**
     * Tf (set font and size), with each font looked up once per resource dictionary. PDFBox resolves the font's
     * name through the resources and the cache at every Tf, and Chromium's print sets the font before nearly
     * every glyph (a Type 3 font holds a few glyphs each), so that look-up was one of the largest costs of
     * reading such a page once the fonts were parsed. A name means one font within one resource dictionary, so
     * the font found first is the font every later Tf there gets.
     */
    private static final class FontsByName extends SetFontAndSize {
        private final Map<COSDictionary, Map<COSName, PDFont>> fonts = new IdentityHashMap<>();

        FontsByName(PDFStreamEngine context) {
            super(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> arguments) throws IOException {
            if (arguments.size() < 2) throw new MissingOperandException(operator, arguments);
            if (!(arguments.get(0) instanceof COSName name) || !(arguments.get(1) instanceof COSNumber size)) return;
            PDFStreamEngine context = getContext();
            PDResources resources = context.getResources();
            Map<COSName, PDFont> byName = fonts.computeIfAbsent(resources.getCOSObject(), r -> new HashMap<>());
            PDFont font = byName.get(name);
            if (font == null && !byName.containsKey(name)) {
                font = resources.getFont(name);
                byName.put(name, font);
            }
            context.getGraphicsState().getTextState().setFontSize(size.floatValue());
            context.getGraphicsState().getTextState().setFont(font);
        }
    }

    private static String scannedMessage(int scanned, int pages) {
        return scanned == pages ? "the PDF is scanned images with no text layer (" + pages + " pages)"
                : scanned + " of the PDF's " + pages + " pages are scanned images with no text layer";
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) n++;
        return n;
    }

    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) return false;
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) return true;
        }
        return false;
    }
}
