package org.policylineage.extract;

import org.policylineage.text.TextNormaliser;

/** Title normalisation, so one document cited in two spellings resolves to one node. */
public final class Titles {
    private Titles() {}

    /**
     * What a page prints after a title on its line: a status tag (【全文失效】, （已失效）, （进行中）), a site's name after
     * the browser title's separator (…的通知_区政府办公室, …工作要点-某某官网), a player's label (听新闻).
     */
    private static final java.util.regex.Pattern PAGE_TAIL = java.util.regex.Pattern.compile(
            "(?:[（(【\\[](?:已失效|全文失效|部分失效|失效|已废止|废止|有效|现行有效|已修订|已修改|进行中|已结束|已截止)[)）】\\]]"
                    + "|(?<=" + TextNormaliser.DOCUMENT_KIND_ENDINGS + ")[_\\-－|｜][^《》（）]{2,30}"
                    + "|听新闻|听全文)$");

    /** The title without what the page printed after it on its line. */
    public static String withoutPageTail(String line) {
        return PAGE_TAIL.matcher(line).replaceFirst("");
    }

    public static String normalise(String title) {
        String t = TextNormaliser.normaliseFragment(title);
        return t.replaceAll("[《》〈〉\\s]", "")
                .replace('“', '"').replace('”', '"').replace('「', '"').replace('」', '"')
                .replace("\"", "");
    }
}
