package org.policylineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.text.TextNormaliser;

/**
 * How a 文号 typed by a person was read: the number, and each liberty taken with the spelling (other brackets,
 * 號, a year written 2022年, a missing 号, spaces), so that a resolver can say what it understood. Lenient where
 * {@link DocNumber#parse} is strict about running text: a person may leave out the brackets and write 2022年.
 */
public record DocNumberReading(String input, DocNumber number, List<Note> notes) {

    /** One liberty taken with the input; {@code detail} is the part of the input it concerns, when there is one. */
    public record Note(Spelling spelling, String detail) {}

    /** The ways a spelling can differ from the canonical 苏政办发〔2022〕21号. */
    public enum Spelling {
        /** The year in other brackets: [2022], (2022), ﹝2022﹞, 【2022】, （2022）, ［2022］. */
        BRACKETS("brackets"),
        /** The year written 2022年, without brackets. */
        YEAR_WORD("year-word"),
        /** The year without brackets or 年. */
        BARE_YEAR("bare-year"),
        /** No 号 after the serial. */
        NO_HAO("no-hao"),
        /** Traditional characters (號, 蘇, 辦) read as simplified. */
        TRADITIONAL("traditional"),
        /** Full-width digits or letters read as ASCII. */
        FULL_WIDTH("full-width"),
        /** Spaces left out. */
        SPACES("spaces"),
        /** Brackets around the whole number left out: （苏政办发〔2022〕21号）. */
        ENCLOSED("enclosed");

        private final String code;

        Spelling(String code) {
            this.code = code;
        }

        /** The code the API gives, which the explorer turns into a sentence in its language. */
        public String code() {
            return code;
        }
    }

    private static final Pattern YEAR_WITHOUT_BRACKETS = Pattern.compile(
            "^([\\p{IsHan}]{1,12}?)\\s*([0-9]{4})\\s*(年)?\\s*(?:第\\s*)?([0-9]{1,5})\\s*([号號])?$");
    private static final Pattern BRACKETED_YEAR = Pattern.compile("([^\\p{IsHan}\\s0-9])\\s*[0-9]{4}\\s*([^\\p{IsHan}\\s0-9])");
    private static final Pattern FULL_WIDTH_CHAR = Pattern.compile("[\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]");

    /** Reads a 文号 in any spelling a person may type; empty when it is not one. */
    public static Optional<DocNumberReading> read(String input) {
        if (input == null || input.isBlank()) return Optional.empty();
        String typed = input.strip();
        List<Note> notes = new ArrayList<>();
        if (typed.chars().anyMatch(Character::isWhitespace)) notes.add(new Note(Spelling.SPACES, null));
        if (FULL_WIDTH_CHAR.matcher(typed).find()) notes.add(new Note(Spelling.FULL_WIDTH, null));
        String normal = TextNormaliser.normaliseFragment(typed);
        if (typed.indexOf('號') >= 0 || hanDiffers(typed.replace('號', '号'), normal)) notes.add(new Note(Spelling.TRADITIONAL, null));
        Optional<DocNumber> strict = DocNumber.parse(typed);
        if (strict.isPresent()) {
            String core = normal;
            if (core.startsWith("（") && core.endsWith("）")) {
                notes.add(new Note(Spelling.ENCLOSED, null));
                core = core.substring(1, core.length() - 1);
            }
            Matcher brackets = BRACKETED_YEAR.matcher(typed);
            if (brackets.find() && !(brackets.group(1).equals("〔") && brackets.group(2).equals("〕"))) {
                notes.add(new Note(Spelling.BRACKETS, brackets.group(1) + brackets.group(2)));
            }
            if (!core.endsWith("号")) notes.add(new Note(Spelling.NO_HAO, null));
            return Optional.of(new DocNumberReading(input, strict.get(), List.copyOf(notes)));
        }
        Matcher m = YEAR_WITHOUT_BRACKETS.matcher(normal);
        if (!m.matches()) return Optional.empty();
        Optional<DocNumber> loose = DocNumber.parse(m.group(1) + "〔" + m.group(2) + "〕" + m.group(4) + "号");
        if (loose.isEmpty()) return Optional.empty();
        notes.add(m.group(3) != null ? new Note(Spelling.YEAR_WORD, m.group(2) + "年") : new Note(Spelling.BARE_YEAR, m.group(2)));
        if (m.group(5) == null) notes.add(new Note(Spelling.NO_HAO, null));
        return Optional.of(new DocNumberReading(input, loose.get(), List.copyOf(notes)));
    }

    /** Whether normalisation changed a Han character (a traditional one read as simplified). */
    private static boolean hanDiffers(String typed, String normal) {
        String a = typed.codePoints().filter(Character::isIdeographic).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String b = normal.codePoints().filter(Character::isIdeographic).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return !a.equals(b);
    }
}
