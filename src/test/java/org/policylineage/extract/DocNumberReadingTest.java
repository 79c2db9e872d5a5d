package org.policylineage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policylineage.extract.DocNumberReading.Spelling;

/** What a person types into the resolver, in every spelling, is read as one 文号, and the reading says how. */
class DocNumberReadingTest {

    private static List<Spelling> spellings(String input) {
        DocNumberReading reading = DocNumberReading.read(input).orElseThrow(() -> new AssertionError("not read: " + input));
        assertThat(reading.number().canonical()).as(input).isEqualTo("苏政办发〔2022〕21号");
        return reading.notes().stream().map(DocNumberReading.Note::spelling).toList();
    }

    @Test
    void theCanonicalSpellingIsReadWithNoNote() {
        assertThat(spellings("苏政办发〔2022〕21号")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"苏政办发[2022]21号,[]", "苏政办发(2022)21号,()", "苏政办发﹝2022﹞21号,﹝﹞", "苏政办发【2022】21号,【】",
            "苏政办发（2022）21号,（）", "苏政办发［2022］21号,［］"})
    void otherBracketsAreNamed(String input, String pair) {
        DocNumberReading reading = DocNumberReading.read(input).orElseThrow();
        assertThat(reading.number().canonical()).isEqualTo("苏政办发〔2022〕21号");
        assertThat(reading.notes()).containsExactly(new DocNumberReading.Note(Spelling.BRACKETS, pair));
    }

    @Test
    void traditionalHaoAndCharacters() {
        assertThat(spellings("苏政办发〔2022〕21號")).containsExactly(Spelling.TRADITIONAL);
        assertThat(spellings("蘇政辦發〔2022〕21號")).containsExactly(Spelling.TRADITIONAL);
    }

    @Test
    void aYearWrittenWithNianOrWithoutBrackets() {
        assertThat(spellings("苏政办发2022年21号")).containsExactly(Spelling.YEAR_WORD);
        assertThat(spellings("苏政办发2022年第21号")).containsExactly(Spelling.YEAR_WORD);
        assertThat(spellings("苏政办发 2022 21")).containsExactlyInAnyOrder(Spelling.SPACES, Spelling.BARE_YEAR, Spelling.NO_HAO);
    }

    @Test
    void aMissingHaoSpacesFullWidthDigitsAndEnclosingBrackets() {
        assertThat(spellings("苏政办发[2022]21")).containsExactlyInAnyOrder(Spelling.BRACKETS, Spelling.NO_HAO);
        assertThat(spellings("苏政办发 〔 2022 〕 21 号")).containsExactly(Spelling.SPACES);
        assertThat(spellings("苏政办发〔２０２２〕２１号")).containsExactly(Spelling.FULL_WIDTH);
        assertThat(spellings("（苏政办发〔2022〕21号）")).containsExactly(Spelling.ENCLOSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "绿色食品认证", "苏政办发", "2022年21号", "苏政办发〔22〕21号", "苏政办发2022年", "苏政办发〔2022〕0号"})
    void whatIsNotADocumentNumberIsNotRead(String input) {
        assertThat(DocNumberReading.read(input)).isEmpty();
    }
}
