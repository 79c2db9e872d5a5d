package org.policylineage.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word files with Apache POI: the body's paragraphs and tables in order, one paragraph a line. Headers and
 * footers are running matter (the issuer, a page number field), not the document, and are left out.
 */
final class WordReader {
    private WordReader() {}

    static String docx(byte[] bytes) throws ReadException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    // A row to a line, its cells between bars as a web page copy shows a table, so the
                    // extractor reads a table of indicators the same way whatever format it came in.
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            line.append(cell.getText().replace('\n', ' ')).append(" | ");
                        }
                        out.append(line.toString().strip()).append('\n');
                    }
                }
            }
            return out.toString();
        } catch (EncryptedDocumentException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            throw damaged("Word (.docx)", e);
        }
    }

    /** Word 97-2003, and WPS Office's .wps, which keeps the same binary layout. */
    static String doc(byte[] bytes) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(new HWPFDocument(fs))) {
            StringBuilder out = new StringBuilder();
            for (String paragraph : extractor.getParagraphText()) {
                // 0x07 ends a table cell; 0x01 and 0x08 anchor a picture or a drawing, which have no text.
                out.append(fieldResults(paragraph).replace("\u0007", " |").replace("\u0001", "").replace("\u0008", "")
                        .replace('\r', '\n').strip()).append('\n');
            }
            return out.toString();
        } catch (EncryptedDocumentException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            throw damaged("Word 97-2003 or WPS", e);
        }
    }

    /**
     * A paragraph with each of Word's fields (a link, a page number, a date) as the reader sees it: the field's
     * result kept, its instructions dropped. A field is 0x13, instructions, optionally 0x14 and the result, then
     * 0x15, and fields nest. POI's {@code WordExtractor.stripFields} left the instructions of the last of several
     * fields in a paragraph ({@code HYPERLINK "http://…"} in the text, seen in a file saved by WPS Office with
     * three links in a table cell).
     */
    static String fieldResults(String paragraph) {
        if (paragraph.indexOf('\u0013') < 0) return paragraph;
        StringBuilder out = new StringBuilder(paragraph.length());
        // For each field open, whether its result has begun; text shows when every open field is in its result.
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        int hidden = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '\u0013') {
                open.push(false);
                hidden++;
            } else if (c == '\u0014') {
                if (open.isEmpty()) continue; // a field begun in an earlier paragraph
                if (!open.pop()) hidden--;
                open.push(true);
            } else if (c == '\u0015') {
                if (!open.isEmpty() && !open.pop()) hidden--;
            } else if (hidden == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static ReadException encrypted() {
        return new ReadException("the document is encrypted with a password; save a copy without the password and send that");
    }

    /**
     * A file POI cannot open. Its zip reader refuses entries that expand a hundredfold or more (a zip bomb) before
     * they fill memory; that is said in plain words.
     */
    static ReadException damaged(String format, Exception e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("Zip bomb") || detail.contains("exceeds the max") || detail.contains("inflate ratio")) {
            return new ReadException("the " + format + " file expands to far more than its size (a zip bomb?) and was not read");
        }
        return new ReadException("the file is a damaged or incomplete " + format + " document and cannot be read ("
                + detail.lines().findFirst().orElse("") + ")");
    }
}
