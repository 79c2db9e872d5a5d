package org.policylineage.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.policylineage.text.DecodedSource;
import org.policylineage.text.SourceDecoder;
import org.policylineage.text.UnreadableSourceException;

/**
 * Reads a file as published into text: finds its format from its bytes (Tika's detector, then the container's
 * parts for zip and OLE2 files), reads it with the library for that format, and returns the text with its
 * pages. Every file is read within the time limit; a file over a limit, encrypted, damaged, or scanned where no
 * OCR is installed is refused with a message that says which.
 */
public final class DocumentReader {
    private static final String NOT_TEXT_ENCODING = "n/a";
    /** Threads that read files under a time limit; daemons, so a parse that never returns cannot hold the JVM. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "document-reader");
        t.setDaemon(true);
        return t;
    });

    private final ReadSettings settings;
    private final Tesseract ocr;
    private final Tika tika = new Tika();

    public DocumentReader(ReadSettings settings) {
        this.settings = settings;
        this.ocr = new Tesseract(settings.ocr());
    }

    /** Why scanned files cannot be read here, or null when OCR is installed. */
    public String ocrUnavailable() {
        return ocr.unavailable();
    }

    /** The text of a file, read within {@code time-per-file}. */
    public ReadDocument read(byte[] bytes) throws UnreadableSourceException {
        if (bytes.length == 0) throw new ReadException("the file is empty");
        Format format = detect(bytes);
        if (format == Format.TEXT || format == Format.HTML) {
            // Text is read at once: the decoder is linear in the size and bounded by max-document-size.
            DecodedSource s = SourceDecoder.decode(bytes);
            return new ReadDocument(s.text(), s.html() ? Format.HTML : Format.TEXT, s.encoding(), List.of());
        }
        Deadline deadline = new Deadline(settings.timePerFile());
        Future<ReadDocument> job = READERS.submit(() -> readBinary(format, bytes, deadline));
        try {
            return job.get(settings.timePerFile().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw deadline.exceeded();
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new ReadException("interrupted while reading the file");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReadException r) throw r;
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new ReadException("the " + format.label() + " file needs more memory to read than this service has; nothing was stored");
            }
            throw new ReadException("the " + format.label() + " file cannot be read (" + e.getCause() + ")");
        }
    }

    private ReadDocument readBinary(Format format, byte[] bytes, Deadline deadline) throws ReadException, InterruptedException {
        return switch (format) {
            case PDF -> paged(format, new PdfReader(settings, ocr).read(bytes, deadline));
            case OFD -> paged(format, OfdReader.read(bytes, settings.maxPages(), deadline).stream()
                    .map(t -> new PdfReader.PageText(t, ReadDocument.PageSource.TEXT_LAYER, -1)).toList());
            case DOCX -> whole(format, WordReader.docx(bytes));
            case DOC -> whole(format, WordReader.doc(bytes));
            case PNG, JPEG, TIFF -> image(format, bytes, deadline);
            case TEXT, HTML -> throw new IllegalStateException("text is decoded, not read");
        };
    }

    private static ReadDocument whole(Format format, String text) throws ReadException {
        if (text.isBlank()) throw new ReadException("the " + format.label() + " document holds no text");
        return new ReadDocument(text, format, NOT_TEXT_ENCODING, List.of());
    }

    /**
     * Pages joined by a form feed (a line break to the normaliser), after running headers and footers are
     * dropped; each page's start is recorded so quotes can name their page.
     */
    private static ReadDocument paged(Format format, List<PdfReader.PageText> pages) throws ReadException {
        List<String> cleaned = PageLayout.clean(pages.stream().map(PdfReader.PageText::text).toList());
        StringBuilder text = new StringBuilder();
        List<ReadDocument.Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) text.append('\f');
            out.add(new ReadDocument.Page(i + 1, text.length(), pages.get(i).source(), pages.get(i).confidence()));
            text.append(cleaned.get(i));
        }
        if (text.toString().isBlank()) throw new ReadException("the " + format.label() + " document holds no text");
        return new ReadDocument(text.toString(), format, NOT_TEXT_ENCODING, out);
    }

    private ReadDocument image(Format format, byte[] bytes, Deadline deadline) throws ReadException, InterruptedException {
        String why = ocr.unavailable();
        if (why != null) {
            throw new ReadException("the file is a " + format.label() + ", which is read by OCR, and OCR cannot run here: " + why
                    + "; to read scanned documents, " + Tesseract.INSTALL);
        }
        int frames = frames(bytes);
        if (frames > settings.maxOcrPages()) {
            throw new ReadException("the image has " + frames + " pages, more than may be read by OCR ("
                    + settings.maxOcrPages() + ", policy-lineage.ingest.read.max-ocr-pages); nothing was read");
        }
        Path file = null;
        try {
            file = Files.createTempFile("policy-lineage-image", "." + format.name().toLowerCase());
            Files.write(file, bytes);
            Tesseract.Result r = ocr.read(file, deadline);
            String[] pageTexts = r.text().split("\f", -1);
            List<PdfReader.PageText> pages = new ArrayList<>();
            for (String t : pageTexts) pages.add(new PdfReader.PageText(t, ReadDocument.PageSource.OCR, r.confidence()));
            return paged(format, pages);
        } catch (IOException e) {
            throw new ReadException("cannot read the image: " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** Pages of an image file (a TIFF may hold many); 1 when Java cannot say. */
    private static int frames(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return 1;
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return Math.max(1, r.getNumImages(true));
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            return 1;
        }
    }

    /**
     * The format of the bytes. Tika's magic numbers tell PDF, images, zip and OLE2 containers apart; which
     * document a container holds is read from its parts (word/document.xml, OFD.xml, WordDocument), as Tika's
     * container detectors would, without the parser modules they come with.
     */
    public Format detect(byte[] bytes) throws ReadException {
        String type = tika.detect(bytes);
        switch (type) {
            case "application/pdf":
                return Format.PDF;
            case "image/png":
                return Format.PNG;
            case "image/jpeg":
                return Format.JPEG;
            case "image/tiff":
                return Format.TIFF;
            case "application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice", "application/x-tika-ooxml-protected":
                break;
            default:
                // An OLE2 compound file Tika names by what it guessed from its summary (application/msword for a
                // file saved by WPS Office 11): the streams inside decide, as for any other.
                if (ole2Signature(bytes)) return ole2(bytes);
                if (type.startsWith("image/")) {
                    throw new ReadException("the file is an image of type " + type + ", which is not read; send PNG, JPEG or TIFF");
                }
                return Format.TEXT;
        }
        if (type.equals("application/x-tika-msoffice") || type.equals("application/x-tika-ooxml-protected")) return ole2(bytes);
        return zip(bytes);
    }

    private static Format zip(byte[] bytes) throws ReadException {
        boolean word = false, ofd = false, anything = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                anything = true;
                if (e.getName().equals("word/document.xml")) word = true;
                if (e.getName().equals("OFD.xml")) ofd = true;
            }
        } catch (IOException | IllegalArgumentException e) {
            // A zip whose directory is damaged: the entries read so far decide.
        }
        if (ofd) return Format.OFD;
        if (word) return Format.DOCX;
        throw new ReadException(anything ? "the file is a zip archive that holds no Word (.docx) or OFD document; "
                + "send the documents themselves" : "the file is a damaged zip archive (a damaged .docx or .ofd?) and cannot be read");
    }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static boolean ole2Signature(byte[] bytes) {
        return bytes.length >= OLE2.length && Arrays.equals(bytes, 0, OLE2.length, OLE2, 0, OLE2.length);
    }

    private static Format ole2(byte[] bytes) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) throw WordReader.encrypted();
            if (root.hasEntryCaseInsensitive("WordDocument")) return Format.DOC;
            throw new ReadException("the file is an Office document that is not a Word or WPS text (a spreadsheet or "
                    + "presentation?); send the policy document itself");
        } catch (IOException | RuntimeException e) {
            throw new ReadException("the file is a damaged Word 97-2003 or WPS document and cannot be read (" + e.getMessage() + ")");
        }
    }
}
