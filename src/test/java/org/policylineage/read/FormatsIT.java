package org.policylineage.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policylineage.Settings;
import org.policylineage.TestCorpus;
import org.policylineage.extract.DocNumber;
import org.policylineage.extract.DocumentExtractor;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.MeasureRecord;
import org.policylineage.extract.TargetRecord;
import org.policylineage.reference.ReferenceData;

/**
 * Each seed document as it would be published (printed to PDF by a browser and exported by an office suite, in two
 * columns as a gazette prints it, saved as DOCX and DOC, as OFD, scanned at 150 dpi) is read to the same 文号, title,
 * measures, targets and citations as its text.
 */
class FormatsIT {
    private static final Settings SETTINGS = Settings.load(Map.of());
    private static final DocumentReader READER = new DocumentReader(SETTINGS.ingest().read());
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled(), SETTINGS.ingest().limits());

    static Stream<Arguments> publishedCopies() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path seed : TestCorpus.corpusFiles()) {
            String name = seed.getFileName().toString().replace(".txt", "");
            for (String ext : List.of("pdf", "office.pdf", "docx", "doc", "ofd")) out.add(Arguments.of(name, ext));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("publishedCopies")
    void aPublishedCopyReadsAsItsText(String name, String ext) throws Exception {
        String text = Files.readString(TestCorpus.CORPUS.resolve(name + ".txt"));
        byte[] bytes = switch (ext) {
            case "ofd" -> Fixtures.ofd(text, 24, "连云港市人民政府办公室");
            // LibreOffice's export of the DOCX: the way most published PDFs are made, with fonts whose descriptors
            // make PDFBox take a glyph for taller than the space between lines.
            case "office.pdf" -> Fixtures.made(name + "-office.pdf");
            default -> Fixtures.made(name + "." + ext);
        };
        ReadDocument read = READER.read(bytes);
        assertThat(read.format()).isEqualTo(switch (ext) {
            case "pdf", "office.pdf" -> Format.PDF;
            case "docx" -> Format.DOCX;
            case "doc" -> Format.DOC;
            default -> Format.OFD;
        });
        if (read.format().paged()) assertThat(read.pages()).isNotEmpty();
        Summary expected = Summary.of(EXTRACTOR.extract(text));
        Summary actual = Summary.of(EXTRACTOR.extract(read.text()));
        assertThat(actual.number()).isEqualTo(expected.number());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.measures()).isEqualTo(expected.measures());
        assertThat(actual.targets()).isEqualTo(expected.targets());
        assertThat(actual.citations()).isEqualTo(expected.citations());
    }

    /**
     * A copy laid out as a gazette prints it (the first lines across the page, the rest in two columns) reads
     * column by column: its text is the one-column copy's, white space aside, where a reading across the page
     * would splice a line of the other column into almost every line. The narrow column wraps the text's lines
     * again, mid-phrase (光 / 伏、风 / 电、节能), and the text stage joins them back: the 文号, title, measures,
     * targets and citations are the text's.
     */
    @ParameterizedTest(name = "{0}-2col.pdf")
    @MethodSource("seeds")
    void aTwoColumnCopyReadsColumnByColumn(String name) throws Exception {
        ReadDocument twoColumns = READER.read(Fixtures.made(name + "-2col.pdf"));
        ReadDocument oneColumn = READER.read(Fixtures.made(name + ".pdf"));
        assertThat(withoutSpace(twoColumns.text())).isEqualTo(withoutSpace(oneColumn.text()));
        Summary expected = Summary.of(EXTRACTOR.extract(Files.readString(TestCorpus.CORPUS.resolve(name + ".txt"))));
        Summary actual = Summary.of(EXTRACTOR.extract(twoColumns.text()));
        assertThat(actual).isEqualTo(expected);
    }

    /**
     * Simulated bold, a glyph drawn a second time a fraction of a point beside itself, reads as the glyph once: every
     * page of the office export drawn again 0.3 pt to the right reads to the text of the file as exported.
     */
    @ParameterizedTest(name = "{0}-office.pdf, drawn twice")
    @MethodSource("shortestSeed")
    void aPageDrawnTwiceOverItselfReadsOnce(String name) throws Exception {
        byte[] exported = Fixtures.made(name + "-office.pdf");
        ByteArrayOutputStream overprinted = new ByteArrayOutputStream();
        try (PDDocument pdf = Loader.loadPDF(exported)) {
            for (PDPage page : pdf.getPages()) {
                byte[] content;
                try (InputStream in = page.getContents()) {
                    content = in.readAllBytes();
                }
                // Each copy in its own graphics state: a content stream may change the state it leaves behind.
                page.setContents(List.of(stream(pdf, "q\n", content), stream(pdf, "q 1 0 0 1 0.3 0 cm\n", content)));
            }
            pdf.save(overprinted);
        }
        assertThat(READER.read(overprinted.toByteArray()).text()).isEqualTo(READER.read(exported).text());
    }

    private static PDStream stream(PDDocument pdf, String before, byte[] content) throws IOException {
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(before.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.write("\nQ\n".getBytes(StandardCharsets.US_ASCII));
        }
        return stream;
    }

    /**
     * A link in a Word 97-2003 or WPS file is a field: its instruction (HYPERLINK and the address), then the text
     * shown. Three in one paragraph read as the text shown; POI's own field stripping left the last one's
     * instruction in the text, as it did in a file saved by WPS Office with three links in a table cell.
     */
    @Test
    void linksInAWordFileReadAsTheTextShown() throws Exception {
        ReadDocument read = READER.read(Fixtures.made("links.doc"));
        assertThat(read.format()).isEqualTo(Format.DOC);
        assertThat(read.text()).contains("详见中国政府网、市场监管总局网站和认监委网站。").doesNotContain("HYPERLINK", "http");
    }

    static Stream<String> seeds() throws IOException {
        return TestCorpus.corpusFiles().stream().map(p -> p.getFileName().toString().replace(".txt", ""));
    }

    private static String withoutSpace(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    static Stream<String> shortestSeed() throws IOException {
        Path shortest = null;
        for (Path p : TestCorpus.corpusFiles()) if (shortest == null || Files.size(p) < Files.size(shortest)) shortest = p;
        return Stream.of(shortest.getFileName().toString().replace(".txt", ""));
    }

    /**
     * A 150-dpi grey scan, read by OCR: the same 文号, and at least 90% of the targets with value, unit and deadline.
     * OCR takes seconds a page, so the suite reads the shortest seed; docs/formats.md has the figures for all five.
     */
    @ParameterizedTest(name = "{0}-scan.pdf")
    @MethodSource("shortestSeed")
    void aScannedCopyReadsByOcrToTheSameNumberAndNearlyAllTargets(String name) throws Exception {
        Assumptions.assumeTrue(READER.ocrUnavailable() == null, "OCR is not installed: " + READER.ocrUnavailable());
        byte[] bytes = Fixtures.made(name + "-scan.pdf");
        long started = System.nanoTime();
        ReadDocument read = READER.read(bytes);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(read.ocrPages()).isEqualTo(read.pages().size());
        assertThat(read.pages()).allSatisfy(p -> assertThat(p.confidence()).isBetween(0.0, 100.0));
        ExtractedDocument expectedDoc = EXTRACTOR.extract(Files.readString(TestCorpus.CORPUS.resolve(name + ".txt")));
        ExtractedDocument actualDoc = EXTRACTOR.extract(read.text());
        Summary expected = Summary.of(expectedDoc), actual = Summary.of(actualDoc);
        assertThat(actual.number()).isEqualTo(expected.number());
        // The measure for a scan: value, unit and deadline right (OCR misreads a character of a name often).
        List<String> left = new ArrayList<>(actual.quantities());
        int found = 0;
        for (String t : expected.quantities()) if (left.remove(t)) found++;
        System.out.printf("OCR %s: %d pages in %.1f s, mean confidence %.1f, targets %d of %d%n", name, read.pages().size(), seconds,
                read.pages().stream().mapToDouble(ReadDocument.Page::confidence).average().orElse(0), found, expected.targets().size());
        assertThat(found).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * expected.targets().size()));
    }

    /** What a reader compares: 文号, title, measures by number and heading, targets, citations. */
    record Summary(String number, String title, List<String> measures, List<String> targets, List<String> citations) {
        static Summary of(ExtractedDocument d) {
            List<String> targets = new ArrayList<>();
            for (MeasureRecord m : d.measures()) for (TargetRecord t : m.targets()) targets.add(target(t));
            for (TargetRecord t : d.documentTargets()) targets.add(target(t));
            return new Summary(d.number().map(DocNumber::canonical).orElse(""), d.title().orElse(""),
                    d.measures().stream().map(m -> m.number() + m.heading()).toList(), targets,
                    d.citations().stream().map(c -> c.relation().notation() + " " + c.number().map(DocNumber::canonical)
                            .orElse(c.normalisedTitle().orElse(""))).toList());
        }

        /** Each target as value, unit and deadline. */
        List<String> quantities() {
            return targets.stream().map(t -> t.substring(t.indexOf(' ') + 1)).toList();
        }

        private static String target(TargetRecord t) {
            return t.indicator() + " " + (t.value() == null ? "" : t.value().stripTrailingZeros().toPlainString()) + " " + t.unit()
                    + " " + t.deadlineYear();
        }
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
