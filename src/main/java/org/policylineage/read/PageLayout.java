package org.policylineage.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Clean-up of paged text that only a view of all pages can do: running headers and footers (the issuer's name,
 * the document's title, a page number in any style: —10—, 第3页 共12页, 3/12) repeat at the top or bottom of
 * page after page, and are dropped. Page-number lines that appear once, hard line breaks, 红头 and signature
 * blocks are left to the normaliser and the extractor, which read them in plain-text extractions too.
 */
final class PageLayout {
    /** Lines at each end of a page that may be running matter. */
    private static final int EDGE_LINES = 2;
    /** Share of pages a line must repeat on, at the same end, to be running matter; and the fewest pages. */
    private static final double RUNNING_SHARE = 0.5;
    private static final int MIN_PAGES = 3;
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９一二三四五六七八九十〇零]+");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    /** A page-number line in any of its printed forms, once digits are masked. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[—\\-－–―_]*#[—\\-－–―_]*$|^(第#页)?(共#页)?(第#页)?$|^#/#$|^page#(of#)?$", Pattern.CASE_INSENSITIVE);

    private PageLayout() {}

    /** The pages with running headers, footers and page-number lines at their edges removed. */
    static List<String> clean(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String p : pages) lines.add(new ArrayList<>(List.of(p.split("\n", -1))));
        Map<String, Integer> heads = new HashMap<>(), feet = new HashMap<>();
        for (List<String> page : lines) {
            for (String key : edge(page, true)) heads.merge(key, 1, Integer::sum);
            for (String key : edge(page, false)) feet.merge(key, 1, Integer::sum);
        }
        int needed = Math.max(MIN_PAGES, (int) Math.ceil(pages.size() * RUNNING_SHARE));
        List<String> out = new ArrayList<>();
        for (List<String> page : lines) {
            drop(page, true, heads, needed);
            drop(page, false, feet, needed);
            out.add(String.join("\n", page));
        }
        return out;
    }

    private static void drop(List<String> page, boolean head, Map<String, Integer> counts, int needed) {
        int seen = 0;
        for (int k = 0; k < page.size() && seen < EDGE_LINES; k++) {
            int i = head ? k : page.size() - 1 - k;
            String key = key(page.get(i));
            if (key.isEmpty()) continue;
            seen++;
            if (PAGE_NUMBER.matcher(key).matches() || counts.getOrDefault(key, 0) >= needed) page.set(i, "");
        }
    }

    /** The keys of the first (or last) non-empty lines of a page. */
    private static List<String> edge(List<String> page, boolean head) {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < page.size() && keys.size() < EDGE_LINES; k++) {
            String key = key(page.get(head ? k : page.size() - 1 - k));
            if (!key.isEmpty() && !keys.contains(key)) keys.add(key);
        }
        return keys;
    }

    /** A line with white space removed and numbers masked, so 第3页 and 第4页 are one running footer. */
    private static String key(String line) {
        return DIGITS.matcher(SPACE.matcher(line).replaceAll("")).replaceAll("#");
    }
}
