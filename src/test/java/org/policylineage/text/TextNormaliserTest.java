package org.policylineage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;

/** Page markers, hard line breaks, stray spaces, web chrome and traditional characters, with offsets kept. */
class TextNormaliserTest {
    private final TextNormaliser normaliser = ReferenceData.bundled().lexicon().normaliser();

    @Test
    void joinsHardLineBreaksAndDropsPageMarkersAndStraySpaces() {
        String raw = "（五）加快绿色农业认证。深入实施化肥减量增效、农药使\n\n用零增长工程，到 2025年，全市绿色食品认证证书达 500张，有\n\n  —10— \n\n机产品认证证书力争突破 40张。\n（六）提高绿色服务业认证水平。";
        NormalisedText t = normaliser.normalise(raw);
        assertThat(t.lines()).extracting(NormalisedText.Line::text).containsExactly(
                "（五）加快绿色农业认证。深入实施化肥减量增效、农药使用零增长工程，到2025年，全市绿色食品认证证书达500张，有机产品认证证书力争突破40张。",
                "（六）提高绿色服务业认证水平。");
        int at = t.text().indexOf("500张");
        assertThat(t.originalText(at, at + 4)).isEqualTo("500张");
        int across = t.text().indexOf("有机产品");
        assertThat(t.originalText(across, across + 4)).startsWith("有").endsWith("机产品").contains("—10—");
    }

    @Test
    void keepsStructuralLinesApart() {
        String raw = "连政办发〔2022〕68号\n市政府办公室关于深入推进绿色认证\n促进绿色低碳循环发展的实施意见\n各县、区人民政府：\n一、总体要求\n（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。";
        List<String> lines = normaliser.normalise(raw).lines().stream().map(NormalisedText.Line::text).toList();
        assertThat(lines).contains("连政办发〔2022〕68号", "一、总体要求").anyMatch(l -> l.startsWith("（一）指导思想"));
    }

    @Test
    void readsPageMetadataAndDropsWebChrome() {
        String raw = "当前位置： [首页](#) > [政策](#)\n索引号：014000319/2022-00184\n文号：苏政办发〔2022〕21号\n发文日期：2022-03-19\n"
                + "关于深入推进绿色认证的意见\n扫一扫在手机打开当前页\n版权所有：江苏省人民政府";
        NormalisedText t = normaliser.normalise(raw);
        assertThat(t.pageMetadata().get("文号").value()).isEqualTo("苏政办发〔2022〕21号");
        assertThat(t.pageMetadata().get("发文日期").value()).isEqualTo("2022-03-19");
        assertThat(t.text()).isEqualTo("关于深入推进绿色认证的意见");
    }

    @Test
    void convertsTraditionalCharactersButQuotesTheOriginal() {
        String raw = "關於深入推進綠色認證促進綠色低碳循環發展的實施意見";
        NormalisedText t = normaliser.normalise(raw);
        assertThat(t.text()).isEqualTo("关于深入推进绿色认证促进绿色低碳循环发展的实施意见");
        assertThat(t.originalText(0, 4)).isEqualTo("關於深入");
    }

    @Test
    void readsBackFromBytesAsItWas() {
        String raw = "索引号：014000319/2022-00184\n文号：苏政办发〔2022〕21号\n關於推進綠色認證的意見\n（一）到 2025年，\n\n  —3— \n\n𠀀全市认证证书达 500张。";
        NormalisedText t = normaliser.normalise(raw);
        java.nio.ByteBuffer bytes = t.toBytes();
        NormalisedText back = NormalisedText.fromBytes(bytes);
        assertThat(bytes.hasRemaining()).isFalse();
        assertThat(back.original()).isEqualTo(raw);
        assertThat(back.text()).isEqualTo(t.text()).contains("关于推进绿色认证", "到2025年");
        assertThat(back.offsets()).isEqualTo(t.offsets());
        assertThat(back.pageMetadata()).isEqualTo(t.pageMetadata()).containsKey("文号");
        int at = back.text().indexOf("500张");
        assertThat(back.originalText(at, at + 4)).isEqualTo("500张");
    }

    @Test
    void normalisesFullWidthFormsAndBrackets() {
        assertThat(TextNormaliser.normaliseFragment("到２０２５年(新技术)达５０％")).isEqualTo("到2025年（新技术）达50%");
    }

    @Test
    void keepsAPageCopysHeadlinesApartFromItsParagraphs() {
        // Made-up page copies in the shapes real ones take: a repeated headline, a headline over a publication stamp,
        // a plan's own heading after 全文如下 with pinyin debris and ASCII brackets, among lines as wide as paragraphs.
        String paragraph = "为深入贯彻落实党中央、国务院决策部署，推动经济社会高质量发展，结合本省实际，制定本方案。各地要加强组织领导，"
                + "明确责任分工，强化要素保障，确保各项任务落到实处，到2025年，全省新建示范园区20个以上。";
        String raw = "某省八部门联合印发方案到2025年示范园区达到20个\n某省八部门联合印发方案到2025年示范园区达到20个\n" + paragraph
                + "\n全文如下:\n某省推進(jìn)制造業(yè)數(shù)字化轉(zhuǎn)型行動計劃(2025-2027年)\n" + paragraph;
        List<String> lines = normaliser.normalise(raw).lines().stream().map(NormalisedText.Line::text).toList();
        assertThat(lines).startsWith("某省八部门联合印发方案到2025年示范园区达到20个", "某省八部门联合印发方案到2025年示范园区达到20个")
                .contains("某省推进制造业数字化转型行动计划（2025-2027年）");

        String notice = paragraph + "\n原文如下:\n某市某局关于征求《某市质量强市建设实施方案》意见的通告\n" + paragraph;
        assertThat(normaliser.normalise(notice).lines().stream().map(NormalisedText.Line::text))
                .contains("某市某局关于征求《某市质量强市建设实施方案》意见的通告");

        String stamped = "某部门印发规划：到2025年可再生能源发电量约为3万亿千瓦时\n\n2022-06-02 10:26:06 作者：某记者\n\n" + paragraph;
        assertThat(normaliser.normalise(stamped).lines().get(0).text()).isEqualTo("某部门印发规划：到2025年可再生能源发电量约为3万亿千瓦时");
    }

    @Test
    void readsAMetadataLabelSpacedOutToATablesWidth() {
        NormalisedText t = normaliser.normalise("标      题 某自治区“十三五”时期应对气候变化规划\n前  言\n气候变化问题不仅是环境问题。");
        assertThat(t.pageMetadata().get("标题").value()).isEqualTo("某自治区“十三五”时期应对气候变化规划");
        assertThat(t.lines()).extracting(NormalisedText.Line::text).noneMatch(l -> l.contains("标题"));
    }

    @Test
    void aTitleFieldWrappedOntoTheNextLineIsReadWhole() {
        NormalisedText t = normaliser.normalise("索引号：014000319/2022-00184\n标题：省政府办公厅转发省市场监管局等部门关于深入推进绿色认证促进\n"
                + "绿色低碳循环发展意见的通知\n主题词：\n文号：苏政办发〔2022〕21号\n各市、县人民政府：");
        assertThat(t.pageMetadata().get("标题").value()).isEqualTo("省政府办公厅转发省市场监管局等部门关于深入推进绿色认证促进绿色低碳循环发展意见的通知");
        assertThat(t.lines()).extracting(NormalisedText.Line::text).noneMatch(l -> l.contains("绿色低碳循环发展意见的通知"));
    }

    @Test
    void aTitleFieldWrappedOverSeveralLinesOfANarrowColumnIsReadWhole() {
        // Each wrapped line as wide as the field's, the last short; the middle one ends in a document kind (意见) too.
        NormalisedText t = normaliser.normalise("标题：某省政府办公厅转发省市场监管局等部门关\n于深入推进绿色认证促进绿色低碳发展的意见\n的通知\n"
                + "主题词：\n文号：某政办发〔2022〕21号");
        assertThat(t.pageMetadata().get("标题").value()).isEqualTo("某省政府办公厅转发省市场监管局等部门关于深入推进绿色认证促进绿色低碳发展的意见的通知");
        assertThat(t.text()).doesNotContain("的通知");
    }

    /** A made-up notice as a narrow column prints it: the text's own short lines wrapped again, mid-phrase. */
    private static final String NARROW_COLUMN = String.join("\n",
            "某政办发〔2024〕5号",
            "某市人民政府办公室关于推进绿色",
            "低碳发展的实施意见",
            "各县、区人民政府，市各委办局，市各直属单",
            "位：",
            "为深入贯彻《某省关于加快建立健全绿色低碳",
            "发展的意见》（某",
            "政发〔2023〕8",
            "号）精神，结合我市实际，提出如下实施意",
            "见。",
            "一、总体要求",
            "（一）主要目标。大力发展光",
            "伏、风",
            "电、节能环保等绿色低碳产业，优先培育低碳能",
            "源产业。到2030年，全市可再生能源发电装机",
            "超1000万千瓦，化工企业全部达到清洁生产水平。",
            "到2030年，完",
            "成10个以上碳标识认证应用。（市发改委负责）",
            "（二）重点指标",
            "指标　　2025年　　2030年",
            "绿色工厂　　20家　　40家",
            "1.绿色工厂",
            "2.零碳园区",
            "某市人民政府办公室",
            "2024年3月1日");

    @Test
    void joinsLinesANarrowColumnWrappedMidPhrase() {
        NormalisedText t = normaliser.normalise(NARROW_COLUMN);
        assertThat(t.lines()).extracting(NormalisedText.Line::text).contains(
                "为深入贯彻《某省关于加快建立健全绿色低碳发展的意见》（某政发〔2023〕8号）精神，结合我市实际，提出如下实施意见。",
                "（一）主要目标。大力发展光伏、风电、节能环保等绿色低碳产业，优先培育低碳能源产业。到2030年，全市可再生能源发电装机超1000万千瓦，"
                        + "化工企业全部达到清洁生产水平。",
                // A sentence that ends a full line may end the paragraph: the next starts anew, and its own wrap is joined.
                "到2030年，完成10个以上碳标识认证应用。（市发改委负责）");
        // Quotes still point into the text as read: a phrase joined across a break quotes the break.
        int at = t.text().indexOf("光伏、风电");
        assertThat(t.originalText(at, at + 5)).isEqualTo("光\n伏、风\n电");
        int after = t.text().indexOf("1000万千瓦");
        assertThat(t.originalText(after, after + "1000万千瓦".length())).isEqualTo("1000万千瓦");
    }

    @Test
    void keepsTheBreaksANarrowColumnDoesNotMake() {
        List<String> lines = normaliser.normalise(NARROW_COLUMN).lines().stream().map(NormalisedText.Line::text).toList();
        assertThat(lines).containsSubsequence("某政办发〔2024〕5号", "各县、区人民政府，市各委办局，市各直属单位：", "一、总体要求", "（二）重点指标",
                "指标2025年2030年", "绿色工厂20家40家", "1.绿色工厂", "2.零碳园区", "某市人民政府办公室", "2024年3月1日");
        assertThat(lines).noneMatch(l -> l.contains("意见各县")).noneMatch(l -> l.contains("负责）（二）"));
    }

    @Test
    void aWrappedLineThatClosesAnAngleBracketIsNoBreadcrumb() {
        // A breadcrumb (首页 > 政策文件) is page chrome; a column's line that closes the < of the line above is text.
        NormalisedText t = normaliser.normalise("（一）加强组织领导。本项任务均需各县级市<区>政府<\n管委会>贯彻落实，不再单独列出。\n首页 > 政策文件");
        assertThat(t.text()).isEqualTo("（一）加强组织领导。本项任务均需各县级市<区>政府<管委会>贯彻落实，不再单独列出。");
    }

    @Test
    void aHeadlineWithACommaIsNotJoinedToTheParagraphUnderIt() {
        List<String> lines = normaliser.normalise("某省推动绿色发展，建设美丽家园\n近日，某省印发实施方案，到2025年，全省新建示范园区20个以上。")
                .lines().stream().map(NormalisedText.Line::text).toList();
        assertThat(lines).containsExactly("某省推动绿色发展，建设美丽家园", "近日，某省印发实施方案，到2025年，全省新建示范园区20个以上。");
    }

    @Test
    void readsMetadataFieldsThroughPinyinAndTableCells() {
        String raw = "名稱(chēng): 某省人民政府辦公廳關(guān)于印發(fā)工作方案的通知\n"
                + "發(fā)布機(jī)構(gòu) | 某縣人民政府 | 文號(hào) | 某政辦函〔2024〕37號(hào) | ||\n正文。";
        NormalisedText t = normaliser.normalise(raw);
        assertThat(t.pageMetadata().get("标题").value()).isEqualTo("某省人民政府辦公廳關于印發工作方案的通知");
        assertThat(t.pageMetadata().get("文号").value()).isEqualTo("某政辦函〔2024〕37號");
        assertThat(t.pageMetadata().get("发布机构").value()).isEqualTo("某縣人民政府");
    }
}
