package org.policylineage.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.policylineage.Settings;
import org.policylineage.read.DocumentReader;
import org.policylineage.read.ReadDocument;

/**
 * The speed of documents as published beside their plain text: each seed document as text, PDF (text layer,
 * printed by Chromium and as an office suite exports it), DOCX and DOC through ingestion up to its graph (read,
 * normalise, extract, build; the store write that follows is the same for every format), on one thread, after a
 * warm-up, the formats in turn each round; and OCR pages per second on the 150-dpi scans.
 * Needs the files of .ci/format-fixtures. Run, after {@code mvn -o -q test-compile}:
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/bench-classes:target/classes:$(cat target/cp.txt) org.policylineage.bench.FormatBench [rounds] [scans]
 * </pre>
 * It prints the figures of docs/formats.md as a table: wall-clock and CPU time per document; then what PDFBox's own
 * parsing of each kind of PDF costs, the part of reading no tuning of the reader removes.
 */
public final class FormatBench {
    private FormatBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int scans = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path made = Path.of("target/formats");
        List<Path> seeds;
        try (var s = Files.list(Path.of("data/corpus"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Settings settings = Settings.load(Map.of());
        {
            ExtractionAlone ingest = new ExtractionAlone(settings);
            Map<String, List<byte[]>> files = new LinkedHashMap<>();
            // "pdf" is Chromium's print (a Type 3 font for every 256 glyphs), "office.pdf" LibreOffice's export
            // of the DOCX (CID-keyed fonts), as most published PDFs are made.
            for (String ext : List.of("txt", "pdf", "office.pdf", "docx", "doc")) {
                List<byte[]> list = new ArrayList<>();
                for (Path seed : seeds) {
                    String name = seed.getFileName().toString().replace(".txt", "");
                    Path file = ext.equals("txt") ? seed : made.resolve(name + (ext.equals("office.pdf") ? "-office.pdf" : "." + ext));
                    if (Files.exists(file)) list.add(Files.readAllBytes(file));
                }
                if (list.size() == seeds.size()) files.put(ext, list);
            }
            for (int w = 0; w < 5; w++) for (List<byte[]> list : files.values()) run(ingest, list);
            // Round by round, every format in turn: on a shared machine the load drifts, and a format timed all
            // at once would carry the load of its minutes alone.
            // The process's CPU time beside the wall clock: on a machine others load, the wall clock carries their work
            // too, while CPU time counts what this work costs (the reader runs on a thread of its own, and the JIT and
            // the collector count as well, as they would in the service).
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Map<String, Long> nanos = new LinkedHashMap<>(), cpu = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (var e : files.entrySet()) {
                    long t = System.nanoTime(), c = os.getProcessCpuTime();
                    run(ingest, e.getValue());
                    nanos.merge(e.getKey(), System.nanoTime() - t, Long::sum);
                    cpu.merge(e.getKey(), os.getProcessCpuTime() - c, Long::sum);
                }
            }
            double text = nanos.get("txt"), textCpu = cpu.get("txt");
            System.out.println("| format | ms per document | speed beside plain text | CPU ms per document | beside plain text, by CPU |");
            System.out.println("|---|---|---|---|---|");
            for (var e : nanos.entrySet()) {
                double perDoc = 1.0 / rounds / seeds.size() / 1e6;
                System.out.printf("| %s | %.1f | %.2f× | %.1f | %.2f× |%n", e.getKey(), e.getValue() * perDoc, text / e.getValue(),
                        cpu.get(e.getKey()) * perDoc, textCpu / cpu.get(e.getKey()));
            }
            floor(files, rounds, os, textCpu / rounds / seeds.size() / 1e6);
            if (scans == 0) return;
            DocumentReader reader = new DocumentReader(settings.ingest().read());
            if (reader.ocrUnavailable() != null) {
                System.out.println("OCR: not measured, " + reader.ocrUnavailable());
                return;
            }
            int pages = 0;
            double confidence = 0;
            long t = System.nanoTime();
            for (int i = 0; i < Math.min(scans, seeds.size()); i++) {
                String name = seeds.get(i).getFileName().toString().replace(".txt", "");
                ReadDocument d = reader.read(Files.readAllBytes(made.resolve(name + "-scan.pdf")));
                pages += d.pages().size();
                confidence += d.pages().stream().mapToDouble(ReadDocument.Page::confidence).sum();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("OCR (one file at a time, Tesseract on one thread): %d pages in %.1f s, %.2f pages/s, "
                    + "%.1f s a page, mean confidence %.1f%n", pages, seconds, pages / seconds, seconds / pages, confidence / pages);
        }
    }

    /**
     * What PDFBox's own parsing costs before any text is laid out, by CPU time: the document loaded, every page's
     * font dictionaries parsed, the fonts built, every content stream cut into tokens. Every PDFBox reader does
     * this much; beside the plain text's whole ingestion it bounds what tuning the reader can reach.
     */
    private static void floor(Map<String, List<byte[]>> files, int rounds, com.sun.management.OperatingSystemMXBean os,
                              double textCpuPerDocument) throws java.io.IOException {
        for (String ext : List.of("pdf", "office.pdf")) {
            if (!files.containsKey(ext)) continue;
            long[] cpu = new long[4];
            for (int r = -5; r < rounds; r++) {
                for (byte[] b : files.get(ext)) {
                    long c0 = os.getProcessCpuTime();
                    try (PDDocument pdf = Loader.loadPDF(b)) {
                        long c1 = os.getProcessCpuTime();
                        for (PDPage page : pdf.getPages()) {
                            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
                            if (fonts != null) for (COSName n : fonts.keySet()) fonts.getDictionaryObject(n);
                        }
                        long c2 = os.getProcessCpuTime();
                        for (PDPage page : pdf.getPages()) {
                            for (COSName n : page.getResources().getFontNames()) page.getResources().getFont(n);
                        }
                        long c3 = os.getProcessCpuTime();
                        for (PDPage page : pdf.getPages()) {
                            PDFStreamParser tokens = new PDFStreamParser(page);
                            while (tokens.parseNextToken() != null) {
                                // only the parsing counts
                            }
                        }
                        long c4 = os.getProcessCpuTime();
                        if (r >= 0) {
                            cpu[0] += c1 - c0;
                            cpu[1] += c2 - c1;
                            cpu[2] += c3 - c2;
                            cpu[3] += c4 - c3;
                        }
                    }
                }
            }
            double perDoc = 1.0 / rounds / files.get(ext).size() / 1e6, all = (cpu[0] + cpu[1] + cpu[2] + cpu[3]) * perDoc;
            System.out.printf("PDFBox alone, %s: load %.1f, font dictionaries %.1f, fonts built %.1f, content tokens %.1f: "
                    + "%.1f CPU ms per document, %.2f× the plain text's whole ingestion%n", ext, cpu[0] * perDoc, cpu[1] * perDoc,
                    cpu[2] * perDoc, cpu[3] * perDoc, all, all / textCpuPerDocument);
        }
    }

    private static void run(ExtractionAlone ingest, List<byte[]> files) {
        for (byte[] b : files) {
            if (ingest.triples(b) == 0) throw new IllegalStateException("a file was refused");
        }
    }
}
