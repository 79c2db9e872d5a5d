package org.policylineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylineage.Settings;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.Ingestion;

/**
 * The chains a reader can check by eye in the corpus, and the precision and recall of measure
 * alignment against a labelled set built from the corpus.
 */
class LineageTest {
    static TestCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = TestCorpus.get();
    }

    private static Map<String, String> targetLink(String childPrefix, String indicator) {
        return corpus.rows("target-lineage", Map.of("childDoc", corpus.doc(childPrefix))).stream()
                .filter(r -> r.get("indicatorLabel").equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("no target link for " + indicator + " in " + childPrefix));
    }

    @Test
    void suzhouTargetDerivesFromTheJiangsuTargetWithItsShare() {
        Map<String, String> link = targetLink("002", "环境管理体系认证证书");
        assertThat(link.get("parentDoc")).isEqualTo(corpus.doc("001"));
        assertThat(new BigDecimal(link.get("childValue"))).isEqualByComparingTo("17500");
        assertThat(new BigDecimal(link.get("parentValue"))).isEqualByComparingTo("50000");
        assertThat(new BigDecimal(link.get("share"))).isEqualByComparingTo("0.35");
        assertThat(link.get("method")).isEqualTo("same-indicator");
        assertThat(new BigDecimal(targetLink("000", "环境管理体系认证证书").get("share"))).isEqualByComparingTo("0.02");
        // The same quantity written 认证有效证书 and 认证证书 is one indicator.
        assertThat(new BigDecimal(targetLink("002", "节能节水低碳产品认证证书").get("share"))).isEqualByComparingTo("0.4286");
    }

    @Test
    void percentagesInheritedUnchangedAndLocalAdditionsAreMarked() {
        Map<String, String> share = targetLink("000", "绿色优质农产品比重");
        assertThat(share.get("inheritedUnchanged")).isEqualTo("true");
        assertThat(share).doesNotContainKey("share");
        List<String> local = corpus.rows("local-additions", Map.of("doc", corpus.doc("002"))).stream()
                .map(r -> r.get("indicator")).toList();
        assertThat(local).contains("绿色工厂", "绿色建材产品分级认证证书", "绿色食品认证证书")
                .doesNotContain("环境管理体系认证证书", "有机产品认证证书");
    }

    @Test
    void citiesAddUpUnderTheProvince() {
        Map<String, String> rollup = corpus.rows("target-rollup", Map.of("parentDoc", corpus.doc("001"))).stream()
                .filter(r -> r.get("indicator").equals("环境管理体系认证证书")).findFirst().orElseThrow();
        assertThat(rollup.get("children")).isEqualTo("2");
        assertThat(new BigDecimal(rollup.get("sumOfShares"))).isEqualByComparingTo("0.37");
        assertThat(new BigDecimal(rollup.get("remaining"))).isEqualByComparingTo("31500");
    }

    @Test
    void lianyungangMeasureFollowsItsJiangsuCounterpartWithTheReusedPassages() throws IOException {
        String child = corpus.doc("000") + "/measure/3";
        Map<String, String> a = corpus.rows("measure-alignment", Map.of("measure", child)).stream()
                .filter(r -> r.get("parentDoc").equals(corpus.doc("001"))).findFirst().orElseThrow();
        assertThat(a.get("parentOrdinal")).isEqualTo("3");
        assertThat(a.get("method")).isEqualTo("text-reuse");
        assertThat(Double.parseDouble(a.get("score"))).isGreaterThan(0.8);
        assertThat(Double.parseDouble(a.get("reuseCoefficient"))).isBetween(0.5, 1.0);

        List<Map<String, String>> passages = corpus.rows("shared-passages", Map.of("measure", child));
        assertThat(passages).isNotEmpty();
        String childText = java.nio.file.Files.readString(TestCorpus.corpusFiles().get(0), StandardCharsets.UTF_8);
        String parentText = java.nio.file.Files.readString(TestCorpus.corpusFiles().get(1), StandardCharsets.UTF_8);
        for (Map<String, String> p : passages) {
            // Each passage's offsets hold the same words in each original file, whatever its line breaks.
            assertThat(slice(childText, p.get("childStart"), p.get("childEnd"))).isEqualTo(p.get("text"));
            assertThat(slice(parentText, p.get("parentStart"), p.get("parentEnd")).replaceAll("\\s", ""))
                    .isEqualTo(p.get("text").replaceAll("\\s", ""));
        }
        assertThat(passages).anyMatch(p -> p.get("text").replaceAll("\\s", "").contains("积极发挥质量认证在推进化工产业安全环保整治提升中的作用"));
    }

    private static String slice(String s, String start, String end) {
        int a = s.offsetByCodePoints(0, Integer.parseInt(start));
        int b = s.offsetByCodePoints(0, Integer.parseInt(end));
        return s.substring(a, b);
    }

    @Test
    void jiangsuImplementsTheNationalGuidance() {
        List<Map<String, String>> chain = corpus.rows("citation-chain", Map.of("doc", corpus.doc("001")));
        assertThat(chain).anyMatch(r -> "国发〔2021〕4号".equals(r.get("ancestorNumber")) && r.get("depth").equals("1")
                && r.get("relation").equals("implements") && "national".equals(r.get("ancestorLevel")));
    }

    @Test
    void pilotZoneMeasuresAnswerToTheDeltaPlan() {
        for (String city : List.of("000", "002")) {
            List<Map<String, String>> rows = corpus.rows("measure-alignment", Map.of("measure", corpus.doc(city) + "/measure/5"));
            assertThat(rows).as(city).anyMatch(r -> r.get("parentDoc").equals(corpus.doc("003"))
                    && r.get("parentOrdinal").equals("9") && r.get("method").contains("named-programme"));
        }
        assertThat(corpus.rows("sibling-measures", Map.of("parentMeasure", corpus.doc("003") + "/measure/9")))
                .anyMatch(r -> r.get("docA").equals(corpus.doc("000")) || r.get("docB").equals(corpus.doc("000")));
    }

    @Test
    void aMeasureWithNoCounterpartIsReported() {
        assertThat(corpus.rows("no-counterpart", Map.of("doc", corpus.doc("002"))))
                .extracting(r -> r.get("heading")).containsExactly("加强技术支撑和服务");
        assertThat(corpus.rows("coverage", Map.of("childDoc", corpus.doc("002"), "parentDoc", corpus.doc("001"))))
                .hasSize(16).allMatch(r -> r.get("covered").equals("true"));
    }

    @Test
    void traceWalksFromACityTargetToTheNationalLevel() {
        String target = corpus.rows("target-lineage", Map.of("childDoc", corpus.doc("002"))).stream()
                .filter(r -> r.get("indicatorLabel").equals("环境管理体系认证证书")).findFirst().orElseThrow().get("child");
        List<Map<String, String>> steps = corpus.rows("trace-target", Map.of("target", target));
        assertThat(steps).anyMatch(r -> r.get("step").equals("0") && r.get("nodeType").equals("target"));
        assertThat(steps).anyMatch(r -> r.get("step").equals("1") && r.get("nodeType").equals("target")
                && r.get("doc").equals(corpus.doc("001")) && new BigDecimal(r.get("share")).compareTo(new BigDecimal("0.35")) == 0);
        assertThat(steps).anyMatch(r -> r.get("nodeType").equals("measure") && r.get("doc").equals(corpus.doc("001")));
        assertThat(steps).anyMatch(r -> r.get("nodeType").equals("document") && "national".equals(r.get("level")));
    }

    @Test
    void theDraftThatCitesNothingFindsItsSourceFromText() {
        List<Map<String, String>> chain = corpus.rows("citation-chain", Map.of("doc", corpus.doc("004")));
        assertThat(chain).anyMatch(r -> r.get("ancestor").equals(corpus.doc("000")) && r.get("depth").equals("1")
                && r.get("relation").equals("inferred-from-text"));
        assertThat(chain).anyMatch(r -> "national".equals(r.get("ancestorLevel")));
        assertThat(corpus.rows("measure-alignment", Map.of("doc", corpus.doc("004"))))
                .anyMatch(r -> r.get("ordinal").equals("9") && r.get("parentDoc").equals(corpus.doc("000")) && r.get("parentOrdinal").equals("7"));
    }

    /** A labelled pair: child and parent as corpus file prefix and clause number. */
    private record Pair(String child, String childOrdinal, String parent, String parentOrdinal) {}

    @Test
    void alignmentPrecisionAndRecallOnTheLabelledSet() throws IOException {
        Set<Pair> truth = new HashSet<>();
        Set<String> docPairs = new HashSet<>();
        for (String line : new String(getClass().getResourceAsStream("/lineage/labelled-alignments.tsv").readAllBytes(),
                StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("child")) continue;
            String[] f = line.split("\t");
            truth.add(new Pair(f[0], f[1], f[2], f[3]));
            docPairs.add(f[0] + " " + f[2]);
        }
        Settings.Lineage configured = corpus.settings.lineage();
        Map<String, String> prefixOf = new java.util.HashMap<>();
        corpus.documents.forEach((file, iri) -> prefixOf.put(iri, file.substring(0, 3)));
        System.out.println("measure alignment on the labelled set (" + truth.size() + " true pairs)");
        System.out.println("threshold  precision  recall  F1");
        double[] atConfigured = null;
        try {
            for (double threshold : new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
                Ingestion.on(corpus.store).settings(corpus.settings).lineage(new Settings.Lineage(threshold, configured.anchorWords(),
                        configured.candidates(), configured.textCache(), configured.wordCache(), configured.continuation())).build().lineage().rebuild();
                double[] pr = precisionRecall(truth, docPairs, prefixOf);
                System.out.printf("%9.2f  %9.3f  %6.3f  %.3f%n", threshold, pr[0], pr[1], 2 * pr[0] * pr[1] / (pr[0] + pr[1]));
                if (Math.abs(threshold - configured.alignmentThreshold()) < 1e-9) atConfigured = pr;
            }
        } finally {
            corpus.lineage.rebuild();
        }
        assertThat(atConfigured).as("the configured threshold is one of those measured").isNotNull();
        System.out.printf("configured threshold %.2f: precision %.3f, recall %.3f%n", configured.alignmentThreshold(),
                atConfigured[0], atConfigured[1]);
        assertThat(atConfigured[0]).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(atConfigured[1]).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    private static double[] precisionRecall(Set<Pair> truth, Set<String> docPairs, Map<String, String> prefixOf) {
        Set<Pair> predicted = new HashSet<>();
        for (Map<String, String> r : corpus.rows("measure-alignment")) {
            String c = prefixOf.get(r.get("doc")), p = prefixOf.get(r.get("parentDoc"));
            if (c == null || p == null || !docPairs.contains(c + " " + p)) continue;
            predicted.add(new Pair(c, r.get("ordinal"), p, r.get("parentOrdinal")));
        }
        long hits = predicted.stream().filter(truth::contains).count();
        return new double[] {predicted.isEmpty() ? 0 : (double) hits / predicted.size(), (double) hits / truth.size()};
    }
}
