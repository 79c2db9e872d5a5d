package org.policylineage.lineage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.ReferenceData;

/** A measure body copied into another document is split into words once, and each copy's words stand in its own text. */
class BodyWordsTest {
    private static final String BODY = "（一）加强绿色食品认证。到2025年，全市绿色食品认证证书达500张，农产品质量安全水平稳步提升。";

    private static DocumentText document(String iri, String before) {
        String original = before + BODY + "\n";
        LineageCorpus.Doc doc = LineageCorpus.Doc.builder().index(0).iri(iri).label(iri).rank(4).sourceIri("source").build();
        int start = before.codePointCount(0, before.length());
        doc.measures.add(LineageCorpus.Measure.builder().doc(doc).index(0).iriSuffix("/measure/1").ordinal(1).start(start)
                .end(start + BODY.length()).build());
        return new DocumentText(doc, ReferenceData.bundled().lexicon().normaliser().normalise(original));
    }

    @Test
    void aCopiedBodyIsSplitOnceAndPlacedInEachText() {
        BodyWords shared = new BodyWords(1 << 20);
        DocumentText province = document("province", "江苏省关于推进绿色食品发展的实施意见\n\n");
        DocumentText city = document("city", "无锡市实施方案\n\n");
        MeasureText inProvince = province.measures(shared).get(0);
        MeasureText inCity = city.measures(shared).get(0);
        MeasureText unshared = document("city", "无锡市实施方案\n\n").measures(new BodyWords(0)).get(0);

        // One split serves both copies.
        assertThat(inCity.words).isSameAs(inProvince.words);
        // The same words as a document split on its own, at the same places.
        assertThat(inCity.words).containsExactly(unshared.words);
        assertThat(inCity.wordStart).containsExactly(unshared.wordStart);
        // Each copy's words are at their places in its own text.
        assertThat(words(province, inProvince)).containsExactlyElementsOf(words(city, inCity)).contains("认证");
        assertThat(inProvince.wordStart[0] - inCity.wordStart[0])
                .isEqualTo(province.measureStart(0) - city.measureStart(0)).isPositive();
    }

    private static List<String> words(DocumentText doc, MeasureText m) {
        return java.util.stream.IntStream.range(0, m.size())
                .mapToObj(i -> doc.text.text().substring(m.wordStart[i], m.wordEnd[i])).toList();
    }
}
