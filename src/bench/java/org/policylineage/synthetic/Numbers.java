package org.policylineage.synthetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers as policy documents write them: Chinese ordinals for numbering, round figures for targets. */
final class Numbers {
    private static final String DIGITS = "一二三四五六七八九";

    private Numbers() {}

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (1 to 99). */
    static String chinese(int n) {
        if (n < 1 || n > 99) throw new IllegalArgumentException("no Chinese ordinal for " + n);
        int tens = n / 10, ones = n % 10;
        StringBuilder b = new StringBuilder();
        if (tens > 1) b.append(DIGITS.charAt(tens - 1));
        if (tens > 0) b.append('十');
        if (ones > 0) b.append(DIGITS.charAt(ones - 1));
        return b.toString();
    }

    /**
     * A count as a plan would set it: two significant figures from 100 up, whole numbers below, never
     * less than one (a county sets 打造绿色工厂1家, not 0.4家).
     */
    static BigDecimal roundCount(double value) {
        if (value < 1) return BigDecimal.ONE;
        BigDecimal v = BigDecimal.valueOf(value);
        v = value >= 100 ? v.round(new MathContext(2, RoundingMode.HALF_UP)) : v.setScale(0, RoundingMode.HALF_UP);
        return new BigDecimal(v.toBigInteger());
    }

    /** A percentage to the nearest half point: 9.5, 12. */
    static BigDecimal roundHalf(double value) {
        BigDecimal halves = BigDecimal.valueOf(Math.round(value * 2));
        return halves.divide(BigDecimal.valueOf(2)).stripTrailingZeros();
    }

    /** The plain spelling: 500, 9.5, never 5E+2. */
    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
