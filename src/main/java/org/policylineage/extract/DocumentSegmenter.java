package org.policylineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.AgencyResolver;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.NormalisedText.Line;

/** Finds the structure of a policy document: sections 一、, measures （一）, and what comes before and after. */
final class DocumentSegmenter {
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十百]{1,3})、(.+)$");
    private static final Pattern MEASURE = Pattern.compile("^（([一二三四五六七八九十百]{1,4})）(.*)$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^.{0,40}?[0-9〇○零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日(印发)?$");
    private static final Pattern TRAILER_START = Pattern.compile("^(抄送|抄报|附件|（此件|（本件|（联系人|联系人)");
    private static final int MAX_SECTION_HEADING = 40;

    private final AgencyResolver agencies;

    /** Whether a line opens a numbered part of the body: a section 一、 or a measure （一）. */
    static boolean opensPart(String line) {
        return SECTION.matcher(line).matches() || MEASURE.matcher(line).matches();
    }

    DocumentSegmenter(AgencyResolver agencies) {
        this.agencies = agencies;
    }

    Layout segment(NormalisedText text) {
        List<Line> lines = text.lines();
        int bodyStart = firstBodyLine(lines);
        if (bodyStart < 0) return new Layout(lines, List.of(), List.of(), List.of());
        int trailerStart = trailerStart(lines, bodyStart);

        List<Layout.SectionSpan> sections = new ArrayList<>();
        List<Layout.MeasureSpan> measures = new ArrayList<>();
        int sectionOrdinal = 0;
        for (int i = bodyStart; i < trailerStart; i++) {
            Line line = lines.get(i);
            Matcher s = SECTION.matcher(line.text());
            Matcher m = MEASURE.matcher(line.text());
            if (isSectionHeading(s)) {
                closeLast(sections, measures, line.start() - 1);
                // A notice's own 一、二、 then its attached plan's 一、二、: a numeral used before starts no second section 1.
                int numeral = ChineseNumerals.parse(s.group(1));
                sectionOrdinal = sections.stream().anyMatch(x -> x.ordinal() == numeral)
                        ? sections.stream().mapToInt(Layout.SectionSpan::ordinal).max().orElse(0) + 1 : numeral;
                sections.add(new Layout.SectionSpan(sectionOrdinal, s.group(1) + "、", s.group(2).strip(), line.start(), -1));
            } else if (m.matches()) {
                closeMeasure(measures, line.start() - 1);
                int ordinal = ChineseNumerals.parse(m.group(1));
                int headingStart = line.start() + m.start(2);
                int headingEnd = headingEnd(line.text(), m.start(2)) + line.start();
                measures.add(Layout.MeasureSpan.builder().ordinal(ordinal).number("（" + m.group(1) + "）")
                        .sectionOrdinal(sectionOrdinal)
                        .heading(text.text().substring(headingStart, headingEnd).replaceAll("[。：:；;]$", ""))
                        .start(line.start()).headingEnd(headingEnd).end(-1).build());
            }
        }
        int bodyEnd = trailerStart < lines.size() ? lines.get(trailerStart).start() - 1 : text.length();
        closeLast(sections, measures, bodyEnd);
        if (measures.isEmpty()) measures = sectionsAsMeasures(text, sections);
        return new Layout(lines.subList(0, bodyStart), sections, measures, lines.subList(trailerStart, lines.size()));
    }

    /** The first line of the body: section 一、 or measure （一）. */
    private static int firstBodyLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher s = SECTION.matcher(lines.get(i).text());
            if (isSectionHeading(s) && s.group(1).equals("一")) return i;
            Matcher m = MEASURE.matcher(lines.get(i).text());
            if (m.matches() && m.group(1).equals("一")) return i;
        }
        return -1;
    }

    private static boolean isSectionHeading(Matcher s) {
        return s.matches() && s.group(2).length() <= MAX_SECTION_HEADING && !s.group(2).contains("。");
    }

    /** After the last measure: a signature, a date, a printing note, a copy list. */
    private int trailerStart(List<Line> lines, int bodyStart) {
        int lastMeasure = bodyStart;
        for (int i = bodyStart; i < lines.size(); i++) {
            if (MEASURE.matcher(lines.get(i).text()).matches() || isSectionHeading(SECTION.matcher(lines.get(i).text()))) {
                lastMeasure = i;
            }
        }
        for (int i = lastMeasure + 1; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (DATE_LINE.matcher(t).matches() || TRAILER_START.matcher(t).find()
                    || (t.length() <= 60 && agencies.splitNames(t).isPresent())) {
                return i;
            }
        }
        return lines.size();
    }

    /** A heading runs to the first full stop, or is the first clause when the sentence is long. */
    private static int headingEnd(String line, int from) {
        int stop = indexOfAny(line, "。：；", from);
        if (stop >= 0 && stop - from <= 60) return stop + 1;
        int comma = indexOfAny(line, "，", from);
        if (comma >= 0 && comma - from <= 40) return comma;
        return Math.min(line.length(), from + 30);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    private static void closeMeasure(List<Layout.MeasureSpan> measures, int end) {
        if (measures.isEmpty()) return;
        Layout.MeasureSpan last = measures.get(measures.size() - 1);
        if (last.end() < 0) {
            measures.set(measures.size() - 1, Layout.MeasureSpan.builder().ordinal(last.ordinal()).number(last.number())
                    .sectionOrdinal(last.sectionOrdinal()).heading(last.heading()).start(last.start())
                    .headingEnd(last.headingEnd()).end(Math.max(last.headingEnd(), end)).build());
        }
    }

    private static void closeLast(List<Layout.SectionSpan> sections, List<Layout.MeasureSpan> measures, int end) {
        closeMeasure(measures, end);
        if (sections.isEmpty()) return;
        Layout.SectionSpan last = sections.get(sections.size() - 1);
        if (last.end() < 0) {
            sections.set(sections.size() - 1, new Layout.SectionSpan(last.ordinal(), last.number(), last.heading(),
                    last.start(), end));
        }
    }

    /** A document numbered only 一、二、… with text under each: its sections are its measures. */
    private static List<Layout.MeasureSpan> sectionsAsMeasures(NormalisedText text, List<Layout.SectionSpan> sections) {
        List<Layout.MeasureSpan> out = new ArrayList<>();
        for (Layout.SectionSpan s : sections) {
            int headingEnd = s.start() + s.number().length() + s.heading().length();
            if (s.end() > headingEnd + 1) {
                out.add(Layout.MeasureSpan.builder().ordinal(s.ordinal()).number(s.number()).sectionOrdinal(s.ordinal())
                        .heading(s.heading()).start(s.start()).headingEnd(headingEnd).end(s.end()).build());
            }
        }
        return out;
    }
}
