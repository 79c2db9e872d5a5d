package org.policylineage.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.policylineage.Settings;
import org.policylineage.extract.DocumentExtractor;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.NoStructureException;
import org.policylineage.ingest.Version;
import org.policylineage.rdf.DocumentGraphBuilder;
import org.policylineage.rdf.DocumentIdentity;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.KnownDocuments;
import org.policylineage.rdf.SourceInfo;
import org.policylineage.read.DocumentReader;
import org.policylineage.read.ReadDocument;
import org.policylineage.reference.ReferenceData;
import org.policylineage.text.UnreadableSourceException;

/**
 * Bytes to a document's graph with the product's own stages (read, extract, build) and no store:
 * what ingestion costs before it writes. Citations by title resolve to new nodes, as they would in
 * an empty store.
 */
final class ExtractionAlone {
    private final DocumentReader reader;
    private final DocumentExtractor extractor;
    private final DocumentGraphBuilder builder;
    private final DocumentIdentity identity;

    /** With the bundled reference data, the settings' base IRI and its limits of ingestion. */
    ExtractionAlone(Settings settings) {
        ReferenceData reference = ReferenceData.bundled();
        IriScheme iris = new IriScheme(settings.baseIri());
        this.reader = new DocumentReader(settings.ingest().read());
        this.extractor = new DocumentExtractor(reference, settings.ingest().limits());
        this.builder = new DocumentGraphBuilder(iris, reference);
        this.identity = new DocumentIdentity(iris, KnownDocuments.NONE);
    }

    /** The triples of the file's graph; 0 for a file ingestion would refuse. */
    long triples(byte[] bytes) {
        try {
            Instant started = Instant.now();
            ReadDocument source = reader.read(bytes);
            ExtractedDocument doc = extractor.extract(source.text());
            String iri = identity.of(doc, sha256(source.text().getBytes(StandardCharsets.UTF_8)));
            SourceInfo info = SourceInfo.builder().fileName("bench.txt").sha256(sha256(bytes)).encoding(source.encoding())
                    .content(source.text()).extractorVersion(Version.CURRENT).started(started).ended(Instant.now())
                    .mediaType(source.format().mediaType()).pages(source.pages()).build();
            return builder.build(doc, iri, identity, info).model().size();
        } catch (UnreadableSourceException | NoStructureException e) {
            return 0;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
