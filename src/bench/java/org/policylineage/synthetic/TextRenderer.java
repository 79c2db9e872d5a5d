package org.policylineage.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import org.policylineage.synthetic.SyntheticDocument.Citation;
import org.policylineage.synthetic.SyntheticDocument.Layout;
import org.policylineage.synthetic.SyntheticDocument.Measure;
import org.policylineage.synthetic.SyntheticDocument.Target;
import org.policylineage.vocab.DocumentLevel;

/**
 * Writes a document as the text a crawler would hand over: text extracted from a PDF (lines broken
 * every thirty or so characters, page numbers such as —12— between them, blank lines, stray spaces
 * such as 到 2025年) or a government web page captured with its navigation, metadata and footer.
 */
final class TextRenderer {
    /** Widths in half-width columns: a Chinese character takes two, a digit or Latin letter one. */
    private static final int LINE_COLUMNS = 60;
    private static final int MIN_TITLE_COLUMNS = 28, MAX_TITLE_COLUMNS = 40;
    private static final int MIN_PAGE_LINES = 22, MAX_PAGE_LINES = 28;
    private static final double[] STRAY_SPACE_RATES = {0, 0, 0.2, 0.6};
    private static final double TRAILING_SPACE = 0.85;
    private static final double BLANK_BETWEEN_PARAGRAPHS = 0.15;
    private static final double SIGNED = 0.7, PUBLICATION_NOTE = 0.5, INTERPRETATION_LINK = 0.3;
    private static final double TWO_PART_PREAMBLE = 0.5;
    private static final int MAX_NOTE_AGENCIES = 7;
    /** Marks typesetting keeps off the start of a line. */
    private static final String NO_LINE_START = "，。、；：！？）》”’";
    /** Marks kept off the end of a broken line: openings, and ；： after which a reader would start a new paragraph. */
    private static final String NO_LINE_END = "；：（《“‘";
    /**
     * What no broken line may start with, for a reader would take it for a new numbered item: （一）, 一、,
     * 第一条, 1., ——, 附件.
     */
    private static final Pattern ITEM_START = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十百零〇]{1,4}[）)]|[一二三四五六七八九十百]{1,3}[、．.]"
                    + "|第[一二三四五六七八九十百零〇0-9]{1,4}[章节条部分]|[0-9]{1,2}[.、．](?![0-9])|——|附件)");

    private final Templates templates;
    private final Geography geography;

    TextRenderer(Templates templates, Geography geography) {
        this.templates = templates;
        this.geography = geography;
    }

    String render(SyntheticDocument d, SplittableRandom rng) {
        return d.layout() == Layout.WEB ? web(d, rng) : pdf(d, rng);
    }

    // ------------------------------------------------------------------ the text, before layout

    private String addressee(SyntheticDocument d, SplittableRandom rng) {
        String key = "addressee." + d.level().notation();
        return templates.phraseOr(key + "." + d.place().selfName(), templates.phrase(key, rng), rng)
                .replace("{级}", d.place().selfName());
    }

    private String preamble(SyntheticDocument d, SplittableRandom rng) {
        List<Citation> cites = d.citations();
        String template;
        if (d.level() == DocumentLevel.NATIONAL) template = templates.phrase("preamble.national", rng);
        else if (d.level() == DocumentLevel.REGIONAL) template = templates.phrase("preamble.regional", rng);
        else if (cites.isEmpty()) template = templates.phrase("preamble.uncited", rng);
        else if (cites.size() > 1 && rng.nextDouble() < TWO_PART_PREAMBLE) {
            template = templates.phrase("preamble.two", rng)
                    .replace("{upper}", citations(cites.subList(0, cites.size() - 1)))
                    .replace("{cites}", citations(cites.subList(cites.size() - 1, cites.size())));
        } else template = templates.phrase("preamble.one", rng);
        return template.replace("{cites}", citations(cites))
                .replace("{members}", members(d))
                .replace("{purpose}", d.theme().purpose())
                .replace("{kind}", d.kind())
                .replace("{我}", self(d, "our"));
    }

    private String citations(List<Citation> cites) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cites.size(); i++) {
            if (i > 0) b.append(templates.phrase(i == cites.size() - 1 ? "list.last" : "list.other"));
            Citation c = cites.get(i);
            b.append('《').append(c.title()).append('》');
            c.number().ifPresent(n -> b.append('（').append(n).append('）'));
        }
        return b.toString();
    }

    private String members(SyntheticDocument d) {
        return String.join(templates.phrase("list.other"), d.members().stream().map(Geography.Place::shortName).toList());
    }

    /** How the document speaks of its own jurisdiction ({@code all}: 全国, 全市; {@code our}: 我省, 我县). */
    private String self(SyntheticDocument d, String which) {
        if (d.level() == DocumentLevel.REGIONAL) return templates.phrase("self." + which + ".regional");
        return templates.phrase("self." + which).replace("{self}", d.place().selfName());
    }

    private String resolve(String text, SyntheticDocument d) {
        return text.replace("{全}", self(d, "all")).replace("{我}", self(d, "our")).replace("{年}", String.valueOf(d.deadline()));
    }

    private String measure(Measure m, SyntheticDocument d, SplittableRandom rng) {
        StringBuilder b = new StringBuilder();
        b.append('（').append(Numbers.chinese(m.ordinal())).append('）').append(m.heading()).append('。');
        List<String> sentences = new ArrayList<>();
        for (String s : m.sentences()) sentences.add(resolve(s, d));
        sentences.addAll(Math.min(m.targetsAt(), sentences.size()), targetSentences(m.targets(), d, rng));
        for (String s : sentences) b.append(s);
        String note = note(m, d, rng);
        if (!note.isEmpty()) b.append(note);
        return b.toString();
    }

    /** One sentence per deadline: 到2025年，全市绿色食品认证证书达500张，有机产品认证证书力争突破40张。 */
    private List<String> targetSentences(List<Target> targets, SyntheticDocument d, SplittableRandom rng) {
        Map<Integer, List<Target>> byDeadline = new LinkedHashMap<>();
        for (Target t : targets) byDeadline.computeIfAbsent(t.deadline(), k -> new ArrayList<>()).add(t);
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<Integer, List<Target>> e : byDeadline.entrySet()) {
            String deadline = templates.phrase("deadline", rng).replace("{year}", String.valueOf(e.getKey()));
            StringBuilder b = new StringBuilder(deadline).append('，');
            for (int i = 0; i < e.getValue().size(); i++) {
                if (i > 0) b.append('，');
                b.append(clause(e.getValue().get(i), first ? self(d, "all") : ""));
                first = false;
            }
            out.add(b.append('。').toString());
        }
        return out;
    }

    private String clause(Target t, String scope) {
        Templates.TargetTemplate tt = t.template();
        return templates.phrase("target." + tt.form())
                .replace("{scope}", scope)
                .replace("{indicator}", tt.indicator())
                .replace("{aim}", t.aspirational() ? templates.phrase("target.aim") : "")
                .replace("{word}", tt.word())
                .replace("{value}", Numbers.plain(t.value()) + tt.unit() + tt.suffix());
    }

    /** The closing responsibility note of a task: （市发改委、市工信局等部门按职责分工负责）. */
    private String note(Measure m, SyntheticDocument d, SplittableRandom rng) {
        if (d.level() == DocumentLevel.REGIONAL || !templates.measure(m.poolId()).isTask()) return "";
        // A province-level city (北京市) names its bureaus as cities do (市科技局), not as provinces (省科技厅).
        DocumentLevel naming = d.level() == DocumentLevel.PROVINCIAL && d.place().selfName().equals("市") ? DocumentLevel.MUNICIPAL : d.level();
        List<String> names = new ArrayList<>();
        for (String f : m.agencies()) {
            String n = templates.agencyName(f, naming);
            if (!n.isEmpty() && names.size() < MAX_NOTE_AGENCIES) names.add(d.place().unitName() + n);
        }
        if (names.isEmpty()) return "";
        return "（" + String.join("、", names) + templates.phrase("duty", rng) + "）";
    }

    private List<String> sections(SyntheticDocument d, SplittableRandom rng) {
        List<String> out = new ArrayList<>();
        String current = null;
        int n = 0;
        for (Measure m : d.measures()) {
            if (!m.section().equals(current)) {
                current = m.section();
                out.add(Numbers.chinese(++n) + "、" + templates.phraseOr("section." + current, current, rng));
            }
            out.add(measure(m, d, rng));
        }
        return out;
    }

    private String date(java.time.LocalDate date) {
        return templates.phrase("date").replace("{year}", String.valueOf(date.getYear()))
                .replace("{month}", String.valueOf(date.getMonthValue())).replace("{day}", String.valueOf(date.getDayOfMonth()));
    }

    /** The issuers of a regional plan, two to a line where they fit, as the header of such a plan prints them. */
    private static List<String> issuerLines(SyntheticDocument d) {
        List<String> names = d.issuers();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (i + 1 < names.size() && names.get(i).length() + names.get(i + 1).length() <= 20) {
                out.add(names.get(i) + "　" + names.get(++i));
            } else {
                out.add(names.get(i));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ PDF

    private String pdf(SyntheticDocument d, SplittableRandom rng) {
        double spaces = STRAY_SPACE_RATES[rng.nextInt(STRAY_SPACE_RATES.length)];
        int titleColumns = MIN_TITLE_COLUMNS + 2 * rng.nextInt((MAX_TITLE_COLUMNS - MIN_TITLE_COLUMNS) / 2 + 1);
        List<String> lines = new ArrayList<>();
        d.number().ifPresent(n -> {
            lines.add(n);
            blanks(lines, 2 + rng.nextInt(3));
        });
        boolean regional = d.level() == DocumentLevel.REGIONAL;
        if (regional) lines.addAll(issuerLines(d));
        lines.addAll(title(d.title(), titleColumns));
        blanks(lines, 1);
        paragraph(lines, addressee(d, rng), spaces, rng);
        if (d.embeddedTitle().isPresent()) {
            String embedded = d.embeddedTitle().get();
            if (regional) {
                paragraph(lines, templates.phrase("cover.regional", rng).replace("{purpose}", d.theme().purpose())
                        .replace("{members}", members(d)).replace("{embedded}", embedded), spaces, rng);
                lines.add(templates.phrase("cover.closing", rng));
                blanks(lines, 2);
                lines.addAll(issuerLines(d));
            } else {
                paragraph(lines, templates.phrase("cover.letter", rng).replace("{级}", d.place().selfName())
                        .replace("{embedded}", embedded), spaces, rng);
                blanks(lines, 1);
                lines.add(d.issuers().get(0));
            }
            lines.add(spaced(date(d.date()), spaces, rng));
            if (regional) lines.add(templates.phrase("publication", rng));
            blanks(lines, 2);
            lines.addAll(title(embedded, titleColumns));
            blanks(lines, 1);
        }
        paragraph(lines, preamble(d, rng), spaces, rng);
        for (String p : sections(d, rng)) paragraph(lines, p, spaces, rng);
        if (regional) {
            blanks(lines, 1);
            lines.add(templates.phrase("printed").replace("{name}", d.members().get(0).name()).replace("{date}", date(d.date().plusDays(1))));
        } else if (d.embeddedTitle().isEmpty() && rng.nextDouble() < SIGNED) {
            blanks(lines, 2);
            lines.addAll(d.issuers());
            lines.add(spaced(date(d.date()), spaces, rng));
            if (rng.nextDouble() < PUBLICATION_NOTE) lines.add(templates.phrase("publication", rng));
        }
        return paginate(lines, rng);
    }

    private void paragraph(List<String> lines, String text, double spaces, SplittableRandom rng) {
        lines.addAll(wrap(spaced(text, spaces, rng), LINE_COLUMNS));
        if (rng.nextDouble() < BLANK_BETWEEN_PARAGRAPHS) blanks(lines, 1);
    }

    private static void blanks(List<String> lines, int n) {
        for (int i = 0; i < n; i++) lines.add("");
    }

    /** A title broken into short lines, the first reaching past 关于 so it never reads as a list of issuers. */
    private static List<String> title(String title, int columns) {
        // 关于 ends the issuer part of a title (国务院办公厅关于…).
        int about = title.indexOf("关于");
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < title.length()) {
            int end = fit(title, start, columns);
            if (start == 0 && about >= 0) end = Math.max(end, Math.min(title.length(), about + 2));
            end = allowedBreak(title, end);
            out.add(title.substring(start, end));
            start = end;
        }
        return out;
    }

    /** Lines of at most about {@code columns}, broken where typesetting allows and never starting like a numbered item. */
    static List<String> wrap(String text, int columns) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = allowedBreak(text, fit(text, start, columns));
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    /** The first place at or after {@code end} where typesetting allows a line to break. */
    private static int allowedBreak(String text, int end) {
        int e = end;
        while (e < text.length()
                && (NO_LINE_START.indexOf(text.charAt(e)) >= 0 || NO_LINE_END.indexOf(text.charAt(e - 1)) >= 0
                    || ITEM_START.matcher(text).region(e, text.length()).lookingAt())) {
            e++;
        }
        return e;
    }

    private static int fit(String text, int start, int columns) {
        int used = 0, i = start;
        while (i < text.length()) {
            int w = text.charAt(i) < 0x80 ? 1 : 2;
            if (used + w > columns) break;
            used += w;
            i++;
        }
        return Math.max(i, start + 1);
    }

    /** Spaces a PDF extraction leaves between Chinese and digits: 到 2025年, 达 500张. */
    private static String spaced(String text, double rate, SplittableRandom rng) {
        if (rate == 0) return text;
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && boundary(text.charAt(i - 1), c) && rng.nextDouble() < rate) b.append(' ');
            b.append(c);
        }
        return b.toString();
    }

    private static boolean boundary(char a, char b) {
        return (isDigit(b) && isHan(a)) || (isDigit(a) && isHan(b));
    }

    /** CJK unified ideographs and extension A, where every character of these texts lies. */
    private static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Page numbers between pages, trailing spaces, and a leading space on the first line of a page. */
    private static String paginate(List<String> lines, SplittableRandom rng) {
        StringBuilder b = new StringBuilder();
        int page = 1;
        int pageEnd = MIN_PAGE_LINES + rng.nextInt(MAX_PAGE_LINES - MIN_PAGE_LINES + 1);
        boolean pageStart = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (pageStart && !line.isEmpty()) {
                b.append(' ');
                pageStart = false;
            }
            b.append(line);
            if (rng.nextDouble() < TRAILING_SPACE) b.append(' ');
            b.append('\n');
            if (i == pageEnd && i + 1 < lines.size()) {
                b.append("\n\n  —").append(page++).append("— \n");
                pageEnd += MIN_PAGE_LINES + rng.nextInt(MAX_PAGE_LINES - MIN_PAGE_LINES + 1);
                pageStart = true;
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ web page

    private String web(SyntheticDocument d, SplittableRandom rng) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("{index}", digits(9, rng) + "/" + d.date().getYear() + "-" + digits(5, rng));
        fields.put("{kind}", d.embeddedTitle().isPresent() ? templates.phrase("kind.notice") : d.kind());
        fields.put("{issuer}", String.join(templates.phrase("list.other"), d.issuers()));
        fields.put("{isodate}", d.date().toString());
        fields.put("{title}", d.title());
        fields.put("{number}", d.number().orElse(""));
        fields.put("{site}", d.level() == DocumentLevel.NATIONAL ? templates.phrase("web.site.national")
                : templates.phrase("web.site").replace("{name}", d.place().name()));
        fields.put("{registry}", registry(d));
        fields.put("{icp}", digits(8, rng));
        fields.put("{siteid}", digits(10, rng));

        List<String> lines = new ArrayList<>();
        blanks(lines, 3);
        for (String h : templates.phrases("web.header")) {
            lines.add(fill(h, fields));
            blanks(lines, 1);
        }
        lines.add(d.title());
        blanks(lines, 1);
        d.number().ifPresent(n -> {
            lines.add("(" + n + ")");
            blanks(lines, 1);
        });
        if (rng.nextDouble() < INTERPRETATION_LINK) {
            lines.add(templates.phrase("interpretation"));
            blanks(lines, 1);
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(addressee(d, rng));
        paragraphs.add(preamble(d, rng));
        paragraphs.addAll(sections(d, rng));
        paragraphs.addAll(d.issuers());
        paragraphs.add(date(d.date()));
        for (String p : paragraphs) {
            lines.add(p);
            blanks(lines, 1);
        }
        blanks(lines, 2);
        for (String f : templates.phrases("web.footer")) {
            lines.add(fill(f, fields));
            blanks(lines, 1);
        }
        return String.join("\n", lines) + "\n";
    }

    /** The province a site is registered in, by its abbreviation: the issuer's province. */
    private String registry(SyntheticDocument d) {
        Geography.Place p = d.place();
        while (p.level() != DocumentLevel.PROVINCIAL && p.parent() >= 0) p = geography.place(p.parent());
        return p.level() == DocumentLevel.PROVINCIAL ? p.code() : templates.phrase("web.registry.national");
    }

    private static String fill(String template, Map<String, String> fields) {
        String s = template;
        for (Map.Entry<String, String> e : fields.entrySet()) s = s.replace(e.getKey(), e.getValue());
        return s;
    }

    private static String digits(int n, SplittableRandom rng) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('0' + rng.nextInt(10)));
        return b.toString();
    }
}
