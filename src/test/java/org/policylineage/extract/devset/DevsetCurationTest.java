package org.policylineage.extract.devset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.policylineage.Settings;
import org.policylineage.curation.CorrectionRequest;
import org.policylineage.curation.CuratedKind;
import org.policylineage.curation.Curation;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingestion;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.TdbStore;
import org.policylineage.text.TextNormaliser;
import org.policylineage.vocab.CurationAction;

/**
 * What curation buys on the development set: its texts are stored, their targets scored against the
 * gold as the store serves them, and a curator corrects every wrong target the way the explorer lets
 * one (edit a value, unit or deadline read wrong; reject a target that is none). Scored again from
 * the corrected view, every corrected target is right: 1.0 on the corrected items. Before any
 * correction, the review queue of targets (by the confidence extraction gave each) is held against
 * the same gold: the wrong targets come first more often than chance would put them there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevsetCurationTest {
    private static final String TARGETS = "PREFIX pl: <https://w3id.org/policy-lineage/def#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX time: <http://www.w3.org/2006/time#> "
            + "SELECT ?t ?value ?upper ?unit ?deadline ?label WHERE { VALUES ?doc { <%s> } "
            + "?t a pl:QuantitativeTarget ; pl:document ?doc ; pl:value ?value ; pl:unit ?unit ; rdfs:label ?label . "
            + "OPTIONAL { ?t pl:upperValue ?upper } OPTIONAL { ?t pl:deadline/time:inXSDgYear ?deadline } }";

    /** Chance puts a fifth of the wrong targets in the queue's first fifth; the queue must do at least twice as well. */
    private static final double QUEUE_FLOOR = 0.4;

    @TempDir
    static Path dir;
    static PolicyStore store;
    static Curation curation;
    /** Document IRI by devset id, for the texts stored. */
    static final Map<String, Gold> golds = new LinkedHashMap<>();
    static final Map<String, String> docs = new LinkedHashMap<>();

    record StoredTarget(String iri, BigDecimal value, BigDecimal upper, String unit, Integer deadline, String label) {}

    record Score(int tp, int fp, int fn) {
        double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
        double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
    }

    @BeforeAll
    static void load() throws IOException {
        store = TdbStore.open(dir.resolve("store"));
        Ingestion ingestion = Ingestion.on(store).settings(Settings.load(Map.of())).build();
        curation = ingestion.curation();
        ingestion.ingester().prepare();
        for (Gold g : DevsetScorer.load()) {
            IngestOutcome o = ingestion.ingester().ingest(g.id() + ".txt", g.text().getBytes(StandardCharsets.UTF_8));
            if (!o.loaded() || !g.accepted()) continue;
            golds.put(g.id(), g);
            docs.put(g.id(), o.documentIri());
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<StoredTarget> targets(String doc) {
        List<StoredTarget> out = new ArrayList<>();
        store.select(QueryFactory.create(String.format(TARGETS, doc))).forEachRemaining((QuerySolution r) -> out.add(new StoredTarget(
                r.getResource("t").getURI(), new BigDecimal(r.getLiteral("value").getLexicalForm()),
                r.contains("upper") ? new BigDecimal(r.getLiteral("upper").getLexicalForm()) : null, r.getLiteral("unit").getString(),
                r.contains("deadline") ? Integer.valueOf(r.getLiteral("deadline").getLexicalForm()) : null, r.getLiteral("label").getString())));
        return out;
    }

    static boolean same(Gold.Target g, StoredTarget t) {
        return g.value() != null && g.value().compareTo(t.value()) == 0 && unit(g.unit()).equals(unit(t.unit()))
                && (g.upper() == null ? t.upper() == null : t.upper() != null && g.upper().compareTo(t.upper()) == 0)
                && Objects.equals(g.deadline(), t.deadline());
    }

    static String unit(String u) {
        return u == null ? "" : TextNormaliser.normaliseFragment(u.strip()).replaceAll("（[^）]*）$", "").toLowerCase(Locale.ROOT);
    }

    static String squeeze(String s) { return s == null ? "" : s.replaceAll("\\s+", ""); }

    /** Stored targets against the gold's: those that match, the stored ones that match none, the gold ones none matches. */
    static Map<String, Object> compare(Gold g, List<StoredTarget> stored) {
        List<Gold.Target> unmatched = new ArrayList<>(g.targets());
        List<StoredTarget> wrong = new ArrayList<>();
        int tp = 0;
        for (StoredTarget t : stored) {
            Gold.Target match = unmatched.stream().filter(gt -> same(gt, t)).findFirst().orElse(null);
            if (match == null) wrong.add(t);
            else {
                unmatched.remove(match);
                tp++;
            }
        }
        return Map.of("tp", tp, "wrong", wrong, "missed", unmatched);
    }

    @SuppressWarnings("unchecked")
    static Score score() {
        int tp = 0, fp = 0, fn = 0;
        for (var e : golds.entrySet()) {
            Map<String, Object> c = compare(e.getValue(), targets(docs.get(e.getKey())));
            tp += (int) c.get("tp");
            fp += ((List<?>) c.get("wrong")).size();
            fn += ((List<?>) c.get("missed")).size();
        }
        return new Score(tp, fp, fn);
    }

    /** Of the wrong targets, the share a curator working down the queue meets in its first fifth; chance would give a fifth. */
    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void theReviewQueuePutsWrongTargetsFirst() {
        Set<String> stored = new HashSet<>();
        Set<String> wrong = new HashSet<>();
        for (var e : golds.entrySet()) {
            List<StoredTarget> targets = targets(docs.get(e.getKey()));
            targets.forEach(t -> stored.add(t.iri()));
            ((List<StoredTarget>) compare(e.getValue(), targets).get("wrong")).forEach(t -> wrong.add(t.iri()));
        }
        List<String> queue = curation.reviewQueue(Optional.of(CuratedKind.TARGET), 0, Integer.MAX_VALUE).items().stream()
                .map(Curation.QueueItem::iri).filter(stored::contains).toList();
        assertThat(queue).as("every scored target is in the queue").hasSameSizeAs(stored);
        int fifth = (int) Math.ceil(queue.size() * 0.2);
        long wrongInFirstFifth = queue.subList(0, fifth).stream().filter(wrong::contains).count();
        double share = (double) wrongInFirstFifth / wrong.size();
        System.out.printf(Locale.ROOT, "review queue of targets: %d targets, %d wrong; first fifth (%d) holds %d of the wrong ones: %.3f "
                + "(chance 0.200); wrong among the first fifth %.3f, among all %.3f%n", queue.size(), wrong.size(), fifth, wrongInFirstFifth,
                share, (double) wrongInFirstFifth / fifth, (double) wrong.size() / queue.size());
        assertThat(share).as("share of the wrong targets in the queue's first fifth").isGreaterThan(QUEUE_FLOOR);
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void everyCorrectedTargetScoresRightFromTheCorrectedView() {
        Score before = score();
        // What each corrected target should now be: the gold target it was edited to, or absent (rejected).
        Map<String, Gold.Target> edited = new LinkedHashMap<>();
        List<String> rejected = new ArrayList<>();
        for (var e : golds.entrySet()) {
            Map<String, Object> c = compare(e.getValue(), targets(docs.get(e.getKey())));
            List<Gold.Target> missed = new ArrayList<>((List<Gold.Target>) c.get("missed"));
            for (StoredTarget t : (List<StoredTarget>) c.get("wrong")) {
                // The gold target read from the same words, when there is one: the value, unit or deadline was read wrong.
                Gold.Target gold = missed.stream().filter(g -> !squeeze(g.quote()).isEmpty()
                        && (squeeze(g.quote()).contains(squeeze(t.label())) || squeeze(t.label()).contains(squeeze(g.quote())))).findFirst().orElse(null);
                if (gold == null) {
                    curation.submit(new CorrectionRequest(CurationAction.REJECT, null, t.iri(), Map.of(), "not a target: " + e.getKey()), "devset");
                    rejected.add(t.iri());
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                if (gold.value().compareTo(t.value()) != 0) values.put("value", gold.value().toPlainString());
                if (!unit(gold.unit()).equals(unit(t.unit()))) values.put("unit", gold.unit());
                if (!Objects.equals(gold.deadline(), t.deadline())) values.put("deadline", gold.deadline() == null ? "none" : String.valueOf(gold.deadline()));
                boolean sameUpper = gold.upper() == null ? t.upper() == null : t.upper() != null && gold.upper().compareTo(t.upper()) == 0;
                if (!sameUpper) values.put("upper", gold.upper() == null ? "none" : gold.upper().toPlainString());
                if (values.isEmpty()) continue;
                missed.remove(gold);
                curation.submit(new CorrectionRequest(CurationAction.EDIT, null, t.iri(), values, "read wrong: " + e.getKey()), "devset");
                edited.put(t.iri(), gold);
            }
        }
        assertThat(edited.size() + rejected.size()).as("targets corrected").isGreaterThan(0);

        // Scored again, from what the store now serves.
        Map<String, StoredTarget> now = new LinkedHashMap<>();
        for (String doc : docs.values()) for (StoredTarget t : targets(doc)) now.put(t.iri(), t);
        for (String r : rejected) assertThat(now).as("a rejected target is no longer served").doesNotContainKey(r);
        int right = 0;
        for (var e : edited.entrySet()) {
            StoredTarget t = now.get(e.getKey());
            assertThat(t).as("the edited target " + e.getKey()).isNotNull();
            if (same(e.getValue(), t)) right++;
        }
        double correctedScore = (double) (right + rejected.size()) / (edited.size() + rejected.size());
        Score after = score();
        System.out.printf(Locale.ROOT, "devset targets: %d edited, %d rejected; corrected items right: %.3f%n"
                + "  before: P %.3f R %.3f (tp %d fp %d fn %d)%n  after:  P %.3f R %.3f (tp %d fp %d fn %d)%n",
                edited.size(), rejected.size(), correctedScore, before.precision(), before.recall(), before.tp(), before.fp(), before.fn(),
                after.precision(), after.recall(), after.tp(), after.fp(), after.fn());
        assertThat(correctedScore).as("score of the corrected items").isEqualTo(1.0);
        assertThat(after.tp()).isEqualTo(before.tp() + edited.size());
        assertThat(after.fp()).isEqualTo(before.fp() - edited.size() - rejected.size());
        assertThat(curation.corrections()).noneMatch(c -> c.orphaned());
    }
}
