package org.policylineage.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Parameter;
import org.policylineage.Settings;
import org.policylineage.extract.DocNumber;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.ingest.Replace;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.DocumentPaths;
import org.policylineage.web.DocumentLoader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Ingestion over HTTP, behind the admin credentials: a file upload or a raw text body. The file
 * name is recorded, never used to find what to replace: a document already stored is replaced only
 * when the request names it ({@code replace=} its IRI or its 文号), and is otherwise a 409 conflict.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "ingestion")
class IngestController {
    private static final String REPLACE = "the document this one replaces: its IRI or its 文号. Without it, a document "
            + "already stored is not replaced (409); with it, the answer names what was replaced";

    private final DocumentLoader loader;
    private final IriScheme iris;
    private final long maxBytes;

    IngestController(DocumentLoader loader, IriScheme iris, Settings settings) {
        this.loader = loader;
        this.iris = iris;
        this.maxBytes = settings.ingest().maxDocumentSize().toBytes();
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ingest uploaded documents, one or several parts named file, in any format read (needs the admin "
            + "credentials). One file answers with its outcome; several with a list of outcomes, in order, stored together")
    ResponseEntity<?> upload(@RequestPart("file") List<MultipartFile> files,
                             @Parameter(description = REPLACE) @RequestParam(required = false) String replace) throws IOException {
        Replace what = replace(replace);
        List<Ingester.Source> sources = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.getSize() > maxBytes) throw new PayloadTooLargeException(maxBytes);
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.txt" : file.getOriginalFilename();
            sources.add(new Ingester.Source(name, file.getBytes(), what));
        }
        if (sources.size() == 1) return answer(loader.load(sources.get(0).fileName(), sources.get(0).bytes(), what));
        List<IngestOutcome> outcomes = loader.loadAll(sources);
        // Several outcomes, each with its own status: the request itself succeeded.
        return ResponseEntity.ok(outcomes);
    }

    @PostMapping(path = "/documents", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.APPLICATION_PDF_VALUE, "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/ofd", "application/vnd.ms-works", "application/wps-office.wps", MediaType.IMAGE_PNG_VALUE,
            MediaType.IMAGE_JPEG_VALUE, "image/tiff"})
    @Operation(summary = "Ingest a document sent as the request body, in any format read: its type is read from its bytes, "
            + "whatever the Content-Type says (needs the admin credentials)")
    ResponseEntity<IngestOutcome> body(@Parameter(description = "the source file's name, recorded with the document; it never "
                                               + "decides what is replaced") @RequestParam(defaultValue = "upload.txt") String name,
                                       @Parameter(description = REPLACE) @RequestParam(required = false) String replace,
                                       HttpServletRequest request) throws IOException {
        Replace what = replace(replace);
        if (request.getContentLengthLong() > maxBytes) throw new PayloadTooLargeException(maxBytes);
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) throw new PayloadTooLargeException(maxBytes);
        return answer(loader.load(name, bytes, what));
    }

    /** The document a request asks to replace, by IRI or 文号; nothing when it names none. */
    private Replace replace(String replace) {
        if (replace == null || replace.isBlank()) return Replace.NOTHING;
        String prefix = iris.document("");
        if (replace.startsWith("http://") || replace.startsWith("https://")) {
            if (!replace.startsWith(prefix) || !DocumentPaths.isPath(replace.substring(prefix.length()))) {
                throw new IllegalArgumentException("replace: not the IRI of a document of this service (" + prefix + "…): " + replace);
            }
            return Replace.document(replace);
        }
        DocNumber number = DocNumber.parse(replace).orElseThrow(() -> new IllegalArgumentException(
                "replace: neither a document IRI nor a document number (文号): " + replace));
        return Replace.document(iris.document(number));
    }

    private static ResponseEntity<IngestOutcome> answer(IngestOutcome o) {
        HttpStatus status = switch (o.status()) {
            case INGESTED -> HttpStatus.CREATED;
            case REPLACED, DUPLICATE -> HttpStatus.OK;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(o);
    }

    /** A body larger than the configured upload limit. */
    static final class PayloadTooLargeException extends RuntimeException {
        PayloadTooLargeException(long max) {
            super("the document is larger than the limit of " + max + " bytes (policy-lineage.ingest.max-document-size)");
        }
    }
}
