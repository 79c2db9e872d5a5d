package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylineage.rdf.DocumentPaths;
import org.policylineage.rdf.Slugs;
import org.policylineage.reference.ReferenceData;

/** Every spelling of a document number is one number, with one IRI path (and one former slug, still answered by a redirect). */
class DocNumberTest {
    private static final DocumentPaths PATHS = new DocumentPaths(ReferenceData.bundled());

    @ParameterizedTest
    @ValueSource(strings = {"苏政办发〔2022〕21号", "苏政办发[2022]21号", "苏政办发(2022)21号", "苏政办发（2022）21号",
            "苏政办发﹝2022﹞21号", "苏政办发【2022】21号", "苏政办发〔2022〕21", "苏政办发 〔 2022 〕 21 号",
            "蘇政辦發〔２０２２〕２１號", "（苏政办发〔2022〕21号）", "苏政办发［2022］21号"})
    void everySpellingParsesToTheCanonicalNumber(String spelling) {
        DocNumber n = DocNumber.parse(spelling).orElseThrow();
        assertThat(n.canonical()).isEqualTo("苏政办发〔2022〕21号");
        assertThat(PATHS.of(n)).isEqualTo("su-zheng-ban-fa/2022/21");
        assertThat(Slugs.former(n)).isEqualTo("su-zheng-ban-fa-abb2a-2022-21");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "苏政办发", "2022年21号", "苏政办发〔22〕21号", "苏政办发〔2022〕0号", "苏政办发〔1800〕3号", "《苏政办发〔2022〕21号》文件"})
    void rejectsWhatIsNotADocumentNumber(String text) {
        assertThat(DocNumber.parse(text)).isEmpty();
    }

    @Test
    void pathsAndFormerSlugsOfOtherIssuers() {
        assertThat(PATHS.of(DocNumber.parse("国发〔2021〕4号").orElseThrow())).isEqualTo("guo-fa/2021/4");
        assertThat(PATHS.of(DocNumber.parse("连政办发〔2022〕68号").orElseThrow())).isEqualTo("lian-zheng-ban-fa/2022/68");
        assertThat(Slugs.former(DocNumber.parse("国发〔2021〕4号").orElseThrow())).isEqualTo("guo-fa-683bb-2021-4");
        assertThat(Slugs.former(DocNumber.parse("连政办发〔2022〕68号").orElseThrow())).isEqualTo("lian-zheng-ban-fa-c84f6-2022-68");
    }

    @Test
    void aFieldLabelRunIntoTheNumberIsNoPartOfItsIssuerCode() {
        assertThat(DocNumber.parse("文号宜政办发[2013]43号").map(DocNumber::canonical)).contains("宜政办发〔2013〕43号");
        assertThat(DocNumber.findIn("发文字号苏政办发〔2022〕21号", 0, "发文字号苏政办发〔2022〕21号".length()).map(m -> m.group(1))).contains("苏政办发");
    }

    @Test
    void aNumberReadByOcrWithAStrayLetterAfterTheBracket() {
        assertThat(DocNumber.parse("苏政办发【2022]j21号").map(DocNumber::canonical)).contains("苏政办发〔2022〕21号");
        assertThat(DocNumber.parse("苏政办发【2022]x21号")).isEmpty();
    }
}
