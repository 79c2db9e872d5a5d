package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;
import org.policylineage.vocab.CitationRelation;

/**
 * Title and date of pages copied from news and government sites, with what such pages print around the
 * article (site names, sign-in boxes, navigation bars, page controls, publication stamps). The texts are made
 * up in the shapes real copies take.
 */
class PageCopyFrontMatterTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled());
    private static final String LEAD = "记者从某省发展改革委获悉，该省近日印发《某省新能源发展行动方案》，提出到2025年，全省新能源装机容量达到3000万千瓦以上。";

    private static ExtractedDocument read(String text) throws NoStructureException {
        return EXTRACTOR.extract(text);
    }

    @Test
    void theHeadlineIsFoundUnderTheSitesNameNavigationAndSignIn() throws NoStructureException {
        ExtractedDocument doc = read("某某质量新闻网\n您当前位置: 新闻中心>>地方动态>>\n\n帐号:\n密码:\n 忘记密码\n"
                + "网站首页 | 数字报首页 | 版面导航\n】 【打 印】\n某省聚焦七个重点推进新能源发展\n\n2022-04-07 11:15:18 某某质量新闻网\n\n" + LEAD);
        assertThat(doc.title()).contains("某省聚焦七个重点推进新能源发展");
        assertThat(doc.date()).contains(LocalDate.of(2022, 4, 7));
    }

    @Test
    void aLeadOverThePlanItCarriesGivesThePlanAsTitleThoughItsBracketIsLeftOpen() throws NoStructureException {
        ExtractedDocument doc = read("6月6日，某省政府网站发布了关于印发《某省节能减排综合工作实施方案》（以下简称《方案》的通知。"
                + "《方案》提出，到2025年，全省80%以上的钢铁产能完成超低排放改造。\n某省节能减排综合工作实施方案\n"
                + "为贯彻落实国家部署，结合本省实际，制定本方案。\n一、总体要求\n坚持稳中求进。\n");
        assertThat(doc.title()).contains("某省节能减排综合工作实施方案");
        assertThat(doc.citations()).extracting(c -> c.title().orElse("")).doesNotContain("某省节能减排综合工作实施方案");
    }

    @Test
    void aReportIsAboutTheDocumentItGivesAShortName() throws NoStructureException {
        ExtractedDocument doc = read("某地新闻网9月14日电 记者14日从某省人民政府获悉，该省实施《某省文化和旅游强省建设三年行动（2023—2025年）》"
                + "（以下简称《三年行动》），到2025年全省接待游客达11亿人次以上。\n");
        assertThat(doc.citations()).singleElement().extracting(CitationRecord::relation).isEqualTo(CitationRelation.REPORTS_ON);
        assertThat(doc.documentTargets()).singleElement().extracting(TargetRecord::deadlineYear).isEqualTo(2025);
    }

    @Test
    void aStampOnABarredLineOrWithATwoDigitYearDatesThePage() throws NoStructureException {
        assertThat(read("某省新能源装机达3000万千瓦\n\n2021-11-17 09:07| 发布者: 某某| 查看: 332| 评论: 0\n\n" + LEAD).date())
                .contains(LocalDate.of(2021, 11, 17));
        assertThat(read("某省新能源装机达3000万千瓦\n\n21-07-06 09:12 来源:某某网 编辑:某某\n\n" + LEAD).date())
                .contains(LocalDate.of(2021, 7, 6));
    }

    @Test
    void whatThePagePrintsAfterATitleIsNoPartOfIt() throws NoStructureException {
        assertThat(read("某省人民政府办公厅关于印发《某省质量认证体系建设实施方案》的通知【全文失效】\n某政办发〔2018〕145号\n" + LEAD).title())
                .contains("某省人民政府办公厅关于印发《某省质量认证体系建设实施方案》的通知");
        assertThat(read("某市农业农村局2024年全市农业农村工作要点-某某官网\n\n" + LEAD).title()).contains("某市农业农村局2024年全市农业农村工作要点");
        assertThat(read("某部：2025年城镇新建建筑全面建成绿色建筑听新闻\n\n" + LEAD).title()).contains("某部：2025年城镇新建建筑全面建成绿色建筑");
    }

    @Test
    void aFooterOfLinksIsNoTitleEvenWithPinyinDebris() throws NoStructureException {
        ExtractedDocument doc = read(LEAD + "\n關(guān)于我們| 客服中心| 廣告服務(wù)| 建站服務(wù)| 聯(lián)系我們\n");
        assertThat(doc.title()).isEmpty();
    }

    @Test
    void metadataAfterATitleOnItsLineIsReadAndLeftOutOfTheTitle() throws NoStructureException {
        ExtractedDocument doc = read("某市碳达峰实施方案 发布时间:2022-10-10 14:04\n\n为深入贯彻落实党中央、国务院关于碳达峰、碳中和的重大战略决策，制定本实施方案。\n"
                + "一、主要目标\n到2025年，单位生产总值能源消耗比2020年下降14%。\n");
        assertThat(doc.title()).contains("某市碳达峰实施方案");
        assertThat(doc.date()).contains(LocalDate.of(2022, 10, 10));
    }

    @Test
    void aPublicationStampAfterTheSitesAddressDatesThePage() throws NoStructureException {
        ExtractedDocument doc = read("某某:某省新能源发展速度快、潜力大\nhttp://www.example.com   2024-06-14 00:57:14\n\n" + LEAD);
        assertThat(doc.title()).contains("某某：某省新能源发展速度快、潜力大");
        assertThat(doc.date()).contains(LocalDate.of(2024, 6, 14));
    }

    @Test
    void aNewspapersIssueLineDatesTheArticle() throws NoStructureException {
        ExtractedDocument doc = read("某省推进城乡建设绿色低碳发展\n《 某某日报 》( 2023年02月16日 04 版)\n" + LEAD);
        assertThat(doc.date()).contains(LocalDate.of(2023, 2, 16));
    }

    @Test
    void aHeadlineOverADocumentJustPublishedIsANewsReportOnIt() throws NoStructureException {
        ExtractedDocument doc = read("某省“十四五”末期原材料工业营业收入突破2万亿元\n\n"
                + "某省是全国重要的原材料工业基地。近日，《某省“十四五”原材料工业发展规划》（以下简称《规划》）印发，提出到“十四五”末期，"
                + "全省原材料工业营业收入力争突破2万亿元。\n");
        assertThat(doc.kinds()).contains("news-report");
        assertThat(doc.citations()).singleElement().satisfies(c -> {
            assertThat(c.relation()).isEqualTo(CitationRelation.REPORTS_ON);
            assertThat(c.title()).contains("某省“十四五”原材料工业发展规划");
        });
    }

    @Test
    void aBylineIsNoHeadline() throws NoStructureException {
        ExtractedDocument doc = read("某某日报记者 张某某\n" + LEAD);
        assertThat(doc.title()).isEmpty();
    }

    @Test
    void aHeadingCutOverShortLinesGivesWayToTheTitleWholeOnOneLine() throws NoStructureException {
        ExtractedDocument doc = read("某省人民政府办公厅\n关于推进文化和旅游深度融合发展\n把文化旅游业培育成为\n"
                + "中共某省委办公厅 某省人民政府办公厅关于推进文化和旅游深度融合发展把文化旅游业培育成为支柱产业的意见\n" + LEAD);
        assertThat(doc.title()).contains("中共某省委办公厅某省人民政府办公厅关于推进文化和旅游深度融合发展把文化旅游业培育成为支柱产业的意见");
    }

    @Test
    void aStatusNoteAfterTheTitleIsNoPartOfIt() throws NoStructureException {
        ExtractedDocument doc = read("某市人民政府关于印发某市智慧政务建设实施方案的通知(已失效)\n\n某政〔2017\n\n" + LEAD);
        assertThat(doc.title()).contains("某市人民政府关于印发某市智慧政务建设实施方案的通知");
    }

    @Test
    void aNewsFlashOpensWithItsHeadlineInBrackets() throws NoStructureException {
        ExtractedDocument doc = read("【某省22条措施促生物医药产业发展 力争2027年产业营收倍增】某某社12月2日电，" + LEAD);
        assertThat(doc.title()).contains("某省22条措施促生物医药产业发展力争2027年产业营收倍增");
    }

    @Test
    void aSpamPagesKeywordLineIsPassedOverToTheHeadline() throws NoStructureException {
        ExtractedDocument doc = read("某某专区在线_某某字幕_某某影院在线_免费观看某某在线网址_某某中文字幕\n\n某省推进全民健身实施计划\n" + LEAD);
        assertThat(doc.title()).contains("某省推进全民健身实施计划");
    }

    @Test
    void aBareSlashedTimestampUnderAHeadlineIsThePagesDateNotPartOfTheTitle() throws NoStructureException {
        ExtractedDocument doc = read("关于《某省推动电子商务发展工程实施方案》政策解读\n\n2023/12/8 16:16:24\n\n一、起草背景\n" + LEAD);
        assertThat(doc.title()).contains("关于《某省推动电子商务发展工程实施方案》政策解读");
        assertThat(doc.date()).contains(LocalDate.of(2023, 12, 8));
    }

    @Test
    void aHeadlineMayEndWithAnExclamationAndHoldBracketsOfItsOwn() throws NoStructureException {
        assertThat(read("某畜牧网 > 政策发布\n农业农村部：明确要求到2030年，畜禽粪污综合利用率达到85%以上！\n" + LEAD).title())
                .contains("农业农村部：明确要求到2030年，畜禽粪污综合利用率达到85%以上！");
        assertThat(read("导航菜单\n\n（某省）某市某区人民政府工作报告（2025年1月14日）\n\n二、2025年主要目标和重点工作\n" + LEAD).title())
                .contains("（某省）某市某区人民政府工作报告（2025年1月14日）");
    }

    @Test
    void aKickerOverAHeadlineThatNamesTheDocumentGivesWayToIt() throws NoStructureException {
        ExtractedDocument doc = read("五项主要任务、八个重点工程！\n某省建设制造强省三年行动计划出炉（附图解）\n\n" + LEAD);
        assertThat(doc.title()).contains("某省建设制造强省三年行动计划出炉（附图解）");
    }

    @Test
    void aStampClosingAnotherMetadataFieldDatesThePageAndItsThisYear() throws NoStructureException {
        ExtractedDocument doc = read("某社受权播发《政府工作报告》\n\n来源:某社 责任编辑:某某 2025-03-12 17:54:03\n\n"
                + "报告指出,今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上。\n");
        assertThat(doc.date()).contains(LocalDate.of(2025, 3, 12));
        assertThat(doc.documentTargets()).extracting(TargetRecord::deadlineYear).containsOnly(2025);
    }

    @Test
    void aDocumentNamedWithItsPublishingWordAfterItIsWhatAReportIsOn() throws NoStructureException {
        ExtractedDocument doc = read("日前，《某市2015年主要污染物减排计划》制定出台，确定实施污染物减排项目118个。\n"
                + "《计划》中明确2015年全市主要污染物总量控制工作目标为：二氧化硫排放总量控制在8.2万吨以内。\n");
        assertThat(doc.citations()).singleElement().satisfies(c -> assertThat(c.relation()).isEqualTo(CitationRelation.REPORTS_ON));
    }
    @Test
    void anArchivesNameWithItsYearsAndItsPageControlsAreNoHeadline() throws NoStructureException {
        assertThat(read("人民日报图文数据库（1946-2021）\n\n返回目录  放大缩小全文复制  上一篇  下一篇\n\n某省持续改善环境空气质量\n\n" + LEAD + "\n")
                .title()).contains("某省持续改善环境空气质量");
    }

    @Test
    void pageMetadataWithoutColonsIsRead() throws NoStructureException {
        ExtractedDocument d = read("某市人民政府办公室关于印发某市区域协调发展三年行动方案的通知\n索 取 号 101103000-2022-009 发布机构\n"
                + "产生日期 2022-04-18 文  号 某政办发〔2022〕9号\n各县（市）区人民政府：\n" + LEAD + "\n");
        assertThat(d.number()).map(DocNumber::canonical).contains("某政办发〔2022〕9号");
    }

    @Test
    void aPageStampAfterABarDatesThePage() throws NoStructureException {
        assertThat(read("某市第十四届人民代表大会第一次会议开幕\n来源:国际在线  |  2022-01-07 15:15:00\n" + LEAD + "\n").date())
                .contains(java.time.LocalDate.of(2022, 1, 7));
    }

    @Test
    void aShortNameDefinedAfterTheDocumentNumberInOneBracketIsTheSameCitation() throws NoStructureException {
        ExtractedDocument doc = read("某省人民政府关于促进区域协调发展的实施意见\n为贯彻《国务院关于进一步推进某地区改革开放的指导意见》"
                + "(国发[2008]30号,以下简称《指导意见》)精神，现结合我省实际，提出以下实施意见。按照《指导意见》要求，推进区域协调发展。\n");
        assertThat(doc.citations()).extracting(c -> c.title().orElse("-")).doesNotContain("指导意见");
    }

    @Test
    void aHeadlineThatSaysThisYearAndAListOfTheYearsWorksDateTheTargetsUnderThem() throws NoStructureException {
        ExtractedDocument doc = read("某省今年将办好这些民生实事\n\n2023-01-14 08:13:57 来源：某某都市报\n\n"
                + "昨日，政府工作报告提出2023年十大民生项目清单。具体如下：\n建设筹集保障性租赁住房10万套，改造城镇老旧小区4000个以上。\n");
        assertThat(doc.documentTargets()).extracting(TargetRecord::deadlineYear).containsOnly(2023).hasSize(2);
    }

    @Test
    void aSectionReviewingThePastAndAParagraphOpeningOnThePastYearSetNoTargets() throws NoStructureException {
        ExtractedDocument doc = read("某省政府工作报告摘要\n一、2024年工作回顾\n经济规模稳步扩大，地区生产总值达5.2万亿元，增长5%。\n"
                + "城镇新增就业80万人，外汇收入超过320亿美元。\n二、2025年工作安排\n过去一年，城镇调查失业率平均为5.1%。\n"
                + "今年发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业75万人以上。\n");
        List<TargetRecord> all = new ArrayList<>(doc.documentTargets());
        doc.measures().forEach(m -> all.addAll(m.targets()));
        assertThat(all.stream().filter(t -> !t.isMilestone()).map(t -> t.value().stripTrailingZeros().toPlainString() + t.unit()))
                .containsExactlyInAnyOrder("5%", "75万人");
    }

    @Test
    void everyValueOfAListOfTheYearsWorksIsAnAimOfThatYear() throws NoStructureException {
        ExtractedDocument doc = read("某市今年为民办实事项目发布\n\n2023-02-08 10:54 来源：某某日报\n\n2023年全市重点民生实事项目如下。\n"
                + "新增公办幼儿园学位1500个；建成社区食堂20家；改造老旧小区供水管网60公里。\n");
        assertThat(doc.documentTargets().stream().filter(t -> !t.isMilestone())
                .map(t -> t.value().stripTrailingZeros().toPlainString() + t.unit() + " " + t.deadlineYear()))
                .containsExactly("1500个 2023", "20家 2023", "60公里 2023");
    }

    @Test
    void theFormulaClosingANoticeAndAChaptersHeadingAreNoTitle() throws NoStructureException {
        assertThat(read("各镇人民政府：\n现将2016年度目标任务分解下达给你们，确保全区地区生产总值增长8%。\n特此通知\n某区人民政府\n2016年3月1日\n").title())
                .isEmpty();
        assertThat(read("第九章 建设峡谷经济带 形成新的增长极\n到2025年，峡谷经济带生产总值达到300亿元。\n").title()).isEmpty();
    }

    @Test
    void aHeadlineSayingACitedDocumentWasPublishedMakesTheTextAReportOnIt() throws NoStructureException {
        ExtractedDocument doc = read("某省发布“十四五”就业促进规划\n9月13日，从省发改委传来消息：某省发布了《“十四五”就业促进规划》，"
                + "到2025年，城镇新增就业200万人以上。\n");
        assertThat(doc.citations()).singleElement().extracting(CitationRecord::relation).isEqualTo(CitationRelation.REPORTS_ON);
    }

    @Test
    void aListOfImplementedDocumentsHoldsThoughTheirNumbersLostABracketAndWhatIsFollowedIsImplemented() throws NoStructureException {
        ExtractedDocument doc = read("某市智慧政务建设总体实施方案\n为贯彻落实《国务院办公厅关于印发政务服务技术体系建设指南的通知》(国办函〔2016108号)、"
                + "《某省人民政府关于印发政务服务工作方案的通知》(某政〔201725号)等精神，参照《某省人民政府工作规则》的有关规定，制定本实施方案。\n");
        assertThat(doc.citations()).hasSize(3).allSatisfy(c -> assertThat(c.relation()).isEqualTo(CitationRelation.IMPLEMENTS));
    }

    @Test
    void aProgressReportsFiguresForTheHalfYearGoneAreNoTargets() throws NoStructureException {
        ExtractedDocument doc = read("某市人民政府关于2021年重点工作上半年完成情况的通报\n现将有关情况通报如下：\n"
                + "上半年，全市完成地区生产总值802.81亿元，比上年同期增长28.6%；进出口总额50.6亿元。\n");
        assertThat(doc.documentTargets()).allMatch(TargetRecord::isMilestone);
    }

    @Test
    void aTitleThatCarriesItsDayAndAnEditorsTimeFieldDateTheText() throws NoStructureException {
        assertThat(read("某市某区人民政府工作报告(2025年1月14日)\n\n二、2025年主要目标和重点工作\n地区生产总值增长5.5%左右。\n").date())
                .contains(LocalDate.of(2025, 1, 14));
        assertThat(read("某县2023年国民经济和社会发展的主要目标和任务\n\n编稿时间: 2023-02-15 来源: 县发改局 作者:未知\n\n"
                + "2023年全县地区生产总值增长6%。\n").date()).contains(LocalDate.of(2023, 2, 15));
    }

    @Test
    void aReviewUnderAnUnnumberedHeadingSetsNoTargetsAndAWorkReportIsADocument() throws NoStructureException {
        ExtractedDocument doc = read("政府工作报告\n——2021年10月19日在某县人民代表大会第一次会议上\n各位代表：\n"
                + "2021年工作回顾及过去五年主要成就\n全县实现生产总值305亿元左右，增长8%。\n");
        assertThat(doc.documentTargets()).allMatch(TargetRecord::isMilestone);
        assertThat(doc.kinds()).contains("work-report");
    }
}
