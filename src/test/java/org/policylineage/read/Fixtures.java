package org.policylineage.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;

/**
 * The files made from the seed texts by .ci/format-fixtures (PDF, DOCX, DOC, scans), and those the tests make
 * themselves: OFD files, a zip bomb, a 500-page PDF.
 */
final class Fixtures {
    static final Path MADE = Path.of("target/formats");

    private Fixtures() {}

    /** A file .ci/format-fixtures made; the test is skipped, saying how to make them, when it is missing. */
    static byte[] made(String name) throws IOException {
        Path p = MADE.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(p), "missing " + p + ": run .ci/format-fixtures (.ci/test-tools runs it)");
        return Files.readAllBytes(p);
    }

    /**
     * An OFD package (GB/T 33190) of a text: OFD.xml, Doc_0/Document.xml and a Content.xml per page of
     * {@code linesPerPage} lines, each line a TextObject 7 mm below the last, with a running header on each page.
     * No OFD writer is served by the Maven repository this build uses (ofdrw is not), so the package is written here
     * to the standard's structure.
     */
    static byte[] ofd(String text, int linesPerPage, String runningHeader) throws IOException {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int pages = (lines.size() + linesPerPage - 1) / linesPerPage;
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\">"
                    + "<ofd:DocBody><ofd:DocInfo><ofd:DocID>fixture</ofd:DocID></ofd:DocInfo>"
                    + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
            StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + ns + ">"
                    + "<ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                    + "</ofd:PageArea></ofd:CommonData><ofd:Pages>");
            for (int p = 0; p < pages; p++) doc.append("<ofd:Page ID=\"").append(p + 2).append("\" BaseLoc=\"Pages/Page_").append(p).append("/Content.xml\"/>");
            put(zip, "Doc_0/Document.xml", doc.append("</ofd:Pages></ofd:Document>").toString());
            int id = 100;
            for (int p = 0; p < pages; p++) {
                StringBuilder page = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + ns + "><ofd:Content><ofd:Layer ID=\"" + (id++) + "\">");
                // Written bottom line first: the reader must order text by position, not by the XML.
                page.append(textObject(id++, 280, "— " + (p + 1) + " —"));
                if (runningHeader != null) page.append(textObject(id++, 12, runningHeader));
                for (int k = Math.min(lines.size(), (p + 1) * linesPerPage) - 1; k >= p * linesPerPage; k--) {
                    page.append(textObject(id++, 25 + 7 * (k - p * linesPerPage), lines.get(k)));
                }
                put(zip, "Doc_0/Pages/Page_" + p + "/Content.xml", page.append("</ofd:Layer></ofd:Content></ofd:Page>").toString());
            }
        }
        return bytes.toByteArray();
    }

    private static String textObject(int id, double y, String line) {
        String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<ofd:TextObject ID=\"" + id + "\" Boundary=\"25 " + y + " 160 7\" Font=\"1\" Size=\"5\">"
                + "<ofd:TextCode X=\"0\" Y=\"5\">" + escaped + "</ofd:TextCode></ofd:TextObject>";
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A .docx-shaped zip whose document.xml expands from about a megabyte to 256 MB of spaces. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 256; i++) zip.write(spaces);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A PDF of {@code pages} blank pages, made with PDFBox. */
    static byte[] blankPdf(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
