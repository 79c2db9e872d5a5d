package org.policylineage.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.Settings;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingestion;
import org.policylineage.ingest.Replace;
import org.policylineage.ingest.Version;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.TdbStore;
import org.policylineage.validation.GraphValidator;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.PL;

/**
 * Corrections on a real TDB2 store holding the seed corpus: they change what queries see without
 * changing what extraction stored, survive re-ingest and lineage rebuilds, are reported orphaned
 * when what they judged is gone, and bad ones are refused with the store unchanged.
 */
class CurationTest {
    private static final String PREFIXES = "PREFIX pl: <" + PL.NS + "> PREFIX time: <http://www.w3.org/2006/time#> "
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";

    @TempDir
    Path dir;
    PolicyStore store;
    Ingestion ingestion;
    Curation curation;
    Path file002;

    /** A clock a second on at every reading, so corrections made one after another are ordered. */
    static Clock ticking() {
        return new Clock() {
            private Instant now = Instant.parse("2026-01-05T09:00:00Z");
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public synchronized Instant instant() { return now = now.plus(Duration.ofSeconds(1)); }
        };
    }

    @BeforeEach
    void load() throws IOException {
        store = TdbStore.open(dir.resolve("store"));
        ingestion = Ingestion.on(store).settings(Settings.load(Map.of())).clock(ticking()).build();
        curation = ingestion.curation();
        ingestion.ingester().prepare();
        for (Path f : TestCorpus.corpusFiles()) {
            ingestion.ingester().ingest(f.getFileName().toString(), Files.readAllBytes(f));
            if (f.getFileName().toString().startsWith("002")) file002 = f;
        }
        ingestion.lineage().rebuild();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String target() {
        return ingestion.iris().document("su-fu-ban/2022/140") + "/target/7-1";
    }

    private List<String> values(String query, boolean asStored) {
        var q = QueryFactory.create(PREFIXES + query);
        var rs = asStored ? store.selectExtracted(q) : store.select(q);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            var n = s.get(rs.getResultVars().get(0));
            out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        }
        return out;
    }

    private Correction edit(String target, Map<String, String> values) {
        return curation.submit(new CorrectionRequest(CurationAction.EDIT, null, target, values, "value read from the wrong clause"), "alice");
    }

    @Test
    void anEditedTargetIsSeenCorrectedAndTheExtractedValueStaysStored() {
        String t = target();
        List<String> extracted = values("SELECT ?v WHERE { <" + t + "> pl:value ?v }", false);
        assertThat(extracted).hasSize(1);
        Correction c = edit(t, Map.of("value", "612", "unit", "张", "deadline", "2027"));

        assertThat(values("SELECT ?v WHERE { <" + t + "> pl:value ?v }", false)).containsExactly("612.0");
        assertThat(values("SELECT ?y WHERE { <" + t + "> pl:deadline/time:inXSDgYear ?y }", false)).containsExactly("2027");
        assertThat(values("SELECT ?s WHERE { <" + t + "> pl:curationStatus ?s }", false))
                .containsExactly("https://w3id.org/policy-lineage/def/curation-status/corrected");
        // The extracted view: the value as extracted is still stored, in the document's graph.
        assertThat(values("SELECT ?v WHERE { GRAPH ?g { <" + t + "> pl:value ?v } FILTER(STRSTARTS(STR(?g), \""
                + ingestion.iris().base() + "graph/doc/\")) }", true)).isEqualTo(extracted);
        assertThat(c.replaced()).extracting(Correction.Replaced::object).contains(extracted.get(0));
        assertThat(c.orphaned()).isFalse();

        // A deadline the text does not state is removed; a range's upper value is set, then removed again.
        String other = ingestion.iris().document("su-fu-ban/2022/140") + "/target/7-2";
        assertThat(values("SELECT ?y WHERE { <" + other + "> pl:deadline/time:inXSDgYear ?y }", false)).isNotEmpty();
        edit(other, Map.of("deadline", "none", "upper", "260"));
        assertThat(values("SELECT ?y WHERE { <" + other + "> pl:deadline ?y }", false)).isEmpty();
        assertThat(values("SELECT ?u WHERE { <" + other + "> pl:upperValue ?u }", false)).containsExactly("260.0");
        assertThat(values("SELECT ?y WHERE { <" + other + "> pl:deadline/time:inXSDgYear ?y }", true)).as("still stored as extracted").isNotEmpty();
        Correction removed = edit(other, Map.of("upper", "none"));
        assertThat(values("SELECT ?u WHERE { <" + other + "> pl:upperValue ?u }", false)).isEmpty();
        assertThat(removed.values()).containsEntry("upper", "none");
        assertThat(curation.history(other)).hasSize(2).last().satisfies(h -> assertThat(h.values()).containsEntry("upper", "none"));
        assertThat(new GraphValidator().validate(store).getEntries()).as("SHACL violations of the corrected view").isEmpty();
    }

    /** Done means: correct a target, re-ingest its document with a changed extractor version, the correction holds. */
    @Test
    void aCorrectionHoldsWhenTheDocumentIsReadAgainByAnotherExtractorVersion() throws IOException {
        String t = target();
        String doc = ingestion.iris().document("su-fu-ban/2022/140");
        edit(t, Map.of("value", "612"));
        // A responsibility and a certificate type of the target's measure, judged by the IRIs they are named by.
        String measure = values("SELECT ?m WHERE { <" + t + "> pl:measure ?m }", false).get(0);
        List<String> responsibilities = values("SELECT ?r WHERE { <" + measure + "> pl:hasResponsibility ?r } ORDER BY ?r", false);
        List<String> statements = values("SELECT ?s WHERE { ?s a pl:CertificateTypeStatement ; rdf:subject <" + measure + "> } ORDER BY ?s", false);
        assertThat(responsibilities).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r).startsWith(measure + "/responsibility/"));
        assertThat(statements).isNotEmpty();
        String rejectedAgency = values("SELECT ?a WHERE { <" + responsibilities.get(0) + "> pl:agency ?a }", false).get(0);
        String rejectedType = values("SELECT ?c WHERE { <" + statements.get(0) + "> rdf:object ?c }", false).get(0);
        curation.submit(new CorrectionRequest(CurationAction.REJECT, null, responsibilities.get(0), Map.of(), "not named for this measure"), "alice");
        curation.submit(new CorrectionRequest(CurationAction.CONFIRM, null, responsibilities.get(1), Map.of(), "named in the note"), "alice");
        curation.submit(new CorrectionRequest(CurationAction.REJECT, null, statements.get(0), Map.of(), "named only in passing"), "alice");
        String otherAgency = values("SELECT ?a WHERE { ?a a pl:Agency FILTER NOT EXISTS { <" + measure + "> pl:hasResponsibility/pl:agency ?a } } ORDER BY ?a LIMIT 1", false).get(0);
        Correction addedResponsibility = curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.RESPONSIBILITY, measure,
                Map.of("agency", otherAgency, "lead", "true"), "named in the measure's note, missed"), "alice");
        String otherType = values("SELECT ?c WHERE { ?c a pl:CertificateType FILTER NOT EXISTS { <" + measure + "> pl:certificateType ?c } } ORDER BY ?c LIMIT 1", false).get(0);
        curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.CERTIFICATE_TYPE, measure,
                Map.of("type", otherType), "named in the measure's text"), "alice");
        assertThat(new GraphValidator().validate(store).getEntries()).as("SHACL violations of the corrected view").isEmpty();
        // The document as an earlier extractor left it: its graph says another version read it.
        store.update(UpdateFactory.create(PREFIXES + "DELETE { GRAPH ?g { ?a pl:extractorVersion ?v } } INSERT { GRAPH ?g { ?a pl:extractorVersion \"0.1-earlier\" } } "
                + "WHERE { GRAPH ?g { ?a pl:extractorVersion ?v } FILTER(?g = <" + ingestion.iris().documentGraph("su-fu-ban/2022/140") + ">) }"));
        assertThat(values("SELECT ?v WHERE { ?a pl:extractorVersion ?v }", false)).contains("0.1-earlier");

        IngestOutcome o = ingestion.ingester().ingest(file002.getFileName().toString(), Files.readAllBytes(file002), Replace.document(doc));
        assertThat(o.status()).isEqualTo(IngestOutcome.Status.REPLACED);
        ingestion.lineage().rebuild();

        assertThat(values("SELECT ?v WHERE { ?a pl:extractorVersion ?v }", false)).doesNotContain("0.1-earlier").contains(Version.CURRENT);
        assertThat(values("SELECT ?v WHERE { <" + t + "> pl:value ?v }", false)).containsExactly("612.0");
        assertThat(curation.history(t)).singleElement().satisfies(c -> {
            assertThat(c.orphaned()).isFalse();
            assertThat(c.appliesTo()).contains(t);
        });
        // Read again, the document names its responsibilities and certificate types by the same IRIs: every judgement holds.
        assertThat(curation.corrections()).hasSize(6).noneMatch(Correction::orphaned);
        assertThat(values("SELECT ?r WHERE { <" + measure + "> pl:hasResponsibility ?r }", false)).doesNotContain(responsibilities.get(0))
                .contains(responsibilities.get(1), addedResponsibility.appliesTo().orElseThrow());
        assertThat(values("SELECT ?a WHERE { <" + measure + "> pl:hasResponsibility/pl:agency ?a }", false)).doesNotContain(rejectedAgency).contains(otherAgency);
        assertThat(values("SELECT ?a WHERE { <" + measure + "> pl:hasResponsibility/pl:agency ?a }", true)).as("as extracted").contains(rejectedAgency);
        assertThat(values("SELECT ?c WHERE { <" + measure + "> pl:certificateType ?c }", false)).doesNotContain(rejectedType).contains(otherType);
        assertThat(values("SELECT ?c WHERE { <" + measure + "> pl:certificateType ?c }", true)).contains(rejectedType);
        assertThat(values("SELECT ?l WHERE { <" + addedResponsibility.appliesTo().orElseThrow() + "> pl:lead ?l }", false)).containsExactly("true");
    }

    private String quoteOf(String fact) {
        return values("SELECT ?q WHERE { <" + fact + "> pl:evidence/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact> ?q }", false).get(0);
    }

    /** Replaces the Suzhou document by its text with {@code quote} replaced, and rebuilds lineage, as an edited file re-ingested would. */
    private void reingestWith(String quote, String replacement, String fileName) throws IOException {
        String text = Files.readString(file002, StandardCharsets.UTF_8);
        assertThat(text).contains(quote);
        Path changed = dir.resolve(fileName);
        Files.writeString(changed, text.replace(quote, replacement), StandardCharsets.UTF_8);
        IngestOutcome o = ingestion.ingester().ingest(fileName, Files.readAllBytes(changed),
                Replace.document(ingestion.iris().document("su-fu-ban/2022/140")));
        assertThat(o.status()).isEqualTo(IngestOutcome.Status.REPLACED);
        ingestion.lineage().rebuild();
    }

    /** Done means: change the document's text so the target disappears, the correction is reported orphaned. */
    @Test
    void aCorrectionWhoseTargetIsGoneIsOrphanedNotLostNorAppliedElsewhere() throws IOException {
        String t = target();
        String quote = quoteOf(t);
        Correction made = edit(t, Map.of("value", "612"));
        reingestWith(quote, "。", "002-changed.txt");

        Correction now = curation.corrections().stream().filter(c -> c.iri().equals(made.iri())).findFirst().orElseThrow();
        assertThat(now.orphaned()).isTrue();
        assertThat(now.appliesTo()).isEmpty();
        assertThat(values("SELECT ?o WHERE { <" + made.iri() + "> pl:orphaned ?o }", false)).containsExactly("true");
        assertThat(values("SELECT ?t WHERE { ?t a pl:Target ; pl:value 612.0 }", false)).as("the corrected value is applied to no other target").isEmpty();
        assertThat(values("SELECT ?t WHERE { ?t pl:curationStatus ?s }", false)).isEmpty();
    }

    /** A target whose numbering moved (a target added before it in its measure) keeps its correction, by the words it was read from. */
    @Test
    void aCorrectionFollowsItsTargetWhenTheNumberingMoves() throws IOException {
        String t = target();
        String quote = quoteOf(t);
        Correction made = edit(t, Map.of("value", "612"));
        reingestWith(quote, "全市有机产品认证证书达300张，" + quote, "002-moved.txt");

        String moved = ingestion.iris().document("su-fu-ban/2022/140") + "/target/7-2";
        assertThat(quoteOf(moved)).as("the corrected target is now the second of its measure").isEqualTo(quote);
        Correction now = curation.corrections().stream().filter(c -> c.iri().equals(made.iri())).findFirst().orElseThrow();
        assertThat(now.orphaned()).isFalse();
        assertThat(now.appliesTo()).contains(moved);
        assertThat(values("SELECT ?v WHERE { <" + moved + "> pl:value ?v }", false)).containsExactly("612.0");
        assertThat(values("SELECT ?v WHERE { <" + t + "> pl:value ?v }", false)).as("the new first target keeps its own value").containsExactly("300.0");
    }

    /**
     * An added target stands where its words do, as an extracted one: its quote and place in the text (white space
     * aside), its measure (the one whose text holds the words, when it was added to the document), and while the
     * words are there; words the text does not hold are refused, and a target whose words are gone is orphaned.
     */
    @Test
    void anAddedTargetIsPlacedByItsWordsAndOrphanedWhenTheyAreGone() throws IOException {
        String doc = ingestion.iris().document("su-fu-ban/2022/140");
        String measure = values("SELECT ?m WHERE { <" + target() + "> pl:measure ?m }", false).get(0);
        // The text holds 证书达 120张: typed without the space, to the document, not the measure.
        Correction made = curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, doc, Map.of("value", "120",
                "unit", "张", "deadline", "2025", "quote", "绿色建材产品分级认证证书达120张", "indicator", "绿色建材产品分级认证证书"),
                "read again by hand"), "alice");
        String added = made.appliesTo().orElseThrow();
        assertThat(values("SELECT ?m WHERE { <" + added + "> pl:measure ?m }", false)).containsExactly(measure);
        assertThat(values("SELECT ?t WHERE { <" + measure + "> pl:hasTarget ?t }", false)).contains(added);
        assertThat(quoteOf(added)).isEqualTo("绿色建材产品分级认证证书达 120张");
        String text = Files.readString(file002, StandardCharsets.UTF_8);
        List<String> place = values("SELECT ?s WHERE { <" + added + "> pl:evidence/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#start> ?s }", false);
        int start = Integer.parseInt(place.get(0));
        assertThat(text.substring(text.offsetByCodePoints(0, start))).startsWith("绿色建材产品分级认证证书达 120张");

        // Words the measure's text does not hold: refused, nothing written.
        long version = store.dataVersion().orElseThrow();
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, measure, Map.of("value", "300",
                "unit", "家", "quote", "绿色认证企业达300家以上", "indicator", "绿色认证企业"), "missed"), "alice"))
                .isInstanceOf(CorrectionRefused.class).hasMessageContaining("is not in the text of " + measure);
        // Words of another measure are not this measure's.
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, measure, Map.of("value", "80",
                "unit", "家", "quote", "全市打造绿色工厂80家", "indicator", "绿色工厂"), "missed"), "alice"))
                .isInstanceOf(CorrectionRefused.class).hasMessageContaining("is not in the text of " + measure);
        assertThat(store.dataVersion()).contains(version);

        reingestWith("绿色建材产品分级认证证书达 120张", "绿色建材产品分级认证证书若干", "002-words-gone.txt");
        Correction now = curation.corrections().stream().filter(c -> c.iri().equals(made.iri())).findFirst().orElseThrow();
        assertThat(now.orphaned()).isTrue();
        assertThat(values("SELECT ?t WHERE { <" + added + "> a pl:Target }", false)).isEmpty();
    }

    /** Done means: reject an alignment, rebuild lineage, it stays rejected. */
    @Test
    void aRejectedAlignmentStaysRejectedAcrossRebuildsAndLineageDoesNotUseIt() {
        List<String> alignments = values("SELECT ?a WHERE { ?a a pl:MeasureAlignment ; pl:score ?s } ORDER BY ?s ?a", false);
        assertThat(alignments).isNotEmpty();
        String a = alignments.get(0);
        String child = values("SELECT ?c WHERE { <" + a + "> pl:childMeasure ?c }", false).get(0);
        String parent = values("SELECT ?p WHERE { <" + a + "> pl:parentMeasure ?p }", false).get(0);
        curation.submit(new CorrectionRequest(CurationAction.REJECT, null, a, Map.of(), "the two measures share boilerplate only"), "bob");
        assertThat(values("SELECT ?a WHERE { <" + a + "> a pl:MeasureAlignment }", false)).isEmpty();

        ingestion.lineage().rebuild();
        ingestion.lineage().rebuild();
        assertThat(values("SELECT ?a WHERE { ?a a pl:MeasureAlignment }", true)).doesNotContain(a);
        assertThat(values("SELECT ?p WHERE { <" + child + "> pl:followsMeasure ?p }", true)).doesNotContain(parent);
        assertThat(values("SELECT ?s WHERE { <" + a + "> pl:curationStatus ?s }", false))
                .containsExactly("https://w3id.org/policy-lineage/def/curation-status/rejected");
        assertThat(curation.history(a)).singleElement().satisfies(c -> assertThat(c.orphaned()).isFalse());
    }

    @Test
    void addedCitationsTargetsAlignmentsAndTargetLinksAreWalkedByLineage() {
        String from = ingestion.iris().document("su-fu-ban/2022/140");
        String cited = ingestion.iris().document("guo-ban-fa/2019/9");
        assertThat(values("SELECT ?d WHERE { <" + from + "> pl:derivesFrom ?d }", false)).doesNotContain(cited);
        curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.CITATION, from,
                Map.of("number", "国办发〔2019〕9号", "relation", "implements"), "cited in the preamble, missed by the extractor"), "alice");

        String t = target();
        String measure = values("SELECT ?m WHERE { <" + t + "> pl:measure ?m }", false).get(0);
        Correction target = curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, measure, Map.of("value", "10",
                "unit", "个", "comparator", ">=", "deadline", "2025", "quote", "建设环保产业认证示范区", "indicator", "环保产业认证示范区"),
                "a target the extractor missed"), "alice");
        String added = target.appliesTo().orElseThrow();
        // A measure and a target of another document that lineage did not link to them.
        String parentMeasure = values("SELECT ?m WHERE { ?m a pl:Measure ; pl:document ?d FILTER (?d != <" + from + ">) "
                + "FILTER NOT EXISTS { <" + measure + "> pl:followsMeasure ?m } } ORDER BY ?m LIMIT 1", false).get(0);
        String parentTarget = values("SELECT ?p WHERE { ?p a pl:QuantitativeTarget ; pl:document ?d FILTER (?d != <" + from + ">) "
                + "FILTER NOT EXISTS { ?l pl:childTarget <" + t + "> ; pl:parentTarget ?p } } ORDER BY ?p LIMIT 1", false).get(0);
        Correction alignment = curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.ALIGNMENT, measure,
                Map.of("parent", parentMeasure), "the measure restates the parent's"), "bob");
        Correction link = curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET_LINK, t,
                Map.of("parent", parentTarget), "the target is the parent's, broken down"), "bob");
        ingestion.lineage().rebuild();

        assertThat(values("SELECT ?d WHERE { <" + from + "> pl:derivesFrom ?d }", false)).contains(cited);
        assertThat(values("SELECT ?c WHERE { ?c a pl:Citation ; pl:cited <" + cited + "> ; pl:curationStatus ?s }", false)).hasSize(1);
        assertThat(values("SELECT ?v WHERE { <" + measure + "> pl:hasTarget ?t . ?t pl:value ?v ; pl:unit \"个\" ; pl:deadline/time:inXSDgYear \"2025\"^^<http://www.w3.org/2001/XMLSchema#gYear> }", false))
                .containsExactly("10.0");
        assertThat(values("SELECT ?s WHERE { <" + added + "> pl:curationStatus ?s }", false))
                .containsExactly("https://w3id.org/policy-lineage/def/curation-status/added");
        // Lineage walks what was added: the measure and the target now descend from their new parents.
        assertThat(values("SELECT ?p WHERE { <" + measure + "> pl:followsMeasure ?p }", false)).contains(parentMeasure);
        assertThat(values("SELECT ?a WHERE { <" + measure + "> pl:hasAncestor ?a }", false)).contains(parentMeasure);
        assertThat(values("SELECT ?a WHERE { <" + t + "> pl:hasAncestor ?a }", false)).contains(parentTarget);
        assertThat(values("SELECT ?g WHERE { GRAPH ?g { <" + alignment.appliesTo().orElseThrow() + "> a pl:MeasureAlignment } }", false))
                .as("the added alignment is stated once, in the curated graph").containsExactly(ingestion.iris().curatedGraph());
        assertThat(link.appliesTo()).isPresent();
        assertThat(curation.corrections()).noneMatch(Correction::orphaned);
        assertThat(new GraphValidator().validate(store).getEntries()).as("SHACL violations of the corrected view").isEmpty();
    }

    /** Done means: import the same corrections twice, store unchanged. */
    @Test
    void importingTheSameCorrectionsTwiceChangesNothing() throws IOException {
        edit(target(), Map.of("value", "612"));
        curation.submit(new CorrectionRequest(CurationAction.CONFIRM, null, ingestion.iris().document("su-fu-ban/2022/140") + "/target/7-2",
                Map.of(), "checked against the text"), "bob");
        String measure = values("SELECT ?m WHERE { <" + target() + "> pl:measure ?m }", false).get(0);
        String added = curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, measure, Map.of("value", "10", "unit", "个",
                "quote", "建设环保产业认证示范区", "indicator", "环保产业认证示范区"), "missed"), "bob").appliesTo().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        curation.export(out);
        byte[] file = out.toByteArray();

        try (PolicyStore other = TdbStore.open(dir.resolve("other"))) {
            Ingestion there = Ingestion.on(other).settings(Settings.load(Map.of())).build();
            there.ingester().prepare();
            for (Path f : TestCorpus.corpusFiles()) there.ingester().ingest(f.getFileName().toString(), Files.readAllBytes(f));
            there.lineage().rebuild();
            assertThat(there.curation().importTrig(new ByteArrayInputStream(file))).isEqualTo(new Curation.ImportOutcome(3, 3, 0));
            long size = other.size();
            long version = other.dataVersion().orElseThrow();
            ByteArrayOutputStream before = new ByteArrayOutputStream();
            other.export(before, org.apache.jena.riot.Lang.NQUADS);

            assertThat(there.curation().importTrig(new ByteArrayInputStream(file))).isEqualTo(new Curation.ImportOutcome(3, 0, 3));
            assertThat(other.size()).isEqualTo(size);
            assertThat(other.dataVersion()).contains(version);
            ByteArrayOutputStream after = new ByteArrayOutputStream();
            other.export(after, org.apache.jena.riot.Lang.NQUADS);
            assertThat(after.toString(StandardCharsets.UTF_8)).isEqualTo(before.toString(StandardCharsets.UTF_8));
            assertThat(values2(other, "SELECT ?v WHERE { <" + target() + "> pl:value ?v }")).containsExactly("612.0");
            assertThat(values2(other, "SELECT ?v WHERE { <" + added + "> pl:value ?v ; pl:comparator \"=\" }")).containsExactly("10.0");
        }
    }

    private static List<String> values2(PolicyStore s, String query) {
        List<String> out = new ArrayList<>();
        s.select(QueryFactory.create(PREFIXES + query)).forEachRemaining(r -> out.add(r.getLiteral("v").getLexicalForm()));
        return out;
    }

    /** Done means: a correction without a note, or for an IRI that does not exist, is refused with a clear message, store unchanged. */
    @Test
    void badCorrectionsAreRefusedAndChangeNothing() {
        long version = store.dataVersion().orElseThrow();
        String t = target();
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t, Map.of("value", "612"), " "), "alice"))
                .isInstanceOf(CorrectionRefused.class).hasMessageContaining("note");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t + "9", Map.of("value", "612"), "why"), "alice"))
                .isInstanceOf(CorrectionRefused.class).hasMessageContaining("no target, citation").hasMessageContaining(t + "9")
                .extracting(e -> ((CorrectionRefused) e).reason()).isEqualTo(CorrectionRefused.Reason.NOT_FOUND);
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t, Map.of("value", "many"), "why"), "alice"))
                .hasMessageContaining("must be a number");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t, Map.of("colour", "red"), "why"), "alice"))
                .hasMessageContaining("has no field colour");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.CITATION, ingestion.iris().document("su-fu-ban/2022/140"),
                Map.of("number", "not a number"), "why"), "alice")).hasMessageContaining("is not a 文号");
        String measure = values("SELECT ?m WHERE { <" + t + "> pl:measure ?m }", false).get(0);
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, measure,
                Map.of("value", "300", "unit", "家", "indicator", "企业"), "why"), "alice")).hasMessageContaining("needs its quote");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.TARGET, t,
                Map.of("value", "300", "unit", "家", "indicator", "企业", "quote", "企业300家"), "why"), "alice"))
                .hasMessageContaining("no Measure or PolicyDocument is stored as " + t);
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.ALIGNMENT, measure,
                Map.of("parent", measure + "9"), "why"), "alice")).hasMessageContaining("parent of an added alignment");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.ADD, CuratedKind.CERTIFICATE_TYPE, measure,
                Map.of("type", "no-such-type"), "why"), "alice")).hasMessageContaining("no certificate type is named no-such-type");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t, Map.of("deadline", "soon"), "why"), "alice"))
                .hasMessageContaining("a year of four digits or none");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t, Map.of("quote", "其他"), "why"), "alice"))
                .hasMessageContaining("set only when one is added");
        assertThatThrownBy(() -> curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t, Map.of("comparator", "about"), "why"), "alice"))
                .hasMessageContaining("must be one of >=");
        assertThatThrownBy(() -> curation.importTrig(new ByteArrayInputStream("<a> <b> .".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(CorrectionRefused.class);
        assertThat(store.dataVersion()).contains(version);
        assertThat(curation.corrections()).isEmpty();
    }
}
