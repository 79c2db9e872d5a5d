package org.policylineage.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * The reading order of a page's characters when part of it is set in two columns, as government gazettes
 * (政府公报) print documents. PDFBox sorted by position reads a page line by line across its whole width, so a
 * line of the left column is followed by the line of the right column beside it; its article threads (beads)
 * would order the columns, but few PDFs carry them. Here the columns are found from where the characters are:
 * rows of text (characters at one height) that leave a common vertical gutter near the middle of the page, one
 * after another, with the left column's lines filled up to the gutter as set text is. Such a block of rows is
 * read left column first, then right; the rows above and below it (a title across the page) keep their place.
 */
final class PageColumns {
    /** Where a gutter may be: the middle of the text's width, not a wide left or right margin. */
    private static final double ZONE_FROM = 0.25, ZONE_TO = 0.75;
    /** Narrowest gutter, in character widths: wider than the space between words or a pair of quotes. */
    private static final double MIN_GUTTER = 1.5;
    /** Fewest rows split by the gutter that make a block of columns rather than, say, two short table rows. */
    private static final int MIN_SPLIT_ROWS = 4;
    /** How close to the gutter a left-column line must end to count as filled, in character widths. */
    private static final double FILLED = 3;
    /**
     * One split row in this many, at least, has a filled left line: a paragraph's last line is short, and so is
     * every other line where hard line breaks wrap in a narrow column, but a table's cells seldom reach the gutter.
     */
    private static final int FILLED_SHARE = 4;

    private PageColumns() {}

    /** The page's characters as regions in reading order; one region, as given, when the page has no columns. */
    static List<List<TextPosition>> readingOrder(List<TextPosition> chars) {
        // TextPosition computes its coordinates on every call: each is read once, and the rest is plain loops (this
        // runs on every page of every PDF).
        Glyph[] glyphs = new Glyph[chars.size()];
        double[] widths = new double[chars.size()];
        int inked = 0;
        double left = Double.POSITIVE_INFINITY, right = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < glyphs.length; k++) {
            TextPosition t = chars.get(k);
            double x = t.getXDirAdj(), w = t.getWidthDirAdj();
            boolean ink = w > 0 && !t.getUnicode().isBlank();
            glyphs[k] = new Glyph(t, new Box(x, t.getYDirAdj(), w, t.getHeightDir()), ink);
            if (ink) {
                widths[inked++] = w;
                left = Math.min(left, x);
                right = Math.max(right, x + w);
            }
        }
        if (inked < MIN_SPLIT_ROWS * 4) return List.of(chars);
        double charWidth = median(Arrays.copyOf(widths, inked));
        double zoneFrom = left + ZONE_FROM * (right - left), zoneTo = left + ZONE_TO * (right - left);
        double minGutter = MIN_GUTTER * charWidth;

        List<Row> rows = rows(glyphs, charWidth);
        List<List<TextPosition>> regions = new ArrayList<>();
        List<TextPosition> across = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            double[] gutter = rows.get(i).split(zoneFrom, zoneTo, minGutter);
            if (gutter == null) {
                rows.get(i++).addTo(across);
                continue;
            }
            int end = i + 1, split = 1, filled = rows.get(i).endsBefore(gutter[0], FILLED * charWidth) ? 1 : 0;
            while (end < rows.size()) {
                double[] narrower = rows.get(end).keeps(gutter, zoneFrom, zoneTo, minGutter);
                if (narrower == null) break;
                gutter = narrower;
                if (rows.get(end).split(zoneFrom, zoneTo, minGutter) != null) {
                    split++;
                    if (rows.get(end).endsBefore(gutter[0], FILLED * charWidth)) filled++;
                }
                end++;
            }
            if (split < MIN_SPLIT_ROWS || filled * FILLED_SHARE < split) {
                rows.get(i++).addTo(across);
                continue;
            }
            if (!across.isEmpty()) regions.add(across);
            across = new ArrayList<>();
            double middle = (gutter[0] + gutter[1]) / 2;
            List<TextPosition> leftColumn = new ArrayList<>(), rightColumn = new ArrayList<>();
            for (int r = i; r < end; r++) {
                for (Glyph g : rows.get(r).glyphs) (g.x() + g.w() / 2 < middle ? leftColumn : rightColumn).add(g.t());
            }
            regions.add(leftColumn);
            regions.add(rightColumn);
            i = end;
        }
        if (regions.isEmpty()) return List.of(chars);
        if (!across.isEmpty()) regions.add(across);
        return regions;
    }

    /** A character and where it is, in the page's reading direction. */
    /** Where a glyph sits on the page, in PDF units from the top left. */
    private record Box(double x, double y, double w, double h) {}

    private record Glyph(TextPosition t, Box box, boolean ink) {
        double x() { return box.x(); }
        double y() { return box.y(); }
        double w() { return box.w(); }
        double h() { return box.h(); }
    }

    /** Characters at one height, across the page, ordered left to right. */
    private record Row(List<Glyph> glyphs, double[][] ink) {

        void addTo(List<TextPosition> region) {
            for (Glyph g : glyphs) region.add(g.t());
        }

        /** The widest gutter in the zone with text on both sides of it; null when there is none. */
        double[] split(double zoneFrom, double zoneTo, double minGutter) {
            double[] best = null;
            for (int k = 1; k < ink.length; k++) {
                double from = Math.max(ink[k - 1][1], zoneFrom), to = Math.min(ink[k][0], zoneTo);
                if (to - from >= minGutter && (best == null || to - from > best[1] - best[0])) best = new double[] {from, to};
            }
            return best;
        }

        /** The part of {@code gutter} this row leaves free, if still wide enough; null when the row crosses it. */
        double[] keeps(double[] gutter, double zoneFrom, double zoneTo, double minGutter) {
            double from = gutter[0], to = gutter[1];
            for (double[] span : ink) {
                if (span[1] <= from || span[0] >= to) continue;
                // Text inside the gutter: what is left of it is the wider side, if any.
                if (span[0] - from >= to - span[1]) to = span[0];
                else from = span[1];
            }
            return to - from >= minGutter ? new double[] {from, to} : null;
        }

        /** Whether the row's text left of the gutter runs up to within {@code slack} of it: a filled column line. */
        boolean endsBefore(double gutterFrom, double slack) {
            double end = Double.NEGATIVE_INFINITY;
            for (double[] span : ink) if (span[1] <= gutterFrom) end = Math.max(end, span[1]);
            return gutterFrom - end <= slack;
        }
    }

    /** The characters grouped by height (a row may hold a line of each column), top to bottom. */
    private static List<Row> rows(Glyph[] glyphs, double charWidth) {
        Glyph[] sorted = glyphs.clone();
        Arrays.sort(sorted, BY_POSITION);
        List<Row> rows = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = Double.NaN;
        for (Glyph g : sorted) {
            double tolerance = Math.max(g.h(), charWidth) / 2;
            if (!current.isEmpty() && Math.abs(g.y() - baseline) > tolerance) {
                rows.add(row(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) baseline = g.y();
            current.add(g);
        }
        if (!current.isEmpty()) rows.add(row(current));
        return rows;
    }

    private static final Comparator<Glyph> BY_POSITION = (a, b) -> {
        int byY = Double.compare(a.y(), b.y());
        return byY != 0 ? byY : Double.compare(a.x(), b.x());
    };

    /** A row with its inked spans merged, left to right. */
    private static Row row(List<Glyph> glyphs) {
        // Nearly in order of x already (sorted by height first, and one row's heights differ by less than the
        // tolerance), so the sort costs little.
        List<Glyph> ink = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) if (g.ink()) ink.add(g);
        ink.sort(Comparator.comparingDouble(Glyph::x));
        List<double[]> spans = new ArrayList<>();
        for (Glyph g : ink) {
            double[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && g.x() <= last[1]) last[1] = Math.max(last[1], g.x() + g.w());
            else spans.add(new double[] {g.x(), g.x() + g.w()});
        }
        return new Row(glyphs, spans.toArray(double[][]::new));
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        return values.length == 0 ? 0 : values[values.length / 2];
    }
}
