package org.policylineage.extract;

/** Chinese numerals as clause numbers use them: 一 … 十 … 二十二 … 一百. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    /** The value of a numeral, or -1 when the text is not one. */
    static int parse(String s) {
        if (s.isEmpty()) return -1;
        if (s.chars().allMatch(Character::isDigit)) return Integer.parseInt(s);
        int total = 0, current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c == '〇' ? '零' : c == '两' ? '二' : c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }
}
