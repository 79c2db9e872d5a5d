package org.policylineage.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The short names a text gives documents (《…》（以下简称《纲要》）), its own among them (本方案（以下简称
 * 《方案》）), so that 《纲要》 later in the text is the document it names and 《方案》 is the text itself,
 * not a document of that title. A bare kind word in 《》 that the text never defines (《实施方案》,
 * 《规划》) is read as the text speaking of itself; a newspaper's name (《人民日报》) is no document.
 */
final class ShortNames {
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:《([^《》]{2,120})》|(本(?:方案|意见|规划|计划|通知|办法|措施|决定|纲要|细则|条例)))[^《》。；]{0,30}?"
                    + "[（，,]\\s*(?:以下|下文)?简称[“\"《「]?([^”\"》」）]{1,16})[”\"》」]?）");
    private static final Pattern BARE_KIND = Pattern.compile("^(?:本|该|此|这个)?(?:实施|行动|工作|总体|专项|三年行动|建设)?"
            + "(?:方案|意见|规划|计划|通知|办法|措施|决定|纲要|细则|条例|举措|报告)$");


    private final Map<String, String> named = new HashMap<>();
    private final Set<String> own = new HashSet<>();
    private final Predicate<String> mediaName;

    private ShortNames(Predicate<String> mediaName) {
        this.mediaName = mediaName;
    }

    static ShortNames read(String text, Set<String> ownTitles, Predicate<String> mediaName) {
        ShortNames names = new ShortNames(mediaName);
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            String shortName = Titles.normalise(m.group(3));
            if (m.group(2) != null || m.group(1) != null && ownTitles.contains(Titles.normalise(m.group(1)))) {
                names.own.add(shortName);
            } else {
                names.named.put(shortName, m.group(1));
            }
        }
        return names;
    }

    /**
     * Whether a citation is a short name rather than a document of its own: the text's own short name, a
     * bare kind word, or another document's short name (that document is cited under its full title).
     */
    boolean dropped(CitationRecord c) {
        if (c.title().isEmpty() || c.number().isPresent()) return false;
        String t = Titles.normalise(c.title().get());
        if (mediaName.test(t)) return true;
        return own.contains(t) || named.containsKey(t) || BARE_KIND.matcher(t).matches();
    }
}
