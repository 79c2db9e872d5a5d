package org.policylineage.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.AgencyResolver;
import org.policylineage.reference.DocumentKinds;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.NormalisedText.Line;
import org.policylineage.text.TextNormaliser;

/** Reads document number, title, issuers, date and status from the lines before the first section. */
final class FrontMatterReader {
    private static final Pattern DATE = Pattern.compile("([0-9]{4})\\s*[年\\-/.]\\s*([0-9]{1,2})\\s*[月\\-/.]\\s*([0-9]{1,2})\\s*日?");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^.{0,40}?[0-9〇○零O０一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日(印发)?$");
    /** An adoption or issue date in brackets under a title: （2024年10月15日）, （2021年7月14日…全体会议通过）. */
    private static final Pattern BRACKETED_DATE = Pattern.compile(
            "^（([0-9〇○零O０一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)[^（）]{0,60}）$");
    private static final int PAGE_DATE_LINES = 12;
    private static final Pattern DATED_TITLE = Pattern.compile("[（(]([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)[）)]$");
    private static final int LONGEST_DATED_TITLE = 80;
    private static final Pattern PAGE_DATE = Pattern.compile(
            "[0-9]{4}([-/])[0-9]{1,2}\\1[0-9]{1,2}(?:\\s|$|[0-9:]{5,8})|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\\s*(星期|[0-9]{1,2}:[0-9]{2})"
                    // 《 人民日报 》（ 2023年02月16日 04 版）: a newspaper's issue line.
                    + "|《[^》]{2,12}》\\s*（\\s*[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日");
    /** A date with its time of day anywhere on a short line is when the page was published: …CRNTT.com 2024-06-14 00:57:14. */
    private static final Pattern STAMPED_DATE = Pattern.compile(
            "[0-9]{4}(-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)\\s*[0-9]{1,2}:[0-9]{2}");
    private static final Pattern SHORT_YEAR_STAMP = Pattern.compile("([0-9]{2})-([0-9]{1,2})-([0-9]{1,2})\\s+[0-9]{1,2}:[0-9]{2}");
    private static final int LONGEST_STAMP_LINE = 80;
    private static final int LONGEST_BARE_STAMP = 24;
    /** A 文号 in brackets at the end of a title line: …的通知（岳办发〔2017〕2号）. */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("（([^（）]{2,20}〔[0-9]{4}〕[0-9]{1,5}号?)）$");
    private static final Pattern LEADING_NOISE = Pattern.compile(
            "^(?:[|｜>»·•\\-—\\s]+|[\\p{IsHan}]{1,10}〔[0-9]{4}〕[0-9]{1,5}号|【[^】]{1,8}】)+");
    /** A file name given as a title: …实施方案.pdf. */
    private static final Pattern FILE_SUFFIX = Pattern.compile("\\.(pdf|docx?|wps|ofd|txt|html?)$", Pattern.CASE_INSENSITIVE);
    /** Where a title that runs on ends: the kind of document it is. */
    private static final Pattern TITLE_END = Pattern.compile(
            "(通知|意见|方案|规划|办法|决定|纲要|计划|措施|举措|报告|批复|细则|规定|条例|函)[》”」]?$");
    private static final Pattern NOTE = Pattern.compile("^（([^（）]{1,12})）$");
    private static final Pattern DRAFT = Pattern.compile("征求意见稿|送审稿|草案|讨论稿");
    /** A line shaped like a 文号 (code, bracketed year, serial) whatever is wrong inside it. */
    /** A line shaped like a 文号 (code, bracketed year with a digit in it, serial) that DocNumber cannot read; never an addressee line (各市（区）市场监管局：). */
    private static final Pattern MALFORMED_NUMBER = Pattern.compile(
            "^[（(]?[\\p{IsHan}]{1,10}[〔\\[【(（﹝][^〕\\]】)）﹞]{0,7}[0-9０-９〇零一二三四五六七八九][^〕\\]】)）﹞]{0,7}[〕\\]】)）﹞][^，。：:]{0,6}[号號]?[）)]?$");

    private enum Kind { NUMBER, DATE, NOTE, ADDRESSEE, AGENCIES, PARAGRAPH, TITLE }

    private final AgencyResolver agencies;
    private final DocumentKinds kinds;
    private final Predicate<String> mediaName;

    FrontMatterReader(AgencyResolver agencies, DocumentKinds kinds, Predicate<String> mediaName) {
        this.agencies = agencies;
        this.kinds = kinds;
        this.mediaName = mediaName;
    }

    /**
     * Reads the front matter; the trailer (after the last measure) is read for a signature and date
     * when the front matter has none, as in opinions issued without a cover notice.
     */
    FrontMatter read(NormalisedText text, List<Line> lines, List<Line> trailer) {
        List<Kind> kindsOfLines = lines.stream().map(this::classify).toList();
        List<Kind> kindsOfTrailer = trailer.stream().map(this::classify).toList();
        var meta = text.pageMetadata();
        List<String> warnings = new ArrayList<>();

        Optional<String> metaNumberText = Optional.ofNullable(meta.get("文号")).or(() -> Optional.ofNullable(meta.get("发文字号")))
                .map(NormalisedText.OriginalSpan::value);
        Optional<DocNumber> metaNumber = metaNumberText.flatMap(DocNumber::parse);
        metaNumberText.filter(t -> metaNumber.isEmpty()).ifPresent(t -> warnings.add("the page's 文号 field cannot be read: " + t));
        Optional<DocNumber> ownNumber = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (kindsOfLines.get(i) == Kind.NUMBER && ownNumber.isEmpty()) ownNumber = DocNumber.parse(t);
            else if (i < 12 && MALFORMED_NUMBER.matcher(t).matches() && DocNumber.parse(t).isEmpty()) {
                warnings.add("a document number that cannot be read: " + t);
            }
        }
        for (int i = 0; ownNumber.isEmpty() && i < lines.size(); i++) {
            Matcher trailing = TRAILING_NUMBER.matcher(lines.get(i).text());
            if (kindsOfLines.get(i) == Kind.TITLE && trailing.find()) ownNumber = DocNumber.parse(trailing.group(1));
        }
        if (ownNumber.isPresent() && metaNumber.isPresent() && !ownNumber.equals(metaNumber)) {
            warnings.add("the page gives 文号 " + metaNumber.get().canonical() + " but the document itself "
                    + ownNumber.get().canonical() + "; the document's is used");
        }
        Optional<DocNumber> number = ownNumber.or(() -> metaNumber);

        Optional<LocalDate> date = Optional.empty();
        for (String field : List.of("发文日期", "成文日期")) {
            if (date.isPresent() || !meta.containsKey(field)) continue;
            date = parseDate(meta.get(field).value());
            if (date.isEmpty()) warnings.add("the page's " + field + " field is not a date: " + meta.get(field).value());
        }
        for (List<Line> part : List.of(lines, trailer)) {
            List<Kind> kinds = part == lines ? kindsOfLines : kindsOfTrailer;
            for (int i = 0; date.isEmpty() && i < part.size(); i++) {
                if (kinds.get(i) == Kind.DATE && !part.get(i).text().endsWith("印发")) {
                    date = parseDate(part.get(i).text());
                    if (date.isEmpty()) warnings.add("not a date: " + part.get(i).text());
                }
            }
        }
        for (int i = 0; date.isEmpty() && i < lines.size(); i++) {
            Matcher bracketed = BRACKETED_DATE.matcher(lines.get(i).text());
            if (bracketed.matches()) date = parseDate(bracketed.group(1));
        }
        // …人民政府工作报告（2025年1月14日）: a title that carries the day it was delivered.
        for (int i = 0; date.isEmpty() && i < lines.size(); i++) {
            String l = lines.get(i).text().strip();
            Matcher carried = DATED_TITLE.matcher(l);
            if (kindsOfLines.get(i) == Kind.TITLE && l.length() <= LONGEST_DATED_TITLE && carried.find()) date = parseDate(carried.group(1));
        }
        if (date.isEmpty() && meta.containsKey("发布日期")) date = parseDate(meta.get("发布日期").value());
        // A copied page's own date, last: 2022-06-02 10:26:06 作者：…, 2023年10月31日 星期二, 来源：… 2022-01-05.
        for (int i = 0; date.isEmpty() && i < Math.min(lines.size(), PAGE_DATE_LINES); i++) {
            if (PAGE_DATE.matcher(lines.get(i).text()).lookingAt()) date = parseDate(lines.get(i).text());
        }
        for (int i = 0; date.isEmpty() && i < Math.min(lines.size(), PAGE_DATE_LINES); i++) {
            String l = lines.get(i).text();
            Matcher stamp = STAMPED_DATE.matcher(l);
            if (l.length() <= LONGEST_STAMP_LINE && stamp.find()) date = parseDate(stamp.group());
            // 21-07-06 09:12 来源：人民网: a stamp with the year cut to two digits, of this century.
            Matcher shortYear = SHORT_YEAR_STAMP.matcher(l);
            if (date.isEmpty() && l.length() <= LONGEST_STAMP_LINE && shortYear.lookingAt()) {
                date = parseDate("20" + shortYear.group(1) + "-" + shortYear.group(2) + "-" + shortYear.group(3));
            }
        }
        if (date.isEmpty() && meta.containsKey("来源")) date = parseDate(meta.get("来源").value());
        // 来源：新华社 责任编辑：… 2025-03-12 17:54:03: the page's stamp may close any field of its metadata line,
        // after a bar too (来源：国际在线 | 2022-01-07 15:15:00), which ends the field's value but not its span.
        for (var field : meta.values()) {
            Matcher stamp = STAMPED_DATE.matcher(text.original().substring(field.start(), field.end()));
            if (date.isEmpty() && stamp.find()) date = parseDate(stamp.group());
        }

        boolean draft = false;
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            Kind k = kindsOfLines.get(i);
            if ((k == Kind.NOTE || k == Kind.TITLE) && DRAFT.matcher(lines.get(i).text()).find()) draft = true;
        }

        // Title runs: consecutive title lines, joined.
        record Run(int first, int last, String text) {}
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kindsOfLines.get(i) != Kind.TITLE) continue;
            int j = i;
            StringBuilder b = new StringBuilder(withoutStatus(lines.get(i).text()));
            while (j + 1 < lines.size() && kindsOfLines.get(j + 1) == Kind.TITLE && runsOn(b, lines.get(j + 1).text())) {
                b.append(withoutStatus(lines.get(++j).text()));
            }
            String t = unwrap(TRAILING_NUMBER.matcher(b.toString()).replaceFirst(""));
            if (isTitle(t)) runs.add(new Run(i, j, t));
            i = j;
        }

        // A 原标题 field that holds only the issuers (中共湖南省委 湖南省人民政府) is the head of a title, not one.
        Optional<String> title = Optional.ofNullable(meta.get("标题")).map(v -> TextNormaliser.normaliseFragment(v.value()))
                .map(FrontMatterReader::unwrap).filter(t -> agencies.splitNames(t).isEmpty());
        int mainRun = -1;
        for (int r = 0; r < runs.size(); r++) {
            String t = runs.get(r).text();
            if (title.isPresent() ? compact(t).equals(compact(title.get())) : (t.contains("关于") || r == 0)) {
                mainRun = r;
                break;
            }
        }
        // A page's heading cut over short lines (关于推进… / 把…培育成为), then the title whole on one line:
        // the whole one is the title.
        if (title.isEmpty() && mainRun >= 0 && !TITLE_END.matcher(runs.get(mainRun).text()).find()) {
            for (int r = mainRun + 1; r < runs.size(); r++) {
                String t = runs.get(r).text();
                if (t.contains("关于") && TITLE_END.matcher(t).find()) {
                    mainRun = r;
                    break;
                }
            }
        }
        // A page copy's headline comes first, but the title printed beside the document's own 文号 is its title.
        for (int r = 0; title.isEmpty() && r < runs.size(); r++) {
            Run run = runs.get(r);
            boolean besideNumber = run.first() > 0 && kindsOfLines.get(run.first() - 1) == Kind.NUMBER
                    || run.last() + 1 < lines.size() && kindsOfLines.get(run.last() + 1) == Kind.NUMBER;
            if (besideNumber && run.text().contains("关于")) {
                mainRun = r;
                break;
            }
        }
        if (title.isEmpty() && mainRun >= 0) title = Optional.of(runs.get(mainRun).text());

        List<String> issuerNames = new ArrayList<>();
        int issuersStart = -1;
        if (meta.containsKey("发布机构")) {
            agencies.splitNames(meta.get("发布机构").value()).ifPresent(issuerNames::addAll);
        }
        for (List<Line> part : List.of(lines, trailer)) {
            if (!issuerNames.isEmpty()) break;
            List<Kind> kinds = part == lines ? kindsOfLines : kindsOfTrailer;
            for (int i = 0; i < part.size(); i++) {
                if (kinds.get(i) != Kind.DATE) continue;
                int j = i;
                while (j > 0 && kinds.get(j - 1) == Kind.AGENCIES) j--;
                if (j < i) {
                    for (int k = j; k < i; k++) agencies.splitNames(part.get(k).text()).ifPresent(issuerNames::addAll);
                    issuersStart = part.get(j).start();
                    break;
                }
            }
        }
        if (issuerNames.isEmpty() && title.isPresent()) {
            String t = title.get();
            int about = t.indexOf("关于");
            if (about > 0) {
                String head = t.substring(0, about);
                int forward = head.indexOf("转发");
                if (forward > 0) head = head.substring(0, forward);
                agencies.splitNames(head).ifPresent(issuerNames::addAll);
                if (mainRun >= 0) issuersStart = lines.get(runs.get(mainRun).first()).start();
            }
        }
        if (issuerNames.isEmpty() && mainRun >= 0) {
            // Issuers printed on the lines just above the title (the head of a title cut by the capture).
            int first = runs.get(mainRun).first();
            int j = first;
            while (j > 0 && kindsOfLines.get(j - 1) == Kind.AGENCIES) j--;
            for (int k = j; k < first; k++) agencies.splitNames(lines.get(k).text()).ifPresent(issuerNames::addAll);
            if (j < first) issuersStart = lines.get(j).start();
        }

        List<FrontMatter.Embedded> embedded = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            if (r == mainRun) continue;
            Run run = runs.get(r);
            if (kinds.kindOfTitle(run.text()).isEmpty()) continue;
            List<String> names = new ArrayList<>();
            for (int k = run.last() + 1; k < lines.size() && kindsOfLines.get(k) == Kind.AGENCIES; k++) {
                agencies.splitNames(lines.get(k).text()).ifPresent(names::addAll);
            }
            embedded.add(new FrontMatter.Embedded(run.text(), lines.get(run.first()).start(), lines.get(run.last()).end(), names));
        }

        List<Line> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kindsOfLines.get(i) == Kind.PARAGRAPH) paragraphs.add(lines.get(i));
        }
        return FrontMatter.builder().title(title).number(number).date(date).issuerNames(issuerNames).issuersStart(issuersStart)
                .draft(draft).embedded(embedded).paragraphs(paragraphs).warnings(warnings).build();
    }

    /**
     * Whether a title line carries on the title before it: a title wrapped over lines does, but not once
     * the title is complete (…的通知), nor when the next line starts a title of its own (关于…, 《…).
     */
    private static boolean runsOn(CharSequence title, String next) {
        String t = title.toString();
        if (next.contains("关于") && !t.contains("关于")) return false;
        boolean open = t.lastIndexOf('《') > t.lastIndexOf('》') || t.lastIndexOf('“') > t.lastIndexOf('”');
        if (open) return true;
        if (TITLE_END.matcher(t).find()) return false;
        // 扬府发〔2023〕141号《…实施意见》 over the same title unbracketed: the page's caption, then the title.
        int open2 = t.lastIndexOf('《');
        if (t.endsWith("》") && open2 >= 0 && compact(t.substring(open2 + 1, t.length() - 1)).equals(compact(next))) return false;
        return !(next.contains("关于") || next.startsWith("《") || next.startsWith("【"));
    }

    private static String withoutStatus(String line) {
        return Titles.withoutPageTail(line);
    }

    /** A title printed inside 《》 as a headline is the title itself; a 文号 or a separator before it is not part of it. */
    private static String unwrap(String title) {
        String t = FILE_SUFFIX.matcher(LEADING_NOISE.matcher(title.strip()).replaceFirst("")).replaceFirst("");
        if (t.startsWith("《") && t.endsWith("》") && t.indexOf('《', 1) < 0) return t.substring(1, t.length() - 1);
        return t;
    }

    private Kind classify(Line line) {
        String t = line.text();
        if (DocNumber.parse(t).isPresent()) return Kind.NUMBER;
        if (DATE_LINE.matcher(t).matches() || BRACKETED_DATE.matcher(t).matches()) return Kind.DATE;
        // 2023/12/8 16:16:24 under a headline: when the page was published, no part of the title.
        if (t.length() <= LONGEST_BARE_STAMP && PAGE_DATE.matcher(t).lookingAt() && t.codePoints().noneMatch(Character::isIdeographic)) {
            return Kind.NOTE;
        }
        // The news site's name over a page copy is no part of a title; nor is a table's row or cell (… | … |).
        if (NOTE.matcher(t).matches() || mediaName.test(t) || t.endsWith("|")) return Kind.NOTE;
        // 各市人民政府，省直各单位： addresses; …印发《…》（以下简称《方案》）。现将相关内容解读如下： is a sentence.
        if (t.endsWith("：") && (t.startsWith("各") || t.length() < 80) && !t.contains("《") && !t.contains("。")) return Kind.ADDRESSEE;
        // A sentence names no list of issuers; asking the agency resolver about every line of a long text costs.
        if (t.indexOf('。') >= 0) return Kind.PARAGRAPH;
        if (t.length() <= 200 && agencies.splitNames(t).isPresent()) return Kind.AGENCIES;
        if (t.matches(".*[。；！？]$") || t.contains("，") || t.length() > 80) return Kind.PARAGRAPH;
        return Kind.TITLE;
    }

    private boolean isTitle(String t) {
        return !closesNotice(t) && (t.contains("关于") || kinds.kindOfTitle(t).isPresent());
    }

    private static final Pattern CLOSING = Pattern.compile("特此(通知|公告|通告|函告|批复|函复)[。！]?");

    /** 特此通知: the formula that closes a notice names its kind but is no title. */
    static boolean closesNotice(String line) {
        return CLOSING.matcher(line.strip()).matches();
    }

    private static String compact(String s) {
        return Titles.normalise(s);
    }

    private static final Pattern CHINESE_DATE = Pattern.compile(
            "([〇○零O０一二三四五六七八九0]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

    static Optional<LocalDate> parseDate(String s) {
        Matcher c = CHINESE_DATE.matcher(s);
        if (c.find()) {
            StringBuilder year = new StringBuilder();
            for (char ch : c.group(1).toCharArray()) year.append(Math.max(0, "〇一二三四五六七八九".indexOf(ch)));
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(year.toString()), ChineseNumerals.parse(c.group(2)),
                        ChineseNumerals.parse(c.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher m = DATE.matcher(s);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
