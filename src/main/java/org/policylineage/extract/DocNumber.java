package org.policylineage.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.text.TextNormaliser;

/**
 * A document number (文号) such as 苏政办发〔2022〕21号: issuer code, year and serial. Every spelling
 * variant (〔〕 [] () 【】 ﹝﹞, full or half width, 号 or 號 or none, stray spaces) parses to the same number.
 */
public record DocNumber(String issuerCode, int year, int serial) {

    private static final String OPEN = "〔\\[【(（﹝［";
    private static final String CLOSE = "〕\\]】)）﹞］";
    /** OCR reads the tail of 〕 as a stray letter (【2022]j21号): one is let through after the bracket. */
    private static final String OCR_STRAY = "(?:[jJlI|]\\s*)?";
    /** A page's field label run into its value (文号宜政办发〔2013〕43号 once the spaces are gone) is no part of the code. */
    private static final String FIELD_LABEL = "(?:发文字号|发文文号|文号)?";
    private static final Pattern IN_TEXT = Pattern.compile(
            FIELD_LABEL + "([\\p{IsHan}]{1,10}?(?:发|办|函|字|规|号|府|政|电|令|通|复)?)\\s*[" + OPEN + "]\\s*([0-9]{4})\\s*[" + CLOSE
                    + "]\\s*" + OCR_STRAY + "(?:第\\s*)?([0-9]{1,5})\\s*[号號]?");
    /** The year in brackets every number has: cheap to scan for, where IN_TEXT tries a prefix at every Han character. */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("[" + OPEN + "]\\s*[0-9]{4}\\s*[" + CLOSE + "]");
    /** How far before its bracketed year a number's issuer code may start, and after it its serial may end. */
    private static final int LONGEST_PREFIX = 40, LONGEST_SUFFIX = 24;

    /**
     * The first document number in running text within [from, end): the same match IN_TEXT would find
     * scanning from {@code from}, but the text is only searched for bracketed years, and the issuer code is
     * matched in a short window before each.
     */
    public static Optional<java.util.regex.MatchResult> findIn(CharSequence text, int from, int end) {
        Matcher year = YEAR_IN_BRACKETS.matcher(text).region(from, end);
        Matcher number = IN_TEXT.matcher(text);
        while (year.find()) {
            number.region(Math.max(from, year.start() - LONGEST_PREFIX), Math.min(end, year.end() + LONGEST_SUFFIX));
            if (number.find() && number.start() <= year.start()) return Optional.of(number.toMatchResult());
        }
        return Optional.empty();
    }

    private static final Pattern WHOLE = Pattern.compile(
            "^\\s*" + FIELD_LABEL + "\\s*([\\p{IsHan}]{1,12})\\s*[" + OPEN + "]\\s*([0-9]{4})\\s*[" + CLOSE + "]\\s*" + OCR_STRAY + "(?:第\\s*)?([0-9]{1,5})\\s*[号號]?\\s*$");

    /** Parses a whole string as a document number, in any spelling. */
    public static Optional<DocNumber> parse(String s) {
        if (s == null) return Optional.empty();
        String t = TextNormaliser.normaliseFragment(s);
        if (t.startsWith("（") && t.endsWith("）")) t = t.substring(1, t.length() - 1);
        Matcher m = WHOLE.matcher(t);
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        if (year < 1949 || year > 2100 || serial <= 0) return Optional.empty();
        return Optional.of(new DocNumber(m.group(1), year, serial));
    }

    /** The canonical spelling: 苏政办发〔2022〕21号. */
    public String canonical() {
        return issuerCode + "〔" + year + "〕" + serial + "号";
    }

    @Override
    public String toString() { return canonical(); }
}
