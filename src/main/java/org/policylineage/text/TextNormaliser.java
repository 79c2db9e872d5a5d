package org.policylineage.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;

/**
 * Turns raw PDF-extracted or web-page text into paragraphs a reader would see, keeping for each
 * character its offset in the original so every quote can point back into the original text.
 */
public final class TextNormaliser {

    /** A page number line: —10—, — 7—, - 3 -, 第3页. */
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "[—\\-－–―_\\s]*[0-9０-９]{1,4}[—\\-－–―_\\s]*|第\\s*[0-9]+\\s*页(\\s*共\\s*[0-9]+\\s*页)?");
    /** Starts of structural elements that always begin a new paragraph. */
    private static final Pattern STRUCTURE_START = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十百零〇]{1,4}[）)]"
                    + "|[一二三四五六七八九十百]{1,3}[、．.]"
                    + "|第[一二三四五六七八九十百零〇0-9]{1,4}[章节条部分]"
                    + "|[0-9]{1,2}[.、．](?![0-9])"
                    + "|——"
                    + "|附件)");
    /** A line that is only a document number, possibly in brackets. */
    private static final Pattern DOC_NUMBER_LINE = Pattern.compile(
            "^[（(]?[\\p{IsHan}]{1,10}\\s*[〔\\[【(（﹝［]\\s*[0-9]{4}\\s*[〕\\]】)）﹞］]\\s*(?:[jJlI|]\\s*)?[0-9]{1,5}\\s*[号號]?[）)]?$");
    /** A line that is only a date (a signature date or a printing date). */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^.{0,30}?[0-9〇○零一二三四五六七八九]{4}\\s*年\\s*[0-9一二三四五六七八九十]{1,3}\\s*月\\s*[0-9一二三四五六七八九十]{1,3}\\s*日\\s*(印发)?$");
    /** A line that is only a bracketed note: （此件公开发布）, （征求意见稿）. */
    private static final Pattern NOTE_LINE = Pattern.compile("^[（(][^（()）]{1,12}[）)]$");
    /** An addressee line: 各县、区人民政府，市各委办局：. */
    private static final String ADDRESSEE_OPENING = "(各|有关|省各|市各)";
    private static final Pattern ADDRESSEE = Pattern.compile("^" + ADDRESSEE_OPENING + ".{0,100}[：:]$");
    /** A title line: 关于… ending in the kind of document it is. */
    private static final Pattern TITLE_END = Pattern.compile("关于.*(通知|意见|方案|办法|决定|规划|举措|措施|报告|函|纲要|计划|通告|公告|通报|批复|指引|指南)(（[^（）]{1,30}）)?$");
    /** A line wholly in brackets under a title: （2021年7月14日…全体会议通过）, （此件公开发布）. */
    private static final Pattern BRACKETED_LINE = Pattern.compile("^[（(][^（()）]{1,60}[）)]$");
    private static final Pattern METADATA_FIELD = Pattern.compile("^([\\p{IsHan}]{2,6})\\s*[:：]\\s*(.*)$");
    /** The kinds of document a title or headline ends in (…实施方案, …的通知, …工作要点). */
    public static final String DOCUMENT_KIND_ENDINGS = "通知|意见|方案|办法|决定|规划|措施|纲要|计划|要点|细则|条例|通告|公告|通报|批复|指引|指南|报告|函";
    private static final Pattern HEADLINE_END = Pattern.compile("(" + DOCUMENT_KIND_ENDINGS + ")(（[^（）]{1,30}）)?》?$");
    /** A page's publication line: 2022-06-02 10:26:06 作者：…, 2022年06月02日 10:26 来源：…, …CRNTT.com 2024-06-14 00:57. */
    private static final Pattern PUBLICATION_STAMP = Pattern.compile(
            "[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[0-9]{1,2}:[0-9]{2}");
    private static final int LONGEST_STAMP_LINE = 80;
    /** The longest line read as a headline, here and by extraction: a longer one is running text. */
    public static final int LONGEST_HEADLINE = 50;
    /** Marks a headline does not hold: it is not a sentence. */
    private static final String CLAUSE_MARKS = "。；，,;";
    private static final String SENTENCE_END = "。！？；：!?;:";

    private static final int LONGEST_CHROME_LINE = 160;
    private static final int LONGEST_STANDALONE_LINE = 45;
    private final Pattern chrome;
    private final Map<String, String> metadataFields;
    private final Pattern metadataKey;

    /**
     * A normaliser that drops lines matching any of the web-page chrome patterns, and reads page
     * metadata lines (发文字号：…) into fields, by the names in {@code metadataFields} (as written → field).
     */
    public TextNormaliser(List<Pattern> chrome, Map<String, String> metadataFields) {
        // One alternation, matched once per line, instead of a matcher per pattern.
        this.chrome = Pattern.compile(chrome.isEmpty() ? "(?!)"
                : String.join("|", chrome.stream().map(p -> "(?:" + p.pattern() + ")").toList()));
        this.metadataFields = Map.copyOf(metadataFields);
        List<String> keys = new ArrayList<>(metadataFields.keySet());
        keys.sort((a, b) -> b.length() - a.length());
        // 索 引 号：, 标  题： — sites space out short field names.
        this.metadataKey = Pattern.compile(keys.isEmpty() ? "(?!)"
                : "(" + String.join("|", keys.stream().map(k -> String.join("\\s*", k.split(""))).toList()) + ")(\\s*[:：\\]】]\\s*|\\s+|$)");
    }

    public NormalisedText normalise(String original) {
        List<RawLine> lines = new ArrayList<>();
        Map<String, NormalisedText.OriginalSpan> metadata = new LinkedHashMap<>();
        // Chrome and metadata are recognised in simplified characters (發文字號, 當前位置): the whole text is
        // converted once, character for character, and each line read from it.
        String simplified = original.length() > 0 ? toSimplified(original) : original;
        List<Boolean> blankBefore = new ArrayList<>();
        boolean blank = false;
        List<RawLine> rawLines = splitLines(original);
        for (int r = 0; r < rawLines.size(); r++) {
            RawLine line = rawLines.get(r);
            String trimmed = line.text();
            if (trimmed.isEmpty()) {
                blank = true;
                continue;
            }
            if (PAGE_MARKER.matcher(trimmed).matches()) continue;
            String simplifiedLine = simplified.substring(line.start(), line.end());
            // 名稱(chēng): …, 文號(hào) | …: a field name read through the pinyin a copy printed after its characters.
            String fieldsLine = blankPinyin(simplifiedLine);
            if (readMetadataLine(line, fieldsLine, metadata)) {
                r += titleRunsOn(metadata, rawLines, r, simplified);
                continue;
            }
            // 上海市碳达峰实施方案 发布时间：2022-10-10 14:04: a title with the page's metadata after it on one line.
            int tail = metadataTail(fieldsLine);
            if (tail > 0) {
                RawLine fields = new RawLine(line.start() + tail, line.end(), line.text().substring(tail));
                if (readMetadataLine(fields, fieldsLine.substring(tail), metadata)) {
                    int end = tail;
                    while (end > 0 && isSpace(simplifiedLine.charAt(end - 1))) end--;
                    line = new RawLine(line.start(), line.start() + end, line.text().substring(0, end));
                    simplifiedLine = simplifiedLine.substring(0, end);
                }
            }
            // 政府< / 管委会>贯彻落: a wrapped line that closes an angle bracket opened above is text, not a breadcrumb.
            boolean closesBracket = !lines.isEmpty() && simplifiedLine.indexOf('>') >= 0 && opensAngle(lines.get(lines.size() - 1).text());
            if (!closesBracket && isChrome(simplifiedLine) && !headsTable(simplifiedLine, rawLines, r, simplified)) {
                readMetadataField(line, metadata);
                continue;
            }
            // Paragraphs are found in simplified characters too (關於…意見 ends a title as 关于…意见 does).
            lines.add(new RawLine(line.start(), line.end(), simplifiedLine));
            blankBefore.add(blank);
            blank = false;
        }
        int width = typicalWidth(lines);
        Builder out = new Builder(original, simplified);
        Paragraph paragraph = new Paragraph();
        for (int i = 0; i < lines.size(); i++) {
            RawLine line = lines.get(i);
            out.appendLine(line);
            paragraph.add(line);
            if (i + 1 < lines.size()) {
                boolean blankLine = blankBefore.get(i + 1);
                boolean runsOn = !blankLine && midSentence(lines, i, paragraph, out.openBrackets());
                if (!runsOn && !continues(lines, i, width, out.openBrackets(), blankLine)) {
                    out.newParagraph();
                    paragraph.next(width);
                }
            }
        }
        return out.build(metadata);
    }

    /**
     * Normalises a short fragment (a dictionary label, a title from a citation) the way text is
     * normalised, so the two compare equal.
     */
    public static String normaliseFragment(String fragment) {
        StringBuilder b = new StringBuilder(fragment.length());
        boolean pendingSpace = false;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            int annotation = pinyinAnnotationEnd(fragment, i, fragment.length());
            if (annotation > i && b.length() > 0 && Character.isIdeographic(b.charAt(b.length() - 1))) {
                i = annotation - 1;
                continue;
            }
            char n = normalPunctuation(normalChar(c), b.length() > 0 ? b.charAt(b.length() - 1) : ' ',
                    nextNonSpace(fragment, i + 1, fragment.length()));
            if (pendingSpace && b.length() > 0 && isLatinWord(b.charAt(b.length() - 1)) && isLatinWord(n)) b.append(' ');
            pendingSpace = false;
            b.append(n);
        }
        return toSimplified(b.toString());
    }

    /**
     * 县(市、区) | 碳强度下降目标 | 节能目标 |: short cells between bars like a navigation bar's, but the head of the
     * table whose rows of values follow on the next line.
     */
    private static boolean headsTable(String line, List<RawLine> rawLines, int r, String simplified) {
        if (!hasCellBar(line)) return false;
        for (int k = r + 1; k < rawLines.size(); k++) {
            RawLine next = rawLines.get(k);
            if (next.text().isBlank()) continue;
            String nextLine = simplified.substring(next.start(), next.end());
            return nextLine.length() <= LONGEST_CHROME_LINE && isTableRowWithValue(withoutPinyin(nextLine));
        }
        return false;
    }

    private boolean isChrome(String line) {
        // Navigation, metadata and footer lines are short; the patterns' leading .* make a long paragraph costly.
        if (line.length() > LONGEST_CHROME_LINE) return false;
        line = withoutPinyin(line);
        if (isTableRowWithValue(line)) return false;
        // 2021-11-17 09:07| 发布者：…| 查看：332 has a navigation bar's shape, but dates the page.
        if (isStamp(compact(line))) return false;
        return chrome.matcher(line).matches();
    }

    private static final Pattern TABLE_VALUE = Pattern.compile("[\\[（(]?[≥≤><＞＜约]?[0-9]+(\\.[0-9]+)?(%|‰)?(左右|以上|以下)?[\\]）)]?");
    private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");
    private static final Pattern HEADER_YEAR = Pattern.compile("(19|20)[0-9]{2}\\s*年.{0,4}");

    /**
     * 1 | 全员劳动生产率（万元/人） | 21 | 预期性: a row of a table of indicators, short cells between bars like a
     * navigation bar's, but holding a value beside a name no menu has.
     */
    private static boolean isTableRowWithValue(String line) {
        String[] cells = line.split("[|｜\t]");
        // 全市 | 3.4 |: a table of two columns, a name and its value, ends its rows in a bar too.
        if (Arrays.stream(cells).filter(c -> !c.isBlank()).count() < 2) return false;
        boolean value = false, name = false, year = false, indicators = false;
        for (String cell : cells) {
            String c = cell.strip();
            if (TABLE_VALUE.matcher(c).matches() && !YEAR.matcher(c).matches()) value = true;
            else if (c.codePoints().filter(Character::isIdeographic).count() >= 4) name = true;
            if (HEADER_YEAR.matcher(c).matches()) year = true;
            if (c.contains("指标")) indicators = true;
        }
        // 序号 | 主要任务 | 具体指标名称 | 2025年 | 属性: the header that says which year the values are for.
        return value && name || year && indicators || placeAndValues(cells);
    }

    /** 城 厢 | 3.4 | 2.9 |: a short name first, then nothing but values (a place's share of each target). */
    private static boolean placeAndValues(String[] cells) {
        List<String> filled = Arrays.stream(cells).map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (filled.size() < 2 || filled.get(0).codePoints().filter(Character::isIdeographic).count() < 2) return false;
        return filled.stream().skip(1).allMatch(c -> TABLE_VALUE.matcher(c).matches() && !YEAR.matcher(c).matches());
    }

    /**
     * A line that begins with a metadata field name and a colon, read field by field (several may share
     * the line); false when the line is not one.
     */
    private boolean readMetadataLine(RawLine line, String simplified, Map<String, NormalisedText.OriginalSpan> metadata) {
        if (line.text().length() > LONGEST_CHROME_LINE) return false;
        Matcher m = metadataKey.matcher(simplified);
        // • 发布时间：2018-09-03: a list bullet before the field.
        int bullet = 0;
        // [ 发文字号 ] 武隆府办发〔2024〕6号: a field name in brackets.
        while (bullet < simplified.length() && "•·●▪-*[【".indexOf(simplified.charAt(bullet)) >= 0 || bullet < simplified.length()
                && bullet > 0 && isSpace(simplified.charAt(bullet))) bullet++;
        m.region(bullet, simplified.length());
        if (!m.lookingAt()) return false;
        List<int[]> keys = new ArrayList<>();
        int from = bullet, withColon = 0;
        while (m.find(from)) {
            boolean colon = m.group(2).contains(":") || m.group(2).contains("：") || m.group(2).contains("]") || m.group(2).contains("】");
            String name = m.group(1).replaceAll("\\s", "");
            // A field name without a colon counts only at the head of the line, in a table's cell (| 文号 |), or
            // where it cannot be a word: three characters or more, or spaced out to a label's width (文  号).
            boolean spacedOut = !name.equals(m.group(1));
            // 索引号 113325…/2020-28215 文号 丽政发〔2020〕9号: a short name after another field's one-word value.
            boolean afterValue = !keys.isEmpty() && m.start() > 0 && isSpace(simplified.charAt(m.start() - 1))
                    && simplified.substring(keys.get(keys.size() - 1)[1], m.start()).strip().chars().noneMatch(c -> isSpace((char) c));
            if (colon || name.length() >= 3 || spacedOut || afterValue || keys.isEmpty() && m.start() == bullet || afterBar(simplified, m.start())) {
                keys.add(new int[] {m.start(), m.end()});
                if (colon) withColon++;
            }
            from = m.end();
        }
        if (keys.isEmpty() || keys.get(0)[0] != bullet) return false;
        String firstName = simplified.substring(keys.get(0)[0], keys.get(0)[1]).replaceAll("[\\s:：\\]】]", "");
        // 文号 紫政发〔2025〕3号 成文日期：…: a bare short name heads a metadata line only beside a field with a colon,
        // or when it is spaced out to the width of a table's labels (标      题 …).
        boolean spacedOut = simplified.substring(keys.get(0)[0], keys.get(0)[1]).strip().chars().anyMatch(c -> isSpace((char) c));
        if (withColon == 0 && keys.size() < 2 && firstName.length() < 3 && !spacedOut) return false;
        for (int k = 0; k < keys.size(); k++) {
            String name = simplified.substring(keys.get(k)[0], keys.get(k)[1]).replaceAll("[\\s:：\\]】]", "");
            int valueStart = keys.get(k)[1];
            int valueEnd = k + 1 < keys.size() ? keys.get(k + 1)[0] : simplified.length();
            // Values of a metadata table come between bars: 文 号: | 嘉府办发〔2024〕23号 |.
            String value = withoutPinyin(line.text().substring(valueStart, valueEnd)).replaceAll("^[\\s|｜]+", "").replaceAll("[|｜].*$", "")
                    .replaceAll("[\\s\\[【]+$", "").strip();
            String field = metadataFields.getOrDefault(name, name);
            if (!value.isEmpty() && !metadata.containsKey(field)) {
                metadata.put(field, new NormalisedText.OriginalSpan(value, line.start() + valueStart, line.start() + valueEnd));
            }
        }
        return true;
    }

    /**
     * A page's title field wrapped onto the next lines (标题：…关于深入推进绿色认证促进 / 绿色低碳循环发展意见的通知): the
     * lines that complete the title are read into the field, and the count of them returned. A wrapped field's lines
     * are as wide as its first up to its last, so the title is the longest run of such lines that ends in a
     * document's kind.
     */
    private int titleRunsOn(Map<String, NormalisedText.OriginalSpan> metadata, List<RawLine> rawLines, int r, String simplified) {
        NormalisedText.OriginalSpan title = metadata.get(TITLE_FIELD);
        if (title == null || title.end() > rawLines.get(r).end() || title.start() < rawLines.get(r).start()) return 0;
        String value = simplified.substring(title.start(), title.end()).strip();
        if (HEADLINE_END.matcher(withoutAnnotations(compact(value))).find()) return 0;
        int width = compact(rawLines.get(r).text()).length();
        StringBuilder joined = new StringBuilder(compact(value));
        StringBuilder text = new StringBuilder(title.value());
        int taken = 0;
        String best = null;
        int bestEnd = 0;
        for (int k = r + 1; k < rawLines.size() && k <= r + TITLE_FIELD_LINES; k++) {
            RawLine next = rawLines.get(k);
            if (next.text().isEmpty()) break;
            String rest = compact(simplified.substring(next.start(), next.end()));
            if (rest.length() > LONGEST_HEADLINE || metadataKey.matcher(simplified.substring(next.start(), next.end())).lookingAt()) break;
            joined.append(rest);
            text.append(next.text());
            if (HEADLINE_END.matcher(withoutAnnotations(joined.toString())).find()) {
                best = text.toString();
                bestEnd = next.end();
                taken = k - r;
            }
            // A wrapped line is as wide as the field's line; a shorter or a wider one is the field's last or no part of it.
            if (Math.abs(rest.length() - width) > width / 4) break;
        }
        if (best == null) return 0;
        metadata.put(TITLE_FIELD, new NormalisedText.OriginalSpan(best, title.start(), bestEnd));
        return taken;
    }

    /** Lines a page's title field may wrap onto. */
    private static final int TITLE_FIELD_LINES = 3;

    private static final String TITLE_FIELD = "标题";

    /**
     * Where page metadata begins after other text on a short line: a field name with a colon after a space
     * (… 发布时间：2022-10-10); 0 when it does not.
     */
    private int metadataTail(String line) {
        if (line.length() > LONGEST_CHROME_LINE) return 0;
        // Only a field with a colon starts a tail; most lines have none, and the field names' pattern is long.
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) return 0;
        Matcher m = metadataKey.matcher(line);
        while (m.find()) {
            if (m.start() > 0 && isSpace(line.charAt(m.start() - 1)) && m.group(2).matches("\\s*[:：]\\s*")) return m.start();
        }
        return 0;
    }

    private static void readMetadataField(RawLine line, Map<String, NormalisedText.OriginalSpan> metadata) {
        Matcher m = METADATA_FIELD.matcher(line.text());
        if (m.matches() && !m.group(2).isBlank() && !metadata.containsKey(m.group(1))) {
            int valueStart = line.start() + m.start(2);
            metadata.put(m.group(1), new NormalisedText.OriginalSpan(m.group(2).strip(), valueStart, line.end()));
        }
    }

    /** Whether the next line carries on the paragraph of this one (a hard line break), or starts a new one. */
    private static boolean continues(List<RawLine> lines, int i, int width, boolean insideBrackets, boolean blankLine) {
        boolean first = i == 0;
        String a = compact(lines.get(i).text());
        String heading = withoutAnnotations(a);
        String b = compact(lines.get(i + 1).text());
        if (STRUCTURE_START.matcher(b).find() || isStandalone(b) || isStandalone(a)) return false;
        // A row or a cell of a table between bars keeps its line, however wide; so does the caption over a table.
        if (hasCellBar(lines.get(i).text()) || hasCellBar(lines.get(i + 1).text())) return false;
        if (startsAddressee(lines, i + 1) || TITLE_END.matcher(heading).find()) return false;
        // The issuers' line over a title (浙江省市场监督管理局　安徽省市场监督管理局 / 关于印发…): its own line, however wide.
        if (b.startsWith("关于") && !hasClauseMark(a)) return false;
        // A page's headline names a document kind at its end (…联合印发城市建设领域碳达峰实施方案); a sub-headline follows.
        // A headline the copy set apart by a blank line is not wrapped either; nor is a title line shorter than the
        // text's lines (全文如下： 江苏省…行动计划（2025-2027年）).
        if (heading.length() <= LONGEST_HEADLINE && HEADLINE_END.matcher(heading).find() && (first || a.length() < width * 3 / 4)) {
            return false;
        }
        if (first && blankLine && heading.length() <= LONGEST_HEADLINE && heading.chars().noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0)) {
            return false;
        }
        if (isStamp(a) || isStamp(b)) return false;
        // A page copy repeats its headline (the page title, then the article's own).
        if (a.equals(b)) return false;
        if (insideBrackets) return true;
        char last = a.charAt(a.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) return false;
        if (last == '，' || last == '、' || last == ',') return true;
        int len = a.length();
        if (len >= Math.max(8, width * 3 / 4)) return true;
        return width > 60 && len >= 30;
    }

    /**
     * Whether the break after line {@code i} falls inside a sentence, so the next line carries it on whatever the
     * line's length: a narrow column wraps a line that an earlier copy had already broken (光 / 伏、风 / 电、节能),
     * leaving a short piece that the width rule reads as a paragraph's end. A paragraph of running text (it holds a
     * sentence's end, or clause marks over more than one line) whose last line ends without a sentence's end, or
     * with a bracket still open, is not over. What always starts anew still does: a numbered item, a heading or
     * article (第X条), a table's row, an addressee line, a signature over its date, a document number or a date
     * standing alone, a page's stamp.
     */
    private static boolean midSentence(List<RawLine> lines, int i, Paragraph paragraph, boolean insideBrackets) {
        String a = compact(lines.get(i).text()), b = compact(lines.get(i + 1).text());
        char last = a.charAt(a.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0 || STRUCTURE_START.matcher(b).find()) return false;
        if (isTableRow(lines.get(i).text()) || isTableRow(lines.get(i + 1).text()) || isStamp(a) || isStamp(b)) return false;
        if (!insideBrackets && (!paragraph.isProse() || paragraph.isHeadline())) return false;
        // A document number or date on a line of its own ends what is above it, unless a bracket holds it: （苏 / 政发〔2022〕8 / 号）.
        if (!insideBrackets && isStandalone(b)) return false;
        if (startsAddressee(lines, i + 1) || isSignature(lines, i + 1)) return false;
        return true;
    }

    /**
     * The paragraph being joined: whether it holds a sentence's end or a clause mark, its start (as long as it could
     * be a headline), its lines, and how the one before it ended.
     */
    private static final class Paragraph {
        private final StringBuilder start = new StringBuilder();
        private int lines;
        private boolean sentenceEnd, clauseMark;
        private String lastLine = "";
        /** The paragraph before ended at a sentence's end on a full line: a break that may fall inside a paragraph. */
        private boolean afterFullSentence;

        void add(RawLine line) {
            lastLine = compact(line.text());
            int from = 0;
            if (lines++ == 0) {
                // The 、 of a heading's number (一、总体目标) is no clause mark.
                Matcher number = STRUCTURE_START.matcher(lastLine);
                if (number.lookingAt()) from = number.end();
            }
            for (int k = from; k < lastLine.length(); k++) {
                char c = lastLine.charAt(k);
                if (c == '。' || c == '；' || c == ';') sentenceEnd = true;
                else if (c == '，' || c == '、' || c == ',') clauseMark = true;
            }
            if (start.length() <= LONGEST_TITLE) start.append(lastLine, 0, Math.min(lastLine.length(), LONGEST_TITLE + 1 - start.length()));
        }

        void next(int width) {
            char last = lastLine.charAt(lastLine.length() - 1);
            afterFullSentence = isProse() && (last == '。' || last == '；') && lastLine.length() >= width * 3 / 4;
            start.setLength(0);
            lines = 0;
            sentenceEnd = false;
            clauseMark = false;
        }

        /**
         * Running text rather than a title, heading or name: it holds a sentence's end, or clause marks over more
         * than one line or straight after a paragraph that ended on a full line (到2030年，完 / 成10个以上…).
         */
        boolean isProse() {
            return sentenceEnd || clauseMark && (lines > 1 || afterFullSentence);
        }

        /** A title or headline: it ends in the kind of document it is and holds no sentence. */
        boolean isHeadline() {
            if (sentenceEnd || start.length() > LONGEST_TITLE) return false;
            String heading = withoutAnnotations(start.toString());
            return TITLE_END.matcher(heading).find() || HEADLINE_END.matcher(heading).find();
        }
    }

    /** The longest title over several lines. */
    private static final int LONGEST_TITLE = 2 * LONGEST_HEADLINE;

    /** An addressee line at {@code j}, whole or wrapped onto the next lines (各县、区人民政府，…直属单 / 位：). */
    private static boolean startsAddressee(List<RawLine> lines, int j) {
        String b = compact(lines.get(j).text());
        if (ADDRESSEE.matcher(b).matches()) return true;
        if (!ADDRESSEE_START.matcher(b).lookingAt()) return false;
        StringBuilder wrapped = new StringBuilder(b);
        for (int k = j + 1; k < lines.size() && k <= j + ADDRESSEE_LINES && !hasColon(wrapped); k++) {
            wrapped.append(compact(lines.get(k).text()));
            if (hasColon(wrapped)) return ADDRESSEE.matcher(wrapped).matches();
        }
        return false;
    }

    /** Whether a line leaves an angle bracket open (各县级市<区>政府<). */
    private static boolean opensAngle(String line) {
        int open = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '<') open++;
            else if (line.charAt(i) == '>' && open > 0) open--;
        }
        return open > 0;
    }

    private static boolean hasClauseMark(String line) {
        return line.chars().anyMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0 || c == '、');
    }

    private static boolean hasColon(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '：' || s.charAt(i) == ':') return true;
        return false;
    }

    /** Lines an addressee may wrap onto in a narrow column. */
    private static final int ADDRESSEE_LINES = 3;

    /** An issuer's name over a date: a short line without clause marks, the next a date on its own. */
    private static boolean isSignature(List<RawLine> lines, int j) {
        String b = compact(lines.get(j).text());
        return j + 1 < lines.size() && b.length() <= LONGEST_STANDALONE_LINE && !hasClauseMark(b)
                && DATE_LINE.matcher(compact(lines.get(j + 1).text())).matches();
    }

    /** Whether the line holds a cell's bar or a tab: a table's row, or one cell of it. */
    private static boolean hasCellBar(String line) {
        return line.indexOf('|') >= 0 || line.indexOf('｜') >= 0 || line.indexOf('\t') >= 0;
    }

    /** A table's row as text: cells between bars, or set apart by runs of spaces. */
    private static boolean isTableRow(String line) {
        if (hasCellBar(line)) return true;
        Matcher gaps = CELL_GAP.matcher(line);
        int n = 0;
        while (gaps.find()) n++;
        return n >= 2;
    }

    private static final Pattern ADDRESSEE_START = Pattern.compile(ADDRESSEE_OPENING);
    /** Space between a table's cells: two or more spaces, or an ideographic space. */
    private static final Pattern CELL_GAP = Pattern.compile("(?<=\\S)(?:[ \u00A0]{2,}|\u3000+)(?=\\S)");

    private static boolean isStamp(String line) {
        return line.length() <= LONGEST_STAMP_LINE && PUBLICATION_STAMP.matcher(line).find();
    }

    private static boolean isStandalone(String line) {
        // Compacted lines hold no white space, so none of the three patterns matches more than 45 characters.
        if (line.length() > LONGEST_STANDALONE_LINE) return false;
        return DOC_NUMBER_LINE.matcher(line).matches() || DATE_LINE.matcher(line).matches()
                || NOTE_LINE.matcher(line).matches() || BRACKETED_LINE.matcher(line).matches();
    }

    /** The width of a wrapped line: the 90th percentile of line lengths. */
    private static int typicalWidth(List<RawLine> lines) {
        if (lines.isEmpty()) return 0;
        int[] lengths = lines.stream().mapToInt(l -> compact(l.text()).length()).sorted().toArray();
        return lengths[Math.min(lengths.length - 1, (int) Math.floor(lengths.length * 0.9))];
    }

    /** A compacted line as a reader sees it: pinyin annotations (業(yè)) dropped, ASCII brackets full width. */
    private static String withoutAnnotations(String compacted) {
        String plain = withoutPinyin(compacted);
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            b.append(c == '(' ? '（' : c == ')' ? '）' : c);
        }
        return b.toString();
    }

    private static boolean afterBar(String line, int at) {
        int i = at - 1;
        while (i >= 0 && isSpace(line.charAt(i))) i--;
        return i >= 0 && (line.charAt(i) == '|' || line.charAt(i) == '｜');
    }

    /** The line with each pinyin annotation (關(guān)) turned to spaces: its offsets stay those of the line. */
    private static String blankPinyin(String line) {
        if (line.indexOf('(') < 0 && line.indexOf('（') < 0) return line;
        char[] chars = line.toCharArray();
        for (int i = 1; i < chars.length; i++) {
            int annotation = pinyinAnnotationEnd(line, i, line.length());
            if (annotation > i && Character.isIdeographic(line.charAt(i - 1))) {
                for (int k = i; k < annotation; k++) chars[k] = ' ';
                i = annotation - 1;
            }
        }
        return new String(chars);
    }

    /** A line without the pinyin annotations a copy left after characters (關(guān)于我們). */
    private static String withoutPinyin(String line) {
        if (line.indexOf('(') < 0 && line.indexOf('（') < 0) return line;
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            int annotation = pinyinAnnotationEnd(line, i, line.length());
            if (annotation > i && i > 0 && Character.isIdeographic(line.charAt(i - 1))) {
                i = annotation - 1;
                continue;
            }
            b.append(line.charAt(i));
        }
        return b.toString();
    }

    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) b.append(c);
        }
        return b.length() == 0 ? " " : b.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    private record RawLine(int start, int end, String text) {}

    /** Lines of the original, trimmed, with the original offsets of their first and past-last character. */
    private static List<RawLine> splitLines(String s) {
        List<RawLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\r' || s.charAt(i) == '\f') {
                int a = start, b = i;
                while (a < b && isSpace(s.charAt(a))) a++;
                while (b > a && isSpace(s.charAt(b - 1))) b--;
                if (isFlattenedPage(s, a, b)) unflatten(s, a, b, lines);
                else lines.add(new RawLine(a, b, s.substring(a, b)));
                start = i + 1;
            }
        }
        return lines;
    }

    private static final int FLATTENED_LINE = 200, FLATTENED_BREAKS = 4, FLATTENED_LINE_WIDTH = 12;

    /**
     * A PDF page whose line breaks a copy turned into spaces (红头, 文号, title, addressee and body on one
     * line, wrapped lines joined by a space mid-word): long, with spaces between Chinese characters.
     */
    private static boolean isFlattenedPage(String s, int a, int b) {
        if (b - a < FLATTENED_LINE) return false;
        int breaks = 0;
        for (int i = a + 1; i < b - 1; i++) {
            if (isSpace(s.charAt(i)) && !isSpace(s.charAt(i - 1)) && s.charAt(i - 1) >= 0x2E80 && nextIsWide(s, i, b)) breaks++;
        }
        // A copy that spaced out every few characters (江 苏省城 乡建 设) is not a page of lines.
        return breaks >= FLATTENED_BREAKS && (b - a) / (breaks + 1) >= FLATTENED_LINE_WIDTH;
    }

    private static boolean nextIsWide(String s, int i, int b) {
        while (i < b && isSpace(s.charAt(i))) i++;
        return i < b && s.charAt(i) >= 0x2E80;
    }

    /** The lines of a flattened page: a break at each space that stands between Chinese characters. */
    private static void unflatten(String s, int a, int b, List<RawLine> lines) {
        int from = a;
        for (int i = a + 1; i < b - 1; i++) {
            if (isSpace(s.charAt(i)) && !isSpace(s.charAt(i - 1)) && s.charAt(i - 1) >= 0x2E80 && nextIsWide(s, i, b)) {
                lines.add(new RawLine(from, i, s.substring(from, i)));
                from = i;
                while (from < b && isSpace(s.charAt(from))) from++;
            }
        }
        lines.add(new RawLine(from, b, s.substring(from, b)));
    }

    /** Appends normalised characters with their original offsets. */
    private static final class Builder {
        private final String original;
        private final String simplified;
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[1024];
        private int bookDepth;
        private int parenDepth;

        Builder(String original, String simplified) {
            this.original = original;
            this.simplified = simplified;
        }

        boolean openBrackets() { return bookDepth > 0 || parenDepth > 0; }

        void newParagraph() {
            bookDepth = 0;
            parenDepth = 0;
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                int at = offsets[text.length() - 1];
                append('\n', at);
            }
        }

        void appendLine(RawLine line) {
            boolean pendingSpace = false;
            for (int i = line.start(); i < line.end(); i++) {
                char c = original.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                    continue;
                }
                int annotation = pinyinAnnotationEnd(original, i, line.end());
                if (annotation > i && text.length() > 0 && Character.isIdeographic(text.charAt(text.length() - 1))) {
                    i = annotation - 1;
                    continue;
                }
                char n = normalPunctuation(normalChar(simplified.charAt(i)), text.length() > 0 ? text.charAt(text.length() - 1) : ' ',
                        nextNonSpace(original, i + 1, line.end()));
                if (pendingSpace && text.length() > 0 && isLatinWord(text.charAt(text.length() - 1)) && isLatinWord(n)) {
                    append(' ', i - 1);
                }
                pendingSpace = false;
                append(n, i);
                track(n);
            }
        }

        private void track(char c) {
            switch (c) {
                case '《' -> bookDepth++;
                case '》' -> bookDepth = Math.max(0, bookDepth - 1);
                case '（' -> parenDepth++;
                case '）' -> parenDepth = Math.max(0, parenDepth - 1);
                // （以下简称《方案》的通知。 a bracket left open by a slip does not hold the sentences after it together.
                case '。' -> {
                    bookDepth = 0;
                    parenDepth = 0;
                }
                default -> { }
            }
        }

        private void append(char c, int originalIndex) {
            if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[text.length()] = originalIndex;
            text.append(c);
        }

        NormalisedText build(Map<String, NormalisedText.OriginalSpan> metadata) {
            String s = text.toString();
            int[] map = Arrays.copyOf(offsets, s.length());
            return new NormalisedText(original, s, map, metadata);
        }
    }

    /**
     * Where a pinyin reading in brackets after a character ends (節(jié)能, 發(fā)展: some mirror sites print
     * them), or {@code at} when none starts there. Such readings are dropped as the page's noise.
     */
    static int pinyinAnnotationEnd(String s, int at, int end) {
        char open = s.charAt(at);
        if (open != '(' && open != '（') return at;
        int i = at + 1;
        while (i < end && i - at <= 8 && isPinyinLetter(s.charAt(i))) i++;
        if (i == at + 1 || i >= end) return at;
        char close = s.charAt(i);
        return close == ')' || close == '）' ? i + 1 : at;
    }

    private static boolean isPinyinLetter(char c) {
        return c >= 'a' && c <= 'z' || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňêḿ".indexOf(c) >= 0;
    }

    private static char nextNonSpace(String s, int from, int end) {
        for (int i = from; i < end; i++) if (!isSpace(s.charAt(i))) return s.charAt(i);
        return ' ';
    }

    /**
     * ASCII punctuation in Chinese text to the full-width marks documents use, so a clause ends at a
     * comma whichever was typed; a comma or colon between digits (1,500; 08:25) stays as it is.
     */
    static char normalPunctuation(char c, char previous, char next) {
        boolean betweenDigits = Character.isDigit(previous) && Character.isDigit(next);
        return switch (c) {
            case ',' -> betweenDigits ? c : '，';
            case ';' -> '；';
            case ':' -> betweenDigits || previous < 0x80 && Character.isLetter(previous) && next == '/' ? c : '：';
            case '!' -> '！';
            case '?' -> '？';
            default -> c;
        };
    }

    private static boolean isLatinWord(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c));
    }

    /** Full-width letters and digits to ASCII; ASCII brackets to the full-width forms the documents use. */
    static char normalChar(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') return (char) (c - 0xFEE0);
        return switch (c) {
            case '(' -> '（';
            case ')' -> '）';
            case '％' -> '%';
            case '．' -> '.';
            case '﹝', '［' -> '〔';
            case '﹞', '］' -> '〕';
            case '號' -> '号';
            // Small form variants some sites print: 120亿余元﹔推动… ends a clause as ； does.
            case '﹔' -> '；';
            case '﹐' -> '，';
            case '﹕' -> '：';
            case '﹖' -> '？';
            case '﹗' -> '！';
            default -> c;
        };
    }

    /**
     * Traditional characters to simplified, character for character so offsets stay valid; HanLP's
     * phrase conversion is used only when it keeps the length.
     */
    static String toSimplified(String s) {
        String converted = HanLP.convertToSimplifiedChinese(s);
        if (converted.length() == s.length()) return converted;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String one = HanLP.convertToSimplifiedChinese(String.valueOf(s.charAt(i)));
            b.append(one.length() == 1 ? one.charAt(0) : s.charAt(i));
        }
        return b.toString();
    }
}
