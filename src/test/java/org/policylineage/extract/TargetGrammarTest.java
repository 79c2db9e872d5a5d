package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;

/**
 * The target grammar and the text it accepts, on sentences shaped like those of real documents (made up
 * here, as in the issue): every target a reader would count, with value, unit, comparator and deadline,
 * and nothing that is a statistic, a subsidy, a threshold or a count of the document's own parts.
 */
class TargetGrammarTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled());

    private static List<TargetRecord> targets(String body) throws NoStructureException {
        ExtractedDocument doc = EXTRACTOR.extract("关于印发测试行动方案的通知\n" + body + "\n");
        List<TargetRecord> out = new ArrayList<>(doc.documentTargets());
        doc.measures().forEach(m -> out.addAll(m.targets()));
        return out.stream().filter(t -> !t.isMilestone()).toList();
    }

    private static String describe(TargetRecord t) {
        return t.value().stripTrailingZeros().toPlainString() + (t.upperValue() == null ? "" : ".." + t.upperValue().toPlainString())
                + t.unit() + " " + t.comparator() + " " + t.deadlineYear();
    }

    @Test
    void fiveTargetsInOneSentenceShareItsDeadline() throws NoStructureException {
        assertThat(targets("方案提出到 2027 年，新能源装备年产值超过 1500 亿元，2025—2027 年年均增长 12%以上，培育 20 个以上示范园区，"
                + "试点城市不少于 50 个，认证证书达到8000 张。"))
                .extracting(TargetGrammarTest::describe)
                .containsExactly("1500亿元 > 2027", "12% >= 2027", "20个 >= 2027", "50个 >= 2027", "8000张 >= 2027");
    }

    @Test
    void aValueWithNoSubjectOfItsOwnMeasuresTheOneBefore() throws NoStructureException {
        List<TargetRecord> t = targets("到2027年，新能源装备年产值超过1500亿元，2025—2027年年均增长12%以上。");
        assertThat(t.get(1).indicatorAsWritten()).isEqualTo(t.get(0).indicatorAsWritten());
        assertThat(t.get(1).direction()).isEqualTo("increase");
    }

    @Test
    void deadlinesInTheirCommonShapes() throws NoStructureException {
        assertThat(targets("2025年底前，全市绿色工厂达到80家。").get(0).deadlineYear()).isEqualTo(2025);
        assertThat(targets("“十四五”期间，全省单位地区生产总值能耗下降13.5%。").get(0).deadlineYear()).isEqualTo(2025);
        assertThat(targets("2024—2026年，全省新增光伏装机500万千瓦以上。").get(0).deadlineYear()).isEqualTo(2026);
        assertThat(targets("到本世纪中叶，森林覆盖率达到30%。").get(0).deadlineYear()).isNull();
    }

    @Test
    void stagedMilestonesEachKeepTheirOwnYear() throws NoStructureException {
        assertThat(targets("到2021年底，建成3个示范区；到2022年，示范区达到10个；到2023年，力争达到20个。"))
                .extracting(TargetGrammarTest::describe).containsExactly("3个 = 2021", "10个 >= 2022", "20个 >= 2023");
    }

    @Test
    void changesComparatorsAndBaselines() throws NoStructureException {
        List<TargetRecord> t = targets("到2025年，二氧化碳排放比2020年下降9.5%左右，非化石能源消费比重提高2个百分点，"
                + "万元工业增加值用水量控制在15吨/万元以内，粮食产量翻一番。");
        assertThat(t).extracting(TargetGrammarTest::describe)
                .containsExactly("9.5% ~ 2025", "2个百分点 = 2025", "15吨/万元 <= 2025", "2倍 = 2025");
        assertThat(t.get(0).baselineYear()).isEqualTo(2020);
        assertThat(t.get(0).direction()).isEqualTo("decrease");
        assertThat(t.get(1).direction()).isEqualTo("increase");
    }

    @Test
    void chineseNumeralsRangesAndMagnitudes() throws NoStructureException {
        assertThat(targets("到2025年，绿色产品占比达到百分之十五，培育龙头企业3至5家，认证企业达到三千家，减排二氧化碳两万吨。"))
                .extracting(TargetGrammarTest::describe)
                .containsExactly("15% >= 2025", "3..5家 = 2025", "3000家 >= 2025", "2万吨 = 2025");
    }

    @Test
    void respectivelyPairsEachIndicatorWithItsValue() throws NoStructureException {
        List<TargetRecord> t = targets("到2025年，单位GDP能耗和二氧化碳排放分别降低13.5%、18%。");
        assertThat(t).extracting(TargetRecord::indicatorAsWritten).containsExactly("单位GDP能耗", "二氧化碳排放");
        assertThat(t).extracting(x -> x.value().toPlainString()).containsExactly("13.5", "18");
    }

    @Test
    void statisticsSubsidiesThresholdsAndPartsOfTheDocumentAreNotTargets() throws NoStructureException {
        assertThat(targets("截至2021年底，全省已建成充电桩3万个，占全国的5%。")).isEmpty();
        assertThat(targets("到2025年，对新认定的企业给予50万元奖励。")).isEmpty();
        assertThat(targets("到2025年，支持年产值5000万元以上的企业开展认证。")).isEmpty();
        assertThat(targets("方案提出12项重点任务，实施8大工程。")).isEmpty();
    }

    @Test
    void aTitleThatNamesAPeriodDatesTheTargetsThatStateNone() throws NoStructureException {
        ExtractedDocument doc = EXTRACTOR.extract("关于印发2026年国民经济和社会发展计划的通知\n地区生产总值增长6%左右。\n");
        assertThat(doc.documentTargets()).extracting(TargetGrammarTest::describe).containsExactly("6% ~ 2026");
    }

    @Test
    void aReportIsReadWithItsHeadlineAndTheDocumentItReportsOn() throws NoStructureException {
        ExtractedDocument doc = EXTRACTOR.extract("全省印发绿色认证行动方案\n2023-05-08 10:12:00\n"
                + "本报讯（记者 张三）近日，省政府印发《绿色认证三年行动方案（2023—2025年）》（以下简称《方案》）。"
                + "《方案》提出，到2025年，全省绿色产品认证证书达到2000张。\n");
        assertThat(doc.title()).contains("全省印发绿色认证行动方案");
        assertThat(doc.kinds()).contains("news-report");
        assertThat(doc.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2023-05-08"));
        assertThat(doc.citations()).extracting(c -> c.title().orElse("") + " " + c.relation().notation())
                .containsExactly("绿色认证三年行动方案（2023—2025年） reports-on");
        assertThat(doc.documentTargets()).extracting(TargetGrammarTest::describe).containsExactly("2000张 >= 2025");
        assertThat(doc.documentTargets().get(0).value()).isEqualByComparingTo(new BigDecimal("2000"));
    }

    @Test
    void aTextWithNothingOfAPolicyDocumentIsRefusedSayingWhatWasLookedFor() {
        assertThatThrownBy(() -> EXTRACTOR.extract("今天天气很好，我们去公园散步，看到很多人在锻炼身体。"))
                .isInstanceOf(NoStructureException.class)
                .hasMessageContaining("not a policy document").hasMessageContaining("文号").hasMessageContaining("target");
    }

    @Test
    void whatAFiveYearPlanPeriodAchievedIsNoTargetThroughItsParagraph() throws NoStructureException {
        assertThat(targets("“十三五”以来，全省就业规模稳步增长，城镇新增就业累计达257.49万人。就业结构持续优化，高技能人才达到118.5万人，增加55.75万人。\n"
                + "根据规划，到2025年，城镇新增就业200万人以上。"))
                .extracting(TargetGrammarTest::describe).containsExactly("200万人 >= 2025");
    }

    @Test
    void aParagraphOnAYearGoneByAndPartsOfThisYearReportNoTargets() throws NoStructureException {
        ExtractedDocument doc = EXTRACTOR.extract("测试市2025年国民经济和社会发展计划\n2025年2月20日\n"
                + "2024年，我市坚持稳中求进。全年地区生产总值增长4.8%、总量达5300亿元，规模工业增加值增长7.3%。\n"
                + "今年1—4月，全市网上零售额同比增长40.3%。旅游人数从2015年的3.3亿人次增加到2019年的8.07亿人次。\n"
                + "预计2024年全市数字经济增加值超2300亿元。\n2020年底，全市注册护士总数4.7万人。\n全市执业医师已达2.1万人。其中，具有大专以上学历的超70%。\n"
                + "2025年主要预期目标：全年地区生产总值增长5.5%左右。\n");
        List<TargetRecord> out = new ArrayList<>(doc.documentTargets());
        doc.measures().forEach(m -> out.addAll(m.targets()));
        assertThat(out.stream().filter(t -> !t.isMilestone())).extracting(TargetGrammarTest::describe)
                .containsExactly("5.5% ~ 2025");
    }

    @Test
    void aQuantityInsideTheIndicatorsOfARespectivelyListIsNoneOfItsValues() throws NoStructureException {
        assertThat(targets("到2025年，新生儿死亡率、婴儿死亡率和5岁以下儿童死亡率分别控制在3.1‰、5.2‰和6.6‰以下。"))
                .extracting(t -> t.indicatorAsWritten() + " " + describe(t))
                .containsExactly("新生儿死亡率 3.1‰ = 2025", "婴儿死亡率 5.2‰ = 2025", "5岁以下儿童死亡率 6.6‰ <= 2025");
    }

    @Test
    void tasksCountedAfterTheirNounAndWhatAComparisonSetsBesideAreNoTargets() throws NoStructureException {
        assertThat(targets("今年围绕“着力打造开放桥头堡”方面（分解任务15项），全市地区生产总值增长6%以上。\n"
                + "与去年提出的全市生产总值增长9%相比，今年地区生产总值增长10%。"))
                .extracting(t -> t.value().toPlainString()).containsExactly("6", "10");
    }

    @Test
    void theNumberOfAListItemIsNoPartOfTheValueThatOpensIt() throws NoStructureException {
        assertThat(targets("2022年区政府要完成的实事：\n1.既有多层住宅加装电梯新增400台。\n2.50个以上小区新增电动自行车充电设施。\n"
                + "3.新增40个以上小学生爱心暑托班办班点。"))
                .extracting(t -> t.value().toPlainString() + t.unit()).containsExactly("400台", "50个", "40个");
    }

    @Test
    void aBaselineOfLastYearPutsNothingInThePast() throws NoStructureException {
        assertThat(targets("今年CPI涨幅控制从去年的5%左右，下降到3%左右。")).extracting(t -> t.value().toPlainString()).contains("3");
    }

    @Test
    void aLineEndedByASemicolonGoesOnUnderItsDeadline() throws NoStructureException {
        assertThat(targets("到2022年底，全市城区厨余垃圾分类全覆盖；\n市民生活垃圾分类参与率达到60%以上，回收利用率达到35%以上。"))
                .extracting(TargetGrammarTest::describe).containsExactly("60% >= 2022", "35% >= 2022");
    }

    @Test
    void theShareOfASubjectThatReachesSomethingIsATarget() throws NoStructureException {
        assertThat(targets("到2025年，全区80%以上的钢铁产能完成超低排放改造。"))
                .extracting(TargetGrammarTest::describe).containsExactly("80% >= 2025");
    }

    @Test
    void durationsAndRatesPerPersonKeepTheirWholeUnit() throws NoStructureException {
        assertThat(targets("到2025年，地方标准平均制定周期缩短至16个月以内，企业开办时间压缩到1个工作日内，食品检验量达5批次/千人以上，人均预期寿命达78.3岁。"))
                .extracting(TargetGrammarTest::describe)
                .containsExactly("16个月 <= 2025", "1个工作日 <= 2025", "5批次/千人 >= 2025", "78.3岁 >= 2025");
    }

    @Test
    void oneSentenceStatesEachValueOnceEvenWhenTwoIndicatorsShareAnEnding() throws NoStructureException {
        assertThat(targets("到2025年，小麦种植机械化率达到65%，棉花、甘蔗收获机械化率分别达到65%和30%，油菜种植、收获机械化率分别达到50%和65%。"))
                .extracting(TargetGrammarTest::describe)
                .containsExactly("65% >= 2025", "65% >= 2025", "30% >= 2025", "50% >= 2025", "65% >= 2025");
    }

    @Test
    void oneValueSharedByIndicatorsIsATargetForEach() throws NoStructureException {
        assertThat(targets("到2025年，城镇道路无障碍设施建设率、公共建筑无障碍设施建设率均达到100%，城乡居民人均可支配收入年均增长6%。"))
                .extracting(TargetRecord::indicatorAsWritten)
                .containsExactly("城镇道路无障碍设施建设率", "公共建筑无障碍设施建设率", "城乡居民人均可支配收入");
    }

    @Test
    void whatAClauseBuildsOnIsPastButWhatItSetsAfterThatIsAnAim() throws NoStructureException {
        assertThat(targets("到2027年，高新技术企业在现有300家的基础上实现“双倍增”，文化产业增加值在2020年的基础上再翻一番。"))
                .extracting(TargetGrammarTest::describe).containsExactly("2倍 = 2027", "2倍 = 2027");
    }

    @Test
    void anEquivalenceAndAnInclusiveThresholdAreNoTargets() throws NoStructureException {
        assertThat(targets("到2030年，新能源装机达到8000万千瓦，相当于6个大型水电站。对年销售额达1000万元（含）以上的企业给予支持。"))
                .extracting(TargetGrammarTest::describe).containsExactly("8000万千瓦 >= 2030");
    }

    @Test
    void underAHeadingThatNamesTargetsABareValueIsOne() throws NoStructureException {
        assertThat(targets("一、主要目标和任务分工\n（一）“十二五”时期主要规划指标。\n⑴城镇基本养老保险覆盖人数1708万人。\n⑵城乡三项基本医疗保险参保率95%。"))
                .extracting(t -> t.value().toPlainString() + t.unit()).containsExactly("1708万人", "95%");
    }

    @Test
    void aCountOfTheItemsJustListedAndAMeetingsNumberAreNoTargets() throws NoStructureException {
        assertThat(targets("到2027年，做大做强信息服务、金融服务、物流服务和贸易服务4个优势产业，按照十一届十一次全会部署，年展会数量超过200次。"))
                .extracting(TargetGrammarTest::describe).containsExactly("200次 > 2027");
    }

    @Test
    void aShareOfAnAmountIsWhatTheClauseSets() throws NoStructureException {
        assertThat(targets("到2020年，力争重点开发区创造出全市45%以上的地区生产总值、50%以上的一般公共预算收入，对年营业收入5000万元以上的企业给予奖励。"))
                .extracting(TargetGrammarTest::describe).containsExactly("45% >= 2020", "50% >= 2020");
    }

    @Test
    void thisYearAndNextYearCountFromTheYearTheTextSetsItsWorkIn() throws NoStructureException {
        assertThat(targets("2025年，全区将重点做好八个方面工作。\n今年，全区将确保固定资产投资达到120亿元以上，项目储备翻番。\n"
                + "明年，新建充电桩500个。\n举办促消费活动100场次以上。"))
                .extracting(TargetGrammarTest::describe)
                .containsExactly("120亿元 >= 2025", "2倍 = 2025", "500个 = 2026", "100场次 >= 2025");
    }

    @Test
    void aStatisticDatedByABareYearStaysAStatistic() throws NoStructureException {
        assertThat(targets("据统计，2024年底企业数字化研发设计工具普及率达84.9%。到2027年，普及率达到90%以上。"))
                .extracting(TargetGrammarTest::describe).containsExactly("90% >= 2027");
    }

    @Test
    void aRoundHundredCountedAfterItsVerbIsAValueButAGradeIsNot() throws NoStructureException {
        assertThat(targets("到2025年，形成百项标志性产品，打造百家领军企业，最终形成4000万吨级炼化产业基地，百花齐放。"))
                .extracting(TargetGrammarTest::describe).containsExactly("100项 = 2025", "100家 = 2025");
    }

    @Test
    void anAmountThatACountFollowsOrPrecedesIsAThresholdNotATarget() throws NoStructureException {
        assertThat(targets("到2020年，茶叶综合产值达到1000亿元，打造综合产值5亿元以上重点县、市、区30个，其中，50亿元—100亿元2个。"
                + "到2025年，培育1—2个营业收入超100亿元的骨干企业，累计完成造林面积50万亩、森林抚育100万亩。"))
                .extracting(t -> t.value().toPlainString() + t.unit())
                .contains("1000亿元", "50万亩", "100万亩").doesNotContain("5亿元", "50亿元", "100亿元");
    }

    @Test
    void aUnitCountedPerYearKeepsIt() throws NoStructureException {
        assertThat(targets("到2025年，生活垃圾清运量不高于330万吨/年。"))
                .extracting(TargetGrammarTest::describe).containsExactly("330万吨/年 <= 2025");
    }

    @Test
    void aDeadlineWithAMonthAndACommittedAmountOfWork() throws NoStructureException {
        assertThat(targets("目前正值建设季节，力争在2025年5月底前完成2024年度高标准农田建设项目22.99万亩的田间主体工程。"))
                .extracting(TargetGrammarTest::describe).containsExactly("22.99万亩 = 2025");
    }
    @Test
    void yearsOfSchoolingAGradeAndAUnitWrittenBeforeTheValue() throws NoStructureException {
        assertThat(targets("到2020年，主要劳动年龄人口平均受教育年限达到11年，全国耕地质量等级达到4.58，细颗粒物平均浓度控制在每立方米22微克以内。"))
                .extracting(TargetGrammarTest::describe).containsExactly("11年 >= 2020", "4.58 >= 2020", "22微克/立方米 <= 2020");
    }

    @Test
    void aCountScopesTheValueItsThingsAreCommittedTo() throws NoStructureException {
        List<TargetRecord> t = targets("力争到2025年，全省20个工业新兴优势产业链产值突破2万亿元，占全省工业产值比重达40%以上。");
        assertThat(t).extracting(TargetGrammarTest::describe).containsExactly("2万亿元 > 2025", "40% >= 2025");
        assertThat(t.get(0).indicatorAsWritten()).contains("20个");
    }

    @Test
    void aCountAfterAThresholdIsReadWithTheThresholdInItsIndicator() throws NoStructureException {
        List<TargetRecord> t = targets("到2025年，全市实施投资5000万元以上项目1400个，其中超亿元项目1000个以上。");
        assertThat(t).extracting(TargetGrammarTest::describe).containsExactly("1400个 = 2025", "1000个 >= 2025");
        assertThat(t.get(0).indicatorAsWritten()).contains("5000万元以上项目");
        assertThat(t.get(1).indicatorAsWritten()).contains("超亿元项目");
    }

    @Test
    void aTextCountingItsOwnPartsSetsNothing() throws NoStructureException {
        assertThat(targets("该《实施方案》分总体目标、主要任务、保障机制3部分40条。到2025年，全省绿色工厂达到80家。"))
                .extracting(TargetGrammarTest::describe).containsExactly("80家 >= 2025");
    }
    @Test
    void dollarsHoursAndTrainsAreUnitsButAnHourThatNamesAZoneIsNoValue() throws NoStructureException {
        assertThat(targets("到2025年，实际使用外资突破200亿美元，开行班列2200列以上，电堆寿命超过20000小时，建成1小时经济圈。"))
                .extracting(TargetGrammarTest::describe).containsExactly("200亿美元 > 2025", "2200列 >= 2025", "20000小时 > 2025");
    }
    @Test
    void aMagnitudeWrittenAloneCountsOneOfIt() throws NoStructureException {
        assertThat(targets("到2025年，力争海洋生产总值突破万亿元，年均增长9.5%左右；工业产值突破千亿元，突破一批关键核心技术。"))
                .extracting(TargetGrammarTest::describe).containsExactly("1万亿元 > 2025", "9.5% ~ 2025", "1000亿元 > 2025");
    }

    @Test
    void aDeadlineNamedAsAClausesPurposeDatesThatClauseOnly() throws NoStructureException {
        assertThat(targets("到2030年，经济增长保持在合理区间，为到2035年人均国内生产总值比2020年翻一番打好基础，"
                + "研发经费投入年均增长7%以上，数字经济核心产业增加值占比达到12.5%。"))
                .extracting(TargetGrammarTest::describe).containsExactly("2倍 = 2035", "7% >= 2030", "12.5% >= 2030");
    }

    @Test
    void aValueListedAfterAnotherWithItsOwnLaterDeadlineIsDueThen() throws NoStructureException {
        assertThat(targets("确保到2025年非化石能源消费比重达到20%左右、到2030年达到25%左右，数字经济占比年均提高2个点以上。"))
                .extracting(TargetGrammarTest::describe).containsExactly("20% ~ 2025", "25% ~ 2030", "2个点 >= 2025");
    }

    @Test
    void aPlanForTheTargetsOfAYearDatesThoseItStatesWithoutOne() throws NoStructureException {
        assertThat(targets("为确保完成全县2013年主要污染物总量减排目标任务，特制定本方案。\n"
                + "化学需氧量排放总量控制在3132吨以内，氨氮排放总量控制在571吨以内。"))
                .extracting(TargetGrammarTest::describe).containsExactly("3132吨 <= 2013", "571吨 <= 2013");
    }
}
