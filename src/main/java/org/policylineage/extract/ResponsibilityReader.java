package org.policylineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.AgencyResolver;
import org.policylineage.reference.Region;

/** Reads the responsibility note that closes a measure: （市发改委、市科技局…等部门按职责分工负责）. */
final class ResponsibilityReader {
    private static final Pattern DUTY = Pattern.compile(
            "(等部门|等单位|等)?(按职责分工负责|按职能分工负责|按职责分工落实|按职责落实|分工负责|牵头负责|负责|牵头)");
    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;]");

    /** The note's agencies and where the measure's body ends. */
    record Note(List<AgencyMention> agencies, int bodyEnd) {}

    private final AgencyResolver agencies;

    ResponsibilityReader(AgencyResolver agencies) {
        this.agencies = agencies;
    }

    Note read(String text, int start, int end, Region jurisdiction) {
        int duty = text.lastIndexOf("负责", end - 1);
        if (duty < start) duty = text.lastIndexOf("牵头", end - 1);
        if (duty < start) return new Note(List.of(), end);
        int open = openingParenthesis(text, duty, start);
        if (open < 0) return new Note(List.of(), end);
        int close = text.indexOf('）', duty);
        if (close < 0 || close >= end + 1) close = end;
        String note = text.substring(open + 1, close);
        Matcher m = DUTY.matcher(note);
        if (!m.find()) return new Note(List.of(), end);
        String names = note.substring(0, m.start());
        AgencyList list = new AgencyList(names, open + 1, m.group(2).startsWith("牵头"), names.indexOf("牵头"), jurisdiction);
        List<AgencyMention> out = new ArrayList<>();
        Matcher sep = SEPARATOR.matcher(names);
        int itemStart = 0;
        while (true) {
            boolean more = sep.find();
            int itemEnd = more ? sep.start() : names.length();
            addItem(out, list, itemStart, itemEnd);
            if (!more) break;
            itemStart = sep.end();
        }
        return new Note(out, trimEnd(text, start, open));
    }

    /**
     * The agencies a note names, as its items share them: the names ({@code text}, starting at {@code base} in the
     * document's text), whether the note makes them all leads (牵头负责), where 牵头 parts the leads from the rest
     * (-1: it does not), and the jurisdiction their names are resolved in.
     */
    private record AgencyList(String text, int base, boolean leadNote, int leadSplit, Region jurisdiction) {}

    /** The agency or agencies the item [from, to) of {@code list} names, added to {@code out}. */
    private void addItem(List<AgencyMention> out, AgencyList list, int from, int to) {
        int base = list.base(), leadSplit = list.leadSplit();
        Region jurisdiction = list.jurisdiction();
        boolean leadNote = list.leadNote();
        String raw = list.text().substring(from, to);
        String item = raw.replace("牵头", "").replace("配合", "");
        String cleaned = item.replaceAll("(等部门|等单位|等)$", "").strip();
        if (cleaned.isEmpty()) return;
        boolean lead = leadNote || (leadSplit >= 0 && from < leadSplit);
        int offset = base + from + Math.max(0, raw.indexOf(cleaned));
        if (agencies.isAgencyName(cleaned)) {
            out.add(new AgencyMention(cleaned, agencies.resolve(cleaned, jurisdiction), lead, offset, offset + cleaned.length()));
            return;
        }
        Optional<List<String>> parts = agencies.splitNames(cleaned);
        if (parts.isPresent()) {
            int at = offset;
            for (String p : parts.get()) {
                out.add(new AgencyMention(p, agencies.resolve(p, jurisdiction), lead, at, at + p.length()));
                at += p.length();
            }
        }
    }

    /** The （ that opens the parenthesis holding {@code index}, not past {@code floor}. */
    private static int openingParenthesis(String text, int index, int floor) {
        int depth = 0;
        for (int i = index; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '）') depth++;
            else if (c == '（') {
                if (depth == 0) return i;
                depth--;
            }
        }
        return -1;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)))) e--;
        return e;
    }
}
