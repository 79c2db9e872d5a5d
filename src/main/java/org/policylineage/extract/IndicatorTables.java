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
 * tabs, a row to a line (1 | 全员劳动生产率（万元/人） | 21 | 预期性) or a cell to a line, with or without bars. A row's
 * target is its indicator with the value of its last value column, due in the latest year its header (or else its
 * caption) names (2025年, “十四五”目标). A table whose rows are places shares targets out among them (目标分解表): each
 * row gives its place's share of every column the head names an indicator for.
 * The sentence grammar cannot read such rows: their words and numbers are not a sentence.
 */
final class IndicatorTables {
    /**
     * A table's place in the text and the targets its rows set; shared out when its rows are places, each with its
     * share of a target (目标分解表), so that no row is the same target as another or as a sentence's.
     */
    record Table(int start, int end, List<TargetRecord> targets, boolean sharedOut) {
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
    private static final Pattern DECREASE = Pattern.compile("下降|降低|减少|压减|降幅");
    /** The head of a column of places: the table shares a target out among them (目标分解表). */
    private static final Pattern PLACES_HEAD = Pattern.compile("地区|区域|地方|城市|[县市区镇乡省州盟旗]|街道");
    /** Column heads that name no indicator. */
    private static final Pattern NO_INDICATOR_HEAD = Pattern.compile("序号|编号|备注|说明|责任|牵头|单位$|部门|属性|类别|类型");
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
                int end = cellRunEnd(lines, i);
                if (end > i) {
                    List<Cell> cells = new ArrayList<>();
                    for (int k = i; k < end; k++) {
                        if (!lines.get(k).text().isBlank()) cells.addAll(cells(text, lines.get(k)));
                    }
                    List<List<Cell>> rows = new ArrayList<>();
                    List<Cell> header = new ArrayList<>();
                    splitByWidth(cells, rows, header);
                    if (rows.size() >= FEWEST_CELL_ROWS) addTable(out, text, lines, i, end, rows, header, scope);
                }
                i = Math.max(i + 1, end);
                continue;
            }
            int j = i;
            List<Cell> cells = new ArrayList<>();
            int rowLines = 0, tableLines = 0;
            while (j < lines.size() && (isTableLine(lines.get(j)) || lines.get(j).text().isBlank())) {
                NormalisedText.Line line = lines.get(j++);
                if (line.text().isBlank()) continue;
                List<Cell> lineCells = cells(text, line);
                // 全市 | 3.4 |: a table of two columns, a name and its value, is rows too.
                if (lineCells.size() >= 3 || lineCells.size() == 2 && isValue(lineCells.get(1).text())) rowLines++;
                tableLines++;
                cells.addAll(lineCells);
            }
            List<List<Cell>> rows = new ArrayList<>();
            List<Cell> header = new ArrayList<>();
            if (rowLines * 2 >= tableLines) splitByLine(cells, rows, header);
            else splitBySerial(cells, rows, header);
            addTable(out, text, lines, i, j, rows, header, scope);
            i = j;
        }
        return out;
    }

    private void addTable(List<Table> out, String text, List<NormalisedText.Line> lines, int first, int end,
                          List<List<Cell>> rows, List<Cell> header, Optional<Region> scope) {
        if (rows.size() < FEWEST_ROWS) return;
        Integer due = dueYear(header);
        if (due == null) due = captionYear(lines, first);
        List<Cell> columns = columnHeads(header, rows);
        List<TargetRecord> targets = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<TargetRecord> shares = columns == null ? List.of() : shares(row, columns, due, scope);
            if (!shares.isEmpty()) targets.addAll(shares);
            else target(row, due, scope).ifPresent(targets::add);
        }
        if (!targets.isEmpty()) out.add(new Table(lines.get(first).start(), lines.get(end - 1).end(), targets, columns != null));
    }

    /** Fewer rows than this in a table flattened a cell to a line is a list of short lines, not a table. */
    private static final int FEWEST_CELL_ROWS = 3;

    /**
     * The end of a run of short lines that are not sentences, starting at {@code from}, where a table flattened one
     * cell to a line with no bars may be (县(市) / 单位GDP能耗降低率目标任务(%) / 延吉市 / 3.4 / 珲春市 / 3.4 …);
     * {@code from} when no such run starts there.
     */
    private static int cellRunEnd(List<NormalisedText.Line> lines, int from) {
        if (!isCellLine(lines.get(from))) return from;
        int j = from, cells = 0;
        while (j < lines.size() && (lines.get(j).text().isBlank() || isCellLine(lines.get(j)))) {
            if (!lines.get(j++).text().isBlank()) cells++;
        }
        while (j > from && lines.get(j - 1).text().isBlank()) j--;
        return cells >= 2 * FEWEST_CELL_ROWS + 1 ? j : from;
    }

    /**
     * Cells a line each: the cells before the first value but one are the header; a row is a name and the cells up
     * to the next name, and every row is as wide as the first.
     */
    private static void splitByWidth(List<Cell> cells, List<List<Cell>> rows, List<Cell> header) {
        int firstValue = -1;
        for (int k = 1; k < cells.size() && firstValue < 0; k++) if (isValue(cells.get(k).text())) firstValue = k;
        if (firstValue < 1 || !isName(cells.get(firstValue - 1))) return;
        int start = firstValue - 1, width = -1;
        for (int k = firstValue + 1; k < cells.size() && width < 0; k++) if (isName(cells.get(k))) width = k - start;
        if (width < 2) return;
        header.addAll(cells.subList(0, start));
        for (int k = start; k + width <= cells.size(); k += width) {
            List<Cell> row = cells.subList(k, k + width);
            if (!isName(row.get(0)) || row.stream().skip(1).anyMatch(IndicatorTables::isName)
                    || row.stream().skip(1).noneMatch(c -> isValue(c.text()))) break;
            rows.add(new ArrayList<>(row));
        }
    }

    private static boolean isName(Cell c) {
        return !isValue(c.text()) && c.text().codePoints().filter(Character::isIdeographic).count() >= 2;
    }

    private static final Pattern SENTENCE_MARK = Pattern.compile("[。；;，,：:！？]");
    private static final Pattern CAPTION_END = Pattern.compile("[。；;，,！？]");
    private static final int LONGEST_CELL_LINE = 30;

    private static boolean isCellLine(NormalisedText.Line line) {
        String s = line.text().strip();
        return !s.isEmpty() && s.length() <= LONGEST_CELL_LINE && !SENTENCE_MARK.matcher(s).find() && !isTableLine(line);
    }

    /** Up to this many lines above a table are its caption (附件 / 达州市“十二五”各县碳强度下降目标分解表). */
    private static final int CAPTION_LINES = 3;

    /** The year a table's caption is due by, when its header names none. */
    private static Integer captionYear(List<NormalisedText.Line> lines, int first) {
        for (int k = first - 1, seen = 0; k >= 0 && seen < CAPTION_LINES; k--) {
            String caption = lines.get(k).text().strip();
            if (caption.isEmpty()) continue;
            seen++;
            if (CAPTION_END.matcher(caption).find()) break;
            Integer year = TargetExtractor.periodEnd(caption);
            if (year != null) return year;
        }
        return null;
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

    /**
     * The heads of a table whose rows are places and whose value columns name what each place is to reach
     * (县(市、区) | 碳强度下降目标 | 节能目标), one head per column of its rows; null for another table.
     */
    private static List<Cell> columnHeads(List<Cell> header, List<List<Cell>> rows) {
        int width = rows.get(0).size();
        if (rows.stream().anyMatch(r -> r.size() != width) || header.size() < width) return null;
        List<Cell> heads = header.subList(header.size() - width, header.size());
        int name = nameColumn(rows.get(0));
        if (name < 0) return null;
        String nameHead = heads.get(name).text().replaceAll("\\s", "");
        if (nameHead.length() > 8 || !PLACES_HEAD.matcher(nameHead).find()) return null;
        for (int k = name + 1; k < width; k++) if (indicatorHead(heads.get(k))) return heads;
        return null;
    }

    /** The first cell of a row that is a name rather than a serial number. */
    private static int nameColumn(List<Cell> row) {
        for (int k = 0; k < row.size(); k++) {
            if (row.get(k).text().codePoints().anyMatch(Character::isIdeographic)) return k;
            if (!SERIAL.matcher(row.get(k).text()).matches()) return -1;
        }
        return -1;
    }

    private static boolean indicatorHead(Cell head) {
        String h = head.text().replaceAll("\\s", "");
        return h.codePoints().filter(Character::isIdeographic).count() >= 2 && !NO_INDICATOR_HEAD.matcher(h).find()
                && TargetExtractor.periodEnd(h) == null;
    }

    /** A place's share of each target its row gives: the place and the column's head are the indicator. */
    private List<TargetRecord> shares(List<Cell> row, List<Cell> heads, Integer due, Optional<Region> scope) {
        int name = nameColumn(row);
        if (name < 0) return List.of();
        Cell place = row.get(name);
        List<TargetRecord> out = new ArrayList<>();
        for (int k = name + 1; k < row.size(); k++) {
            Cell cell = row.get(k), head = heads.get(k);
            if (!indicatorHead(head) || !isValue(cell.text())) continue;
            Matcher v = VALUE.matcher(cell.text().replaceAll("\\s", ""));
            if (!v.matches()) continue;
            Named named = withoutBracketedUnit(head.text().strip(), v.group(4));
            String written = named.name(), unit = named.unit();
            if (unit == null) continue;
            String indicator = place.text().replaceAll("\\s", "") + written;
            String direction = direction(written);
            out.add(TargetRecord.builder().indicatorAsWritten(indicator).indicator(grammar.normaliseIndicator(indicator))
                    .value(new BigDecimal(v.group(2))).upperValue(v.group(3) == null ? null : new BigDecimal(v.group(3)))
                    .unit(unit).comparator(comparator(v.group(1), v.group(5))).aspirational(false).deadlineYear(due)
                    .direction(direction).scope(scope).start(place.start()).end(cell.end()).build());
        }
        return out;
    }

    /** A name and the unit it is counted in. */
    private record Named(String name, String unit) {}

    /** 全员劳动生产率（万元/人）: the unit in brackets at a name's end is taken off it, and is the unit if none is known. */
    private Named withoutBracketedUnit(String written, String unit) {
        Matcher bracketed = UNIT_IN_BRACKETS.matcher(written);
        if (bracketed.find()) {
            String inside = wholeUnit(bracketed.group(1).replaceAll("\\s", ""));
            if (inside != null) return new Named(written.substring(0, bracketed.start()).strip(), unit == null ? inside : unit);
        }
        return new Named(written, unit);
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
        Named named = withoutBracketedUnit(FOOTNOTE.matcher(indicatorCell.text().strip()).replaceFirst(""), unit);
        String written = named.name();
        unit = named.unit();
        Cell valueCell = row.get(lastValue);
        Matcher v = VALUE.matcher(valueCell.text().replaceAll("\\s", ""));
        if (!v.matches()) return Optional.empty();
        if (v.group(4) != null) unit = v.group(4);
        if (unit == null && grammar.unitless(written)) unit = "";
        if (unit == null) return Optional.empty();
        String indicator = grammar.normaliseIndicator(written);
        if (indicator.length() < 2) return Optional.empty();
        BigDecimal upper = v.group(3) == null ? null : new BigDecimal(v.group(3));
        String direction = direction(written);
        return Optional.of(TargetRecord.builder().indicatorAsWritten(written).indicator(indicator)
                .value(new BigDecimal(v.group(2))).upperValue(upper).unit(unit).comparator(comparator(v.group(1), v.group(5)))
                .aspirational(false).deadlineYear(due).direction(direction).scope(scope)
                .start(indicatorCell.start()).end(valueCell.end()).build());
    }

    /** Whether a head or an indicator asks for a rise or a fall; 增加值 (value added) is a noun, not a rise. */
    private static String direction(String written) {
        String words = written.replace("增加值", "");
        return DECREASE.matcher(words).find() ? "decrease" : INCREASE.matcher(words).find() ? "increase" : null;
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
