package org.policylineage.extract;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.policylineage.reference.ReferenceData;
import org.policylineage.text.DecodedSource;
import org.policylineage.text.SourceDecoder;
import org.policylineage.text.UnreadableSourceException;

/**
 * Coverage-guided fuzzing (Jazzer) of everything raw input passes through before RDF: decoding,
 * normalisation, segmentation and every extractor. Any input must be read or refused with one of
 * the two documented exceptions; anything else — a crash, an index out of range — is a finding.
 * Seeds are the corpus documents; the build fuzzes for a bounded time in its own execution.
 */
class ExtractorFuzzTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled());

    @FuzzTest(maxDuration = "30s")
    void fuzzDecodeAndExtract(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        DecodedSource source;
        try {
            source = SourceDecoder.decode(bytes);
        } catch (UnreadableSourceException refused) {
            return;
        }
        try {
            ExtractedDocument doc = EXTRACTOR.extract(source.text());
            // Every span must lie inside the text: quotes are cut from these offsets.
            int n = doc.text().length();
            for (MeasureRecord m : doc.measures()) {
                check(m.start() <= m.end() && m.end() <= n, "measure span");
                for (TargetRecord t : m.targets()) {
                    check(t.start() <= t.end() && t.end() <= n, "target span");
                    doc.text().originalText(t.start(), t.end());
                }
            }
            for (TargetRecord t : doc.documentTargets()) {
                check(t.start() <= t.end() && t.end() <= n, "document target span");
                doc.text().originalText(t.start(), t.end());
            }
            for (CitationRecord c : doc.citations()) check(c.start() <= c.end() && c.end() <= n, "citation span");
        } catch (NoStructureException refused) {
            // a clear refusal is a correct answer
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) throw new IllegalStateException(what + " outside the text");
    }
}
