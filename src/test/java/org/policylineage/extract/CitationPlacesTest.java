package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;

/**
 * Citations wherever a text makes them: in a section's own paragraphs before or without numbered measures,
 * and in an opening sentence that ends with a colon. The texts are made up in the shapes of real interpretations.
 */
class CitationPlacesTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled());

    private static final String INTERPRETATION = "近日，某省人民政府印发《某省节能减排综合实施方案》（以下简称《实施方案》）。现将相关内容解读如下：\n"
            + "一、制定背景\n为认真贯彻落实《国务院关于印发节能减排综合工作方案的通知》（国发〔2021〕33号）精神，起草了《实施方案》。\n"
            + "二、主要内容\n（一）总体要求。坚持稳中求进。\n（二）主要目标。到2025年，单位地区生产总值能源消耗下降14%。\n";

    @Test
    void aSectionsOwnParagraphOutsideItsMeasuresCites() throws NoStructureException {
        assertThat(EXTRACTOR.extract(INTERPRETATION).citations())
                .anySatisfy(c -> assertThat(c.number().map(DocNumber::canonical)).contains("国发〔2021〕33号"));
    }

    @Test
    void anOpeningSentenceEndingWithAColonIsReadForCitations() throws NoStructureException {
        assertThat(EXTRACTOR.extract(INTERPRETATION).citations())
                .anySatisfy(c -> assertThat(c.title()).contains("某省节能减排综合实施方案"))
                .noneSatisfy(c -> assertThat(c.title()).contains("实施方案"));
    }
}
