package org.policylineage.extract;

import org.policylineage.reference.Lexicon;
import org.policylineage.reference.Region;
import org.policylineage.text.NormalisedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets in a table of indicators (主要指标, 专栏), as a page copy or a Word file gives it: cells between bars or
 * tabs, a row to a line (1 | 全员劳动生产率（万元/人） | 21 | 预期性) or a cell to a line. A row's target is its
 * indicator with the value of its last value column, due in the latest year its header names (2025年, “十四五”目标).
 * The sentence grammar cannot read such rows: their words and numbers are not a sentence.
 */
final class IndicatorTables {
    /** A table's place in the text and the targets its rows set. */
    record Table(int start, int end, List<TargetRecord> targets) {
        boolean holds(TargetRecord t) {
            return t.start() < end && t.end() > start;
        }
    }

    private record Cell(String text, int start, int end, boolean opensLine) {}

    private static final String SEPARATORS = "|｜\t";
    private static final Pattern VALUE = Pattern.compile(
            "[\\[［【（(]?([^0-9\\[\\]［］]{0,6}?)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:[-—–~～至]\\s*([0-9]+(?:\\.[0-9]+)?))?\\s*(%|‰)?\\s*(左右|以上|以下|以内|上下)?[\\]］】）)]?");
    private static final Pattern SERIAL = Pattern.compile("[0-9]{1,3}");
    private static final Pattern NATURE = Pattern.compile("(预期性|约束性|指导性|预期|约束)");
    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[（(]([^（）()]{1,10})[）)]$");
    private static final Pattern FOOTNOTE = Pattern.compile("(\\[[0-9]{1,2}]|[*＊])+$");
    private static final Pattern INCREASE = Pattern.compile("增长|提高|提升|增加");
    private static final Pattern DECREASE = Pattern.compile("下降|降低|减少|压减");
    /** Fewer rows than this is a layout of the page, not a table of indicators. */
    private static final int FEWEST_ROWS = 2;

    private final TargetExtractor grammar;
    private final Lexicon lexicon;

    IndicatorTables(TargetExtractor grammar, Lexicon lexicon) {
        this.grammar = grammar;
        this.lexicon = lexicon;
    }

    /** The tables of the text, each with the targets of its rows; a table that sets none is left out. */
    List<Table> read(String text, List<NormalisedText.Line> lines, Optional<Region> scope) {
        List<Table> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isTableLine(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            List<Cell> cells = new ArrayList<>();
            int rowLines = 0, tableLines = 0;
            while (j < lines.size() && (isTableLine(lines.get(j)) || lines.get(j).text().isBlank())) {
                NormalisedText.Line line = lines.get(j++);
                if (line.text().isBlank()) continue;
                List<Cell> lineCells = cells(text, line);
                if (lineCells.size() >= 3) rowLines++;
                tableLines++;
                cells.addAll(lineCells);
            }
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> header = new ArrayList<>();
            if (rowLines * 2 >= tableLines) splitByLine(cells, rows, header);
            else splitBySerial(cells, rows, header);
            if (rows.size() >= FEWEST_ROWS) {
                Integer due = dueYear(header);
                List<TargetRecord> targets = new ArrayList<>();
                for (List<Cell> row : rows) target(row, due, scope).ifPresent(targets::add);
                if (!targets.isEmpty()) out.add(new Table(lines.get(i).start(), lines.get(j - 1).end(), targets));
            }
            i = j;
        }
        return out;
    }

    private static boolean isTableLine(NormalisedText.Line line) {
        String s = line.text();
        for (int k = 0; k < s.length(); k++) if (SEPARATORS.indexOf(s.charAt(k)) >= 0) return true;
        return false;
    }

    private static List<Cell> cells(String text, NormalisedText.Line line) {
        List<Cell> out = new ArrayList<>();
        boolean first = true;
        for (int[] piece : TargetExtractor.split(text, line.start(), line.end(), SEPARATORS)) {
            int s = piece[0], e = piece[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (s == e) continue;
            out.add(new Cell(text.substring(s, e), s, e, first));
            first = false;
        }
        return out;
    }

    /** A row to a line: the lines before the first row that holds a value are the header; so is a header repeated. */
    private void splitByLine(List<Cell> cells, List<List<Cell>> rows, List<Cell> header) {
        List<Cell> row = new ArrayList<>();
        int next = -1;
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            // 5|…|50|预期性|6|制造业质量竞争力指数|86: two rows the page ran onto one line part at the next serial.
            boolean serial = next > 0 && serialAt(cells, k, next);
            if ((c.opensLine() || serial) && !row.isEmpty()) {
                addRow(row, rows, header);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) next = SERIAL.matcher(c.text()).matches() ? Integer.parseInt(c.text()) + 1 : -1;
            row.add(c);
        }
        if (!row.isEmpty()) addRow(row, rows, header);
    }

    /** Whether the cell at k is the serial number expected, followed by a name rather than another figure. */
    private static boolean serialAt(List<Cell> cells, int k, int expected) {
        Cell c = cells.get(k);
        return k + 1 < cells.size() && SERIAL.matcher(c.text()).matches() && Integer.parseInt(c.text()) == expected
                && cells.get(k + 1).text().codePoints().filter(Character::isIdeographic).count() >= 2;
    }

    private void addRow(List<Cell> row, List<List<Cell>> rows, List<Cell> header) {
        if (row.stream().skip(1).anyMatch(c -> isValue(c.text()))) rows.add(row);
        else header.addAll(row);
    }

    /**
     * A cell to a line, or several cells run onto one: a row opens at the next serial number (1, 2, 3 …) followed by
     * a name, not by another figure; what comes before the first row is the header.
     */
    private static void splitBySerial(List<Cell> cells, List<List<Cell>> rows, List<Cell> header) {
        int next = 1;
        List<Cell> row = null;
        for (int k = 0; k < cells.size(); k++) {
            Cell c = cells.get(k);
            if (serialAt(cells, k, next)) {
                row = new ArrayList<>();
                rows.add(row);
                next++;
            }
            if (row == null) header.add(c);
            else row.add(c);
        }
    }

    private static Integer dueYear(List<Cell> header) {
        Integer due = null;
        for (Cell c : header) {
            Integer year = TargetExtractor.periodEnd(c.text());
            if (year != null && (due == null || year > due)) due = year;
        }
        return due;
    }

    private Optional<TargetRecord> target(List<Cell> row, Integer due, Optional<Region> scope) {
        int firstValue = -1, lastValue = -1;
        for (int k = 1; k < row.size(); k++) {
            if (isValue(row.get(k).text())) {
                if (firstValue < 0) firstValue = k;
                lastValue = k;
            }
        }
        if (firstValue < 0) return Optional.empty();
        Cell indicatorCell = null;
        String unit = null;
        for (int k = 0; k < firstValue; k++) {
            Cell c = row.get(k);
            String compact = c.text().replaceAll("\\s", "");
            if (NATURE.matcher(compact).matches()) continue;
            String whole = wholeUnit(compact);
            if (whole != null) {
                unit = whole;
                continue;
            }
            if (compact.codePoints().filter(Character::isIdeographic).count() >= 2) indicatorCell = c;
        }
        if (indicatorCell == null) return Optional.empty();
        String written = FOOTNOTE.matcher(indicatorCell.text().strip()).replaceFirst("");
        Matcher bracketed = UNIT_IN_BRACKETS.matcher(written);
        if (bracketed.find()) {
            String inside = wholeUnit(bracketed.group(1).replaceAll("\\s", ""));
            if (inside != null) {
                if (unit == null) unit = inside;
                written = written.substring(0, bracketed.start()).strip();
            }
        }
        Cell valueCell = row.get(lastValue);
        Matcher v = VALUE.matcher(valueCell.text().replaceAll("\\s", ""));
        if (!v.matches()) return Optional.empty();
        if (v.group(4) != null) unit = v.group(4);
        if (unit == null && grammar.unitless(written)) unit = "";
        if (unit == null) return Optional.empty();
        String indicator = grammar.normaliseIndicator(written);
        if (indicator.length() < 2) return Optional.empty();
        BigDecimal upper = v.group(3) == null ? null : new BigDecimal(v.group(3));
        String direction = INCREASE.matcher(written).find() ? "increase" : DECREASE.matcher(written).find() ? "decrease" : null;
        return Optional.of(TargetRecord.builder().indicatorAsWritten(written).indicator(indicator)
                .value(new BigDecimal(v.group(2))).upperValue(upper).unit(unit).comparator(comparator(v.group(1), v.group(5)))
                .aspirational(false).deadlineYear(due).direction(direction).scope(scope)
                .start(indicatorCell.start()).end(valueCell.end()).build());
    }

    /** A figure, alone or after a sign or a few words of comparison (≥1.2, 5左右, [累计达到1000]). */
    private static boolean isValue(String cell) {
        Matcher v = VALUE.matcher(cell.replaceAll("\\s", ""));
        if (!v.matches()) return false;
        String prefix = v.group(1);
        return prefix.codePoints().noneMatch(Character::isIdeographic) || COMPARISON_WORDS.matcher(prefix).matches();
    }

    private static final Pattern COMPARISON_WORDS = Pattern.compile("(累计)?(达到|达|超过|不低于|不少于|不超过|控制在|约)?");

    /** The cell as a unit (万元/人, 万亿元, %, 件), or null when it is something else. */
    private String wholeUnit(String cell) {
        if (cell.equals("%") || cell.equals("‰")) return cell;
        String unit = grammar.unitAt(cell, 0, cell.length());
        return unit != null && unit.length() == cell.length() ? unit : null;
    }

    private String comparator(String before, String after) {
        if (after != null) {
            for (Lexicon.ComparatorWord w : lexicon.comparators()) if (!w.before() && w.word().equals(after)) return w.comparator();
        }
        Lexicon.ComparatorWord best = null;
        for (Lexicon.ComparatorWord w : lexicon.comparators()) {
            if (w.before() && before.endsWith(w.word()) && (best == null || w.word().length() > best.word().length())) best = w;
        }
        return best == null ? "=" : best.comparator();
    }
}
