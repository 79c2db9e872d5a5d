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

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String fileName;
        private String sha256;
        private String encoding;
        private String content;
        private String extractorVersion;
        private Instant started;
        private Instant ended;
        private String mediaType;
        private List<ReadDocument.Page> pages;

        private Builder() {}

        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        public Builder sha256(String sha256) {
            this.sha256 = sha256;
            return this;
        }

        public Builder encoding(String encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder extractorVersion(String extractorVersion) {
            this.extractorVersion = extractorVersion;
            return this;
        }

        public Builder started(Instant started) {
            this.started = started;
            return this;
        }

        public Builder ended(Instant ended) {
            this.ended = ended;
            return this;
        }

        public Builder mediaType(String mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        public Builder pages(List<ReadDocument.Page> pages) {
            this.pages = pages;
            return this;
        }

        public SourceInfo build() {
            return new SourceInfo(fileName, sha256, encoding, content, extractorVersion, started, ended, mediaType, pages);
        }
    }
}
