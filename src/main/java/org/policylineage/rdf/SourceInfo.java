package org.policylineage.rdf;

import java.time.Instant;
import java.util.List;

import org.policylineage.read.ReadDocument;

/**
 * The file a document was read from and the ingest that read it.
 *
 * @param encoding  the character encoding of a text file; null for a binary format (PDF, Word, OFD, image)
 * @param content   the text read from the file; selectors count code points into it
 * @param mediaType the file's format as read from its bytes
 * @param pages     for a paged format, where each page starts in {@code content} (char offsets) and how it was read
 */
public record SourceInfo(String fileName, String sha256, String encoding, String content,
                         String extractorVersion, Instant started, Instant ended, String mediaType, List<ReadDocument.Page> pages) {

    public SourceInfo {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /** The page the char offset {@code index} of the content is on; 0 for a format without pages. */
    public int pageAt(int index) {
        int page = 0;
        for (ReadDocument.Page p : pages) {
            if (p.start() > index) break;
            page = p.number();
        }
        return page;
    }
}
