package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylineage.TestCorpus;
import org.policylineage.ingest.IngestOutcome;

/**
 * The facts a reader can check by eye in each corpus document, read back from the store through
 * the curated queries: 文号, metadata, measures and their headings and agencies, targets, citations.
 */
class CorpusGraphTest {
    static TestCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = TestCorpus.get();
    }

    @Test
    void everyCorpusDocumentIsLoaded() {
        assertThat(corpus.outcomes).hasSize(5).allMatch(IngestOutcome::loaded);
    }

    private static Map<String, String> document(String filePrefix) {
        List<Map<String, String>> rows = corpus.rows("documents", Map.of("doc", corpus.doc(filePrefix)));
        assertThat(rows).as("documents.rq row for " + filePrefix).hasSize(1);
        return rows.get(0);
    }

    private static List<Map<String, String>> measures(String filePrefix) {
        return corpus.rows("measures", Map.of("doc", corpus.doc(filePrefix)));
    }

    private static List<String> headings(String filePrefix) {
        return measures(filePrefix).stream().map(r -> r.get("ordinal") + " " + r.get("heading")).distinct().toList();
    }

    private static List<Map<String, String>> targets(String filePrefix) {
        return corpus.rows("targets", Map.of("doc", corpus.doc(filePrefix)));
    }

    private static Map<String, String> target(String filePrefix, String indicator, String unit) {
        Optional<Map<String, String>> t = targets(filePrefix).stream()
                .filter(r -> indicator.equals(r.get("indicatorLabel")) && unit.equals(r.get("unit"))).findFirst();
        assertThat(t).as(filePrefix + " target " + indicator).isPresent();
        return t.get();
    }

    private static void assertTarget(Map<String, String> t, String value, String comparator, String deadline, boolean aspirational) {
        assertThat(new BigDecimal(t.get("value"))).isEqualByComparingTo(value);
        assertThat(t.get("comparator")).isEqualTo(comparator);
        assertThat(t.get("deadline")).isEqualTo(deadline);
        assertThat(t.get("aspirational")).isEqualTo(String.valueOf(aspirational));
    }

    private static List<String> citations(String filePrefix) {
        return corpus.rows("citations", Map.of("citing", corpus.doc(filePrefix))).stream()
                .map(r -> r.get("relation") + " " + r.getOrDefault("citedNumber", "-") + " " + r.getOrDefault("citedTitle", "-"))
                .toList();
    }

    @Test
    void lianyungangImplementingOpinions() {
        Map<String, String> d = document("000");
        assertThat(d.get("docNumber")).isEqualTo("连政办发〔2022〕68号");
        assertThat(d.get("title")).isEqualTo("市政府办公室关于深入推进绿色认证促进绿色低碳循环发展的实施意见");
        assertThat(d.get("level")).isEqualTo("municipal");
        assertThat(d.get("jurisdictionLabel")).isEqualTo("连云港市");
        assertThat(d.get("status")).isEqualTo("issued");
        assertThat(d).doesNotContainKey("issued");
        assertThat(d.get("earliestDate")).isEqualTo("2022-01-01");
        assertThat(d.get("issuers")).isEqualTo("连云港市人民政府办公室");

        assertThat(headings("000")).hasSize(16)
                .contains("3 推进传统产业绿色转型升级认证", "5 加快绿色农业认证", "16 深化宣传引导");
        List<Map<String, String>> m3 = measures("000").stream().filter(r -> r.get("ordinal").equals("3")).toList();
        assertThat(m3).extracting(r -> r.get("agencyText"))
                .containsExactly("市发改委", "市科技局", "市工信局", "市财政局", "市生态环境局", "市住建局", "市市场监管局");
        assertThat(m3).extracting(r -> r.get("agencyName")).contains("连云港市发展和改革委员会", "连云港市市场监督管理局");
        assertThat(measures("000")).filteredOn(r -> "人行市中心支行".equals(r.get("agencyText")))
                .extracting(r -> r.get("agency")).allMatch(a -> a.endsWith("/agency/lianyungang/central-bank"));

        assertTarget(target("000", "绿色食品认证证书", "张"), "500", ">=", "2025", false);
        assertTarget(target("000", "有机产品认证证书", "张"), "40", ">", "2025", true);
        assertTarget(target("000", "绿色优质农产品比重", "%"), "75", ">=", "2025", false);
        assertTarget(target("000", "环境管理体系认证证书", "张"), "1000", ">=", "2025", false);
        assertTarget(target("000", "服务认证证书", "张"), "150", ">=", "2025", false);
        Map<String, String> range = target("000", "龙头企业", "家");
        assertThat(new BigDecimal(range.get("value"))).isEqualByComparingTo("3");
        assertThat(new BigDecimal(range.get("upperValue"))).isEqualByComparingTo("5");
        assertThat(target("000", "绿色食品认证证书", "张").get("quote")).isEqualTo("全市绿色食品认证证书达500张");

        assertThat(citations("000")).containsExactlyInAnyOrder(
                "implements 国发〔2021〕4号 国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见",
                "implements 苏政发〔2022〕8号 省政府关于加快建立健全绿色低碳循环发展经济体系的实施意见",
                "implements 苏政办发〔2022〕21号 省政府办公厅转发省市场监管局等部门关于深入推进绿色认证促进绿色低碳循环发展意见的通知");
    }

    @Test
    void jiangsuNoticeForwardingTheOpinions() {
        Map<String, String> d = document("001");
        assertThat(d.get("docNumber")).isEqualTo("苏政办发〔2022〕21号");
        assertThat(d.get("issued")).isEqualTo("2022-03-19");
        assertThat(d.get("level")).isEqualTo("provincial");
        assertThat(d.get("jurisdictionLabel")).isEqualTo("江苏省");
        assertThat(d.get("issuers")).isEqualTo("江苏省人民政府办公厅");
        assertThat(d.get("kinds")).contains("notice");
        assertThat(headings("001")).hasSize(16).contains("7 壮大绿色低碳产业认证");
        assertThat(measures("001")).allMatch(r -> !r.containsKey("agency"));

        assertTarget(target("001", "有机产品认证证书", "张"), "2000", ">", "2025", true);
        assertTarget(target("001", "服务认证证书", "张"), "10000", ">=", "2025", false);
        assertTarget(target("001", "环境管理体系认证证书", "张"), "50000", ">=", "2025", false);
        assertTarget(target("001", "节能节水低碳产品认证证书", "张"), "7000", ">=", "2025", false);
        assertTarget(target("001", "能源管理体系认证证书", "张"), "1500", ">=", "2025", false);

        assertThat(citations("001")).containsExactlyInAnyOrder(
                "forwards - 关于深入推进绿色认证促进绿色低碳循环发展的意见",
                "implements 国发〔2021〕4号 国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见",
                "implements 苏政发〔2022〕8号 省政府关于加快建立健全绿色低碳循环发展经济体系的实施意见");
        // The forwarded opinions are a node of their own, issued by the provincial departments.
        String forwarded = corpus.rows("citations", Map.of("citing", corpus.doc("001"))).stream()
                .filter(r -> r.get("relation").equals("forwards")).findFirst().orElseThrow().get("cited");
        Map<String, String> opinions = corpus.rows("documents", Map.of("doc", forwarded)).get(0);
        assertThat(opinions.get("issuers")).contains("江苏省市场监督管理局", "江苏省发展和改革委员会", "南京海关");
        assertThat(opinions.get("level")).isEqualTo("provincial");
        assertThat(opinions).doesNotContainKey("inCorpus");
    }

    @Test
    void suzhouNoticeIssuingItsOpinions() {
        Map<String, String> d = document("002");
        assertThat(d.get("docNumber")).isEqualTo("苏府办〔2022〕140号");
        assertThat(d.get("issued")).isEqualTo("2022-07-19");
        assertThat(d.get("jurisdictionLabel")).isEqualTo("苏州市");
        assertThat(d.get("kinds")).contains("notice", "implementing-opinions");
        assertThat(headings("002")).hasSize(17).contains("14 加强技术支撑和服务", "17 加大宣传引导");
        assertThat(measures("002")).filteredOn(r -> r.get("ordinal").equals("10"))
                .extracting(r -> r.get("agencyText")).contains("苏州地区各海关");

        assertTarget(target("002", "绿色工厂", "家"), "80", "=", "2025", false);
        assertTarget(target("002", "绿色食品认证证书", "张"), "800", ">=", "2025", false);
        assertTarget(target("002", "有机产品认证证书", "张"), "200", ">", "2025", true);
        assertTarget(target("002", "环境管理体系认证证书", "张"), "17500", ">=", "2025", false);
        assertTarget(target("002", "绿色建材产品分级认证证书", "张"), "120", ">=", "2025", false);
        assertTarget(target("002", "绿色产品企业标准", "项"), "30", "=", "2025", true);
        assertTarget(target("002", "认证机构", "个"), "10", ">=", "2025", false);

        assertThat(citations("002")).hasSize(5).contains(
                "implements 苏府〔2022〕51号 市政府关于加快建立健全绿色低碳循环发展经济体系实施意见",
                "implements - 苏州“十四五”规划和2035年远景目标建议");
    }

    @Test
    void deltaPlanWithItsHeaderCutOff() {
        Map<String, String> d = document("003");
        assertThat(d).doesNotContainKey("docNumber");
        assertThat(d.get("title")).isEqualTo("关于印发《长三角绿色认证一体化发展实施方案》的通知");
        assertThat(d.get("issued")).isEqualTo("2021-05-17");
        assertThat(d.get("level")).isEqualTo("regional");
        assertThat(d.get("jurisdictionLabel")).isEqualTo("长江三角洲地区");
        assertThat(d.get("issuers").split("、")).containsExactlyInAnyOrder(
                "上海市市场监督管理局", "江苏省市场监督管理局", "浙江省市场监督管理局", "安徽省市场监督管理局");
        assertThat(headings("003")).hasSize(16).contains("9 联合打造长三角绿色认证先行区");
        assertThat(targets("003")).extracting(r -> r.get("deadline")).containsExactly("2021", "2022", "2023");
        assertThat(targets("003")).allMatch(r -> !r.containsKey("value"));
        assertThat(citations("003")).hasSize(4).contains("implements - 生态文明体制改革总体方案");
    }

    @Test
    void lianyungangDraftWithNoTitleNumberOrDate() {
        Map<String, String> d = document("004");
        assertThat(d).doesNotContainKeys("docNumber", "title", "issued");
        assertThat(d.get("status")).isEqualTo("draft");
        assertThat(d.get("level")).isEqualTo("municipal");
        assertThat(d.get("jurisdictionLabel")).isEqualTo("连云港市");
        assertThat(headings("004")).hasSize(22);
        assertTarget(target("004", "可再生能源发电装机", "万千瓦"), "1000", ">", "2030", false);
        assertTarget(target("004", "高耗能企业绿色电力消费占比", "%"), "30", ">", "2030", true);
        Map<String, String> relative = target("004", "营运交通工具单位换算周转量碳排放强度", "%");
        assertTarget(relative, "9.5", "~", "2030", false);
        assertThat(relative.get("changeDirection")).isEqualTo("decrease");
        assertThat(relative.get("baselineYear")).isEqualTo("2020");
        assertTarget(target("004", "近零碳码头", "个"), "1", "=", "2027", false);
        assertTarget(target("004", "公共建筑绿色节能改造面积", "万平方米"), "100", "=", "2030", false);
        assertThat(citations("004")).isEmpty();
    }

    @Test
    void quotesPointIntoTheOriginalText() {
        // ?exact is the original text at code points ?start..?end, line breaks and page markers included.
        for (String prefix : List.of("000", "002", "004")) {
            for (Map<String, String> t : targets(prefix)) {
                assertThat(t.get("exact").replaceAll("\\s", "")).isEqualTo(t.get("quote").replaceAll("\\s", ""));
                assertThat(Integer.parseInt(t.get("end")) - Integer.parseInt(t.get("start")))
                        .isEqualTo(t.get("exact").codePointCount(0, t.get("exact").length()));
            }
        }
    }

    @Test
    void certificateTypesPerDocument() {
        List<String> types = corpus.rows("certificate-types", Map.of("doc", corpus.doc("000"))).stream()
                .map(r -> r.get("notation")).toList();
        assertThat(types).contains("green-food", "organic-product", "iso-14001", "iso-50001", "iso-22000", "haccp", "gap",
                "carbon-footprint", "remanufactured-product", "green-building-material");
        assertThat(corpus.rows("certificate-types", Map.of("doc", corpus.doc("004"))))
                .extracting(r -> r.get("notation")).contains("carbon-label").doesNotContain("gap");
    }
}
