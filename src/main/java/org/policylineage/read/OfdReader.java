package org.policylineage.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * OFD (GB/T 33190): a zip of XML, OFD.xml → the document's Document.xml → each page's Content.xml, whose
 * TextObject/TextCode elements hold the text with its position. No OFD reader is served by the Maven
 * repository this build uses (ofdrw 2.3.7 is not found; Tika and PDFBox do not read OFD), so this small reader
 * takes the text codes of each page's layers and orders them by position; templates (running headers),
 * annotations and signatures are not read. It guards the zip the way POI does for Word: entries are read with
 * a cap on what they may expand to.
 */
final class OfdReader {
    /** What a file may expand to: a hundred times its size (POI's zip-bomb ratio), and never more than this. */
    private static final long MAX_EXPANDED = 256L << 20;
    private static final int MAX_ENTRIES = 100_000;
    /** Text codes whose baselines differ by less than this (mm) are on one line. */
    private static final double SAME_LINE = 1.5;

    private OfdReader() {}

    static List<String> read(byte[] bytes, int maxPages, Deadline deadline) throws ReadException {
        Map<String, byte[]> entries = unzip(bytes);
        byte[] root = entries.get("OFD.xml");
        if (root == null) throw new ReadException("the OFD file has no OFD.xml and cannot be read");
        Element docRoot = first(parse(root), "DocRoot");
        if (docRoot == null) throw new ReadException("the OFD file names no document (DocRoot) and cannot be read");
        String docPath = path("", docRoot.getTextContent());
        byte[] document = entries.get(docPath);
        if (document == null) throw new ReadException("the OFD file's document " + docPath + " is missing");
        String docDir = docPath.contains("/") ? docPath.substring(0, docPath.lastIndexOf('/') + 1) : "";
        NodeList pageNodes = parse(document).getElementsByTagNameNS("*", "Page");
        if (pageNodes.getLength() > maxPages) {
            throw new ReadException("the OFD document has " + pageNodes.getLength() + " pages, more than a policy document may have ("
                    + maxPages + ", policy-lineage.ingest.read.max-pages); nothing was read");
        }
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < pageNodes.getLength(); i++) {
            deadline.check();
            String loc = path(docDir, ((Element) pageNodes.item(i)).getAttribute("BaseLoc"));
            byte[] content = entries.get(loc);
            if (content == null) throw new ReadException("the OFD file's page " + (i + 1) + " (" + loc + ") is missing");
            pages.add(pageText(parse(content)));
        }
        if (pages.isEmpty()) throw new ReadException("the OFD document has no pages");
        return pages;
    }

    private record Code(double x, double y, String text) {}

    private static String pageText(Document page) {
        List<Code> codes = new ArrayList<>();
        NodeList objects = page.getElementsByTagNameNS("*", "TextObject");
        for (int i = 0; i < objects.getLength(); i++) {
            Element object = (Element) objects.item(i);
            double[] box = numbers(object.getAttribute("Boundary"));
            NodeList textCodes = object.getElementsByTagNameNS("*", "TextCode");
            for (int k = 0; k < textCodes.getLength(); k++) {
                Element code = (Element) textCodes.item(k);
                double x = box.length > 0 ? box[0] : 0, y = box.length > 1 ? box[1] : 0;
                codes.add(new Code(x + number(code.getAttribute("X")), y + number(code.getAttribute("Y")), code.getTextContent()));
            }
        }
        codes.sort(Comparator.comparingDouble(Code::y).thenComparingDouble(Code::x));
        StringBuilder out = new StringBuilder();
        double lineY = Double.NaN;
        List<Code> line = new ArrayList<>();
        for (Code c : codes) {
            if (!Double.isNaN(lineY) && Math.abs(c.y() - lineY) > SAME_LINE) {
                appendLine(out, line);
                line.clear();
            }
            if (line.isEmpty()) lineY = c.y();
            line.add(c);
        }
        appendLine(out, line);
        return out.toString();
    }

    private static void appendLine(StringBuilder out, List<Code> line) {
        if (line.isEmpty()) return;
        line.sort(Comparator.comparingDouble(Code::x));
        for (Code c : line) out.append(c.text());
        out.append('\n');
    }

    private static double number(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double[] numbers(String s) {
        if (s == null || s.isBlank()) return new double[0];
        String[] parts = s.strip().split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = number(parts[i]);
        return out;
    }

    /** A location in the package: absolute (/Doc_0/…) or relative to {@code dir}. */
    private static String path(String dir, String loc) {
        String l = loc.strip().replace('\\', '/');
        return l.startsWith("/") ? l.substring(1) : dir + l;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws ReadException {
        long budget = Math.min(MAX_EXPANDED, 100L * bytes.length);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            byte[] buffer = new byte[8192];
            while ((e = zip.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) throw new ReadException("the OFD file has too many parts and was not read");
                if (e.isDirectory()) continue;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    budget -= n;
                    if (budget < 0) {
                        throw new ReadException("the OFD file expands to far more than its size (a zip bomb?) and was not read");
                    }
                    // Only the XML parts are kept: fonts and images are not read.
                    if (e.getName().endsWith(".xml")) out.write(buffer, 0, n);
                }
                if (e.getName().endsWith(".xml")) entries.put(path("", e.getName()), out.toByteArray());
            }
        } catch (IOException e) {
            throw new ReadException("the file is a damaged OFD document and cannot be read (" + e.getMessage() + ")");
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws ReadException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // No DTDs or external entities: an OFD is data from anywhere.
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (InputStream in = new ByteArrayInputStream(xml)) {
                return b.parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ReadException("the OFD file holds malformed XML and cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Element first(Document d, String localName) {
        NodeList l = d.getElementsByTagNameNS("*", localName);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }
}
