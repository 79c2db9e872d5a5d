package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;
import org.policylineage.vocab.CitationRelation;

/**
 * A document that repeals, replaces or amends another says so in the clause that cites it. The texts are made up in
 * the shapes of real closing articles (本办法自…起施行，原《…》同时废止) and amending decisions.
 */
class CitationChangesTest {
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(ReferenceData.bundled());

    private static List<CitationRecord> citations(String closing) throws NoStructureException {
        String text = "某市人民政府办公室关于印发某市绿色食品认证管理办法的通知\n某政办发〔2023〕5号\n"
                + "一、总体要求\n（一）主要目标。到2025年，全市绿色食品认证证书达到300张。\n" + closing + "\n";
        return EXTRACTOR.extract(text).citations();
    }

    private static CitationRelation relationOf(List<CitationRecord> citations, String number) {
        return citations.stream().filter(c -> c.number().map(DocNumber::canonical).orElse("").equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no citation of " + number + " in " + citations)).relation();
    }

    @Test
    void aFormerDocumentRepealedAtTheEndIsRepealed() throws NoStructureException {
        var c = citations("二、附则\n（一）本办法自2023年6月1日起施行，原《某市绿色食品认证管理办法》（某政办发〔2018〕12号）同时废止。");
        assertThat(relationOf(c, "某政办发〔2018〕12号")).isEqualTo(CitationRelation.REPEALS);
    }

    @Test
    void documentsThatStopApplyingAreRepealedEvenByNumberAlone() throws NoStructureException {
        var c = citations("二、附则\n（一）本办法印发后，某政发〔2016〕8号、某政办发〔2017〕3号文件不再执行。");
        assertThat(relationOf(c, "某政发〔2016〕8号")).isEqualTo(CitationRelation.REPEALS);
        assertThat(relationOf(c, "某政办发〔2017〕3号")).isEqualTo(CitationRelation.REPEALS);
    }

    @Test
    void aRepealWordBeforeTheTitleInItsClauseRepeals() throws NoStructureException {
        var c = citations("二、附则\n（一）自本办法施行之日起，废止《某市认证工作规定》（某政发〔2015〕21号）。");
        assertThat(relationOf(c, "某政发〔2015〕21号")).isEqualTo(CitationRelation.REPEALS);
    }

    @Test
    void anAmendingClauseAmends() throws NoStructureException {
        var c = citations("二、修改内容\n（一）对《某市认证工作规定》（某政发〔2015〕21号）作如下修改：第三条删去。");
        assertThat(relationOf(c, "某政发〔2015〕21号")).isEqualTo(CitationRelation.AMENDS);
    }

    @Test
    void aChangeWordInAnotherClauseOrAfterAnotherCitationChangesNothing() throws NoStructureException {
        var c = citations("二、工作要求\n（一）根据《某省认证条例》（某省发〔2019〕2号）修订完善相关制度，"
                + "按照《某省实施方案》（某省办发〔2020〕7号）要求，过时的规定不再执行。");
        assertThat(relationOf(c, "某省发〔2019〕2号")).isEqualTo(CitationRelation.IMPLEMENTS);
        assertThat(relationOf(c, "某省办发〔2020〕7号")).isEqualTo(CitationRelation.IMPLEMENTS);
    }
}
