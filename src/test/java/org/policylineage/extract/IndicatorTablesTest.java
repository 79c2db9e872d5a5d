package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;

/**
 * Tables of indicators as real pages and Word files give them (made up here in their shapes): a row to a line
 * between bars, a cell to a line, as the HTML and Word readers give them too. Each row with a value is a target due in the header's year.
 */
class IndicatorTablesTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled());

    private static List<String> targets(String text) throws NoStructureException {
        return EXTRACTOR.extract(text).documentTargets().stream()
                .map(t -> t.indicator() + " " + t.value().stripTrailingZeros().toPlainString() + t.unit() + " " + t.comparator()
                        + " " + t.deadlineYear())
                .toList();
    }

    @Test
    void aRowToALineBetweenBars() throws NoStructureException {
        assertThat(targets("""
                某市质量强市建设实施方案
                专栏1 主要发展指标
                序号 | 主要任务 | 具体指标名称 | 2025年 | 属性 |
                1 | 经济质量 | 全员劳动生产率（万元/人） | 21 | 预期性 |
                2 | 单位地区生产总值能源消耗降低（%） | 13 | 约束性 | |
                3 | 国家高新技术企业（万家） | ≥1.2 | 预期性 | |
                4 | 制造业质量竞争力指数 | 86 | 预期性 | 5 | 品牌价值（亿元） | 300左右 | 预期性 |
                """)).containsExactly("全员劳动生产率 21万元/人 = 2025", "单位地区生产总值能源消耗降低 13% = 2025",
                "国家高新技术企业 1.2万家 >= 2025", "制造业质量竞争力指数 86 = 2025", "品牌价值 300亿元 ~ 2025");
    }

    @Test
    void aCellToALineWithAUnitColumnAndTwoValueColumns() throws NoStructureException {
        assertThat(targets("""
                表：某市“十四五”规划主要指标
                序号 |
                指 标 |
                单位 |
                属性 |
                “十四五”目标 |
                2025年 |
                年均[累计] |
                1 |
                全市生产总值年均增长率 |
                % |
                预期性 |
                - |
                5左右 |
                2 |
                在沪跨国公司地区总部数量 |
                家 |
                预期性 |
                - |
                [累计达到1000] |
                3 |
                城镇调查失业率 |
                % |
                预期性 |
                <5.5 |
                - |
                4 |
                居民人均可支配收入增长 |
                % |
                预期性 |
                与经济增长基本同步 |
                - |
                """)).containsExactly("生产总值年均增长率 5% ~ 2025", "在沪跨国公司地区总部 1000家 >= 2025",
                "城镇调查失业率 5.5% < 2025");
    }

    @Test
    void aWordTableAsTheReaderGivesItTakesTheLatestYearsColumn() throws NoStructureException {
        assertThat(targets("关于印发某县节能行动方案的通知\n到2025年，全县节能工作取得明显成效。\n"
                + "指标 | 单位 | 2020年 | 2025年 |\n单位地区生产总值能耗 | 吨标准煤/万元 | 0.52 | 0.45 |\n森林覆盖率 | % | 30 | 32 |\n"))
                .containsExactly("单位地区生产总值能耗 0.45吨标准煤/万元 = 2025", "森林覆盖率 32% = 2025");
    }

    @Test
    void aNavigationBarIsNoTable() throws NoStructureException {
        assertThat(targets("关于印发某市数字经济行动方案的通知\n首页 | 政务公开 | 政策文件 | 2023 |\n1 | 2 | 3 | 下一页 |\n"
                + "到2025年，全市数字经济核心产业增加值达到500亿元。\n"))
                .containsExactly("数字经济核心产业增加值 500亿元 >= 2025");
    }

    @Test
    void aTableThatSharesATargetOutAmongPlacesGivesEachPlaceItsShare() throws NoStructureException {
        assertThat(targets("""
                某市人民政府关于下达“十二五”各县碳强度下降目标的通知
                各县人民政府：现将目标分解下达给你们。
                附件
                某市“十二五”各县碳强度下降目标分解表
                县(市、区) | 碳强度下降目标 | 节能目标 | 责任部门 |
                甲区 | 19% | 17% | 甲区人民政府 |
                乙县 | 18% | 16% | 乙县人民政府 |
                丙县 | 18% | 16% | 丙县人民政府 |
                """)).contains("甲区碳强度下降目标 19% = 2015", "甲区节能目标 17% = 2015", "乙县碳强度下降目标 18% = 2015",
                "丙县碳强度下降目标 18% = 2015", "乙县节能目标 16% = 2015", "丙县节能目标 16% = 2015");
    }

    /** 全市, the whole city, is the scope of the first row, not part of its indicator. */
    @Test
    void aTwoColumnTableOfPlacesTakesItsUnitFromTheHead() throws NoStructureException {
        assertThat(targets("""
                某市2019年度能源消耗强度目标分解表
                地区 | 单位工业增加值能耗降幅目标(%) |
                全市 | 3.4 |
                城 厢 | 3.4 |
                沙 溪 | 3.2 |
                """)).contains("单位工业增加值能耗降幅目标 3.4% = 2019", "城厢单位工业增加值能耗降幅目标 3.4% = 2019",
                "沙溪单位工业增加值能耗降幅目标 3.2% = 2019");
    }

    @Test
    void aTableFlattenedACellToALineWithoutBarsOrSerialNumbers() throws NoStructureException {
        assertThat(targets("""
                某州人民政府关于下达全州2021年能耗强度目标任务的通知
                确定2021年全州各县（市）能耗强度目标任务如下：

                序号

                县(市)

                单位GDP能耗降低率目标任务(%)

                甲市

                3.4

                乙市

                3.4

                丙县

                3.2

                州人民政府将继续加强评价考核。
                """)).contains("甲市单位GDP能耗降低率目标任务 3.4% = 2021", "乙市单位GDP能耗降低率目标任务 3.4% = 2021",
                "丙县单位GDP能耗降低率目标任务 3.2% = 2021");
    }
}
