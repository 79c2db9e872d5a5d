package org.policylineage.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How sure extraction can be of a quantitative target, from what it saw when it read it: a deadline
 * stated, a comparator written (以上, 左右, 不低于), an indicator that reads as the name of a quantity
 * and stands in the quoted clause, a paragraph that sets targets (目标, 力争, 到2025年). Clauses that
 * share one verb among several quantities (分别) are where values go to the wrong indicator. The
 * confidence orders the review queue, weakest first; it changes nothing extracted.
 */
public final class TargetConfidence {
    /** Words an indicator read from a clause's edge begins with when the clause was cut in the wrong place. */
    private static final Pattern CUT_OPENING = Pattern.compile("^(的|和|及|与|或|等|实现|完成|新增|超|达|为|其中|分别)");
    /** Words of a paragraph that sets targets. */
    private static final Pattern TARGET_WORDS = Pattern.compile("目标|力争|确保|到20\\d\\d年|20\\d\\d年底前|预期|指标");
    private static final Pattern DISTRIBUTIVE = Pattern.compile("分别");

    private TargetConfidence() {}

    /** From 0 (a guess) to 1 (every sign of a target), in hundredths; null for a milestone, which has no value to doubt. */
    public static BigDecimal of(TargetRecord t, String text) {
        if (t.isMilestone()) return null;
        String quote = text.substring(t.start(), t.end());
        String indicator = t.indicatorAsWritten() == null ? "" : t.indicatorAsWritten().strip();
        double score = 0.2;
        if (t.deadlineYear() != null) score += 0.25;
        if (!"=".equals(t.comparator())) score += 0.1;
        if (indicator.length() >= 2 && indicator.length() <= 20 && !CUT_OPENING.matcher(indicator).find() && quote.contains(indicator)) score += 0.25;
        if (TARGET_WORDS.matcher(paragraph(text, t.start(), t.end())).find()) score += 0.2;
        if (DISTRIBUTIVE.matcher(quote).find() || DISTRIBUTIVE.matcher(indicator).find()) score -= 0.2;
        return BigDecimal.valueOf(Math.max(0, Math.min(1, score))).setScale(2, RoundingMode.HALF_UP);
    }

    /** The line a clause stands on: a paragraph, in the text as normalised. */
    private static String paragraph(String text, int start, int end) {
        int from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int to = text.indexOf('\n', end);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
