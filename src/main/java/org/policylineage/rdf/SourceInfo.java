package org.policylineage.rdf;

import java.time.Instant;

/**
 * The file a document was read from and the ingest that read it.
 *
 * @param content the decoded original text; selectors count code points into it
 */
public record SourceInfo(String fileName, String sha256, String encoding, String content,
                         String extractorVersion, Instant started, Instant ended) {}
