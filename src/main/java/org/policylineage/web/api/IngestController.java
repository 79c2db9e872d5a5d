package org.policylineage.web.api;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.policylineage.Settings;
import org.policylineage.pipeline.IngestOutcome;
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

/** Ingestion over HTTP, behind the admin credentials: a file upload or a raw text body. */
@RestController
@RequestMapping("/api")
@Tag(name = "ingestion")
class IngestController {
    private final DocumentLoader loader;
    private final long maxBytes;

    IngestController(DocumentLoader loader, Settings settings) {
        this.loader = loader;
        this.maxBytes = settings.ingest().maxDocumentSize().toBytes();
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ingest an uploaded document (needs the admin credentials)")
    ResponseEntity<IngestOutcome> upload(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload.txt" : file.getOriginalFilename();
        return answer(loader.load(name, file.getBytes()));
    }

    @PostMapping(path = "/documents", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Ingest a document sent as the request body (needs the admin credentials)")
    ResponseEntity<IngestOutcome> body(@RequestParam(defaultValue = "upload.txt") String name, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) throw new PayloadTooLargeException(maxBytes);
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) throw new PayloadTooLargeException(maxBytes);
        return answer(loader.load(name, bytes));
    }

    private static ResponseEntity<IngestOutcome> answer(IngestOutcome o) {
        HttpStatus status = switch (o.status()) {
            case INGESTED -> HttpStatus.CREATED;
            case REPLACED, DUPLICATE -> HttpStatus.OK;
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
