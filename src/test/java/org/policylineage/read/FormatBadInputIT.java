package org.policylineage.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.Settings;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.PolicyStore;
import org.policylineage.ingest.Ingestion;

/**
 * Documents as published, ingested into a real TDB2 store: a PDF keeps its bytes, media type and pages and its
 * quotes name their page; each bad file (encrypted, damaged, a zip bomb, scanned where no OCR is installed, 500
 * pages, too slow) is refused with a message saying what is wrong, quickly, and the store is unchanged.
 */
@Timeout(300)
class FormatBadInputIT {
    @TempDir
    static Path dir;
    static PolicyStore store;
    static Ingester ingest;
    static IriScheme iris;

    @BeforeAll
    static void open() throws IOException {
        Ingestion ingestion = TestCorpus.freshStore(dir);
        store = ingestion.store();
        iris = ingestion.iris();
        ingest = ingestion.ingester();
        IngestOutcome seed = ingest.ingest("seed.txt", Files.readAllBytes(TestCorpus.corpusFiles().get(1)));
        assertThat(seed.loaded()).isTrue();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aPdfKeepsItsBytesAndMediaTypeAndItsQuotesNameTheirPage() throws Exception {
        byte[] pdf = Fixtures.made("002_5d5394bdb4d3b40c.pdf");
        IngestOutcome o = ingest.ingest("suzhou.pdf", pdf);
        assertThat(o.loaded()).as(String.valueOf(o.message())).isTrue();
        String graph = iris.documentGraph(iris.pathOf(o.documentIri()));
        List<Row> source = Rows.of(store, "sparql/test/source-file.rq", Map.of("graph", org.apache.jena.graph.NodeFactory.createURI(graph)));
        assertThat(source).hasSize(1);
        assertThat(source.get(0).string("format")).isEqualTo("application/pdf");
        assertThat(source.get(0).string("sha256")).isEqualTo(sha256(pdf));
        byte[] kept = Base64.getDecoder().decode(source.get(0).string("bytes"));
        assertThat(kept).isEqualTo(pdf);
        assertThat(Integer.parseInt(source.get(0).string("pages"))).isGreaterThan(1);
        // Every target's quote names a page, and the later measures are on later pages.
        List<Row> pages = Rows.of(store, "sparql/test/target-pages.rq", Map.of("graph", org.apache.jena.graph.NodeFactory.createURI(graph)));
        assertThat(pages).isNotEmpty().allSatisfy(r -> assertThat(r.string("page")).isNotNull());
        assertThat(pages.stream().mapToInt(r -> Integer.parseInt(r.string("page"))).max().getAsInt()).isGreaterThan(1);
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        assertRefused("encrypted.pdf", Fixtures.made("encrypted.pdf"), "encrypted with a password");
    }

    @Test
    void aDamagedDocxIsRefused() throws Exception {
        byte[] docx = Fixtures.made("000_2a67e571e19ace14.docx");
        assertRefused("cut.docx", Arrays.copyOf(docx, docx.length / 2), "damaged");
    }

    /**
     * The head of a Word 97 compound file with the Word stream's name where a file saved by WPS Office 11 has it,
     * and nothing after. Tika names it application/msword, not a generic Office file (as it named a real file saved
     * by WPS Office 11); it is opened as the compound file its first bytes say it is and refused as a damaged Word or
     * WPS file. Before, it went to the text decoder and was refused as "not text in UTF-8, UTF-16 or GB18030".
     */
    @Test
    void aCutWpsFileIsRefusedAsADamagedWordOrWpsFile() throws Exception {
        byte[] head = new byte[4096];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, head, 0, signature.length);
        byte[] stream = "WordDocument".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(stream, 0, head, 1408, stream.length);
        assertRefused("cut.wps", head, "damaged Word 97-2003 or WPS");
    }

    @Test
    void aZipBombDisguisedAsDocxIsRefusedWithoutFillingMemory() throws Exception {
        assertRefused("bomb.docx", Fixtures.zipBomb(), "zip bomb");
    }

    @Test
    void aFiveHundredPagePdfIsRefusedBeforeItsPagesAreRead() throws Exception {
        long started = System.nanoTime();
        assertRefused("long.pdf", Fixtures.blankPdf(500), "500 pages");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(30);
    }

    @Test
    void aScannedPdfWithoutOcrIsRefusedSayingHowToInstallIt() throws Exception {
        Ingester noOcr = service(Map.of("policy-lineage.ingest.read.ocr.command", dir.resolve("no-tesseract").toString()));
        long before = store.size();
        IngestOutcome o = noOcr.ingest("scan.pdf", Fixtures.made("000_2a67e571e19ace14-scan.pdf"));
        assertThat(o.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(o.message()).contains("scanned images with no text layer").contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim");
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void aFileThatTakesTooLongIsRefusedAndNothingHangs() throws Exception {
        Assumptions.assumeTrue(ingest.ocrUnavailable() == null, "needs OCR, to be slow");
        Ingester hasty = service(Map.of("policy-lineage.ingest.read.time-per-file", "2s"));
        long before = store.size(), started = System.nanoTime();
        IngestOutcome o = hasty.ingest("slow.pdf", Fixtures.made("004_eebb562d54bae8ad-scan.pdf"));
        assertThat(o.status()).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(o.message()).contains("took longer than 2 s");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
        assertThat(store.size()).isEqualTo(before);
    }

    private static Ingester service(Map<String, String> overrides) {
        Settings settings = Settings.load(new HashMap<>(overrides));
        return Ingestion.on(store).settings(settings).build().ingester();
    }

    private static void assertRefused(String name, byte[] bytes, String why) {
        long before = store.size();
        IngestOutcome o = ingest.ingest(name, bytes);
        assertThat(o.status()).as(String.valueOf(o.message())).isEqualTo(IngestOutcome.Status.REJECTED);
        assertThat(o.message()).contains(why);
        assertThat(store.size()).isEqualTo(before);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
