package org.policylineage.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.AgencyResolver;
import org.policylineage.reference.Lexicon;
import org.policylineage.reference.Region;
import org.policylineage.vocab.CitationRelation;

/**
 * Finds citations of other documents — 《title》 with or without （文号）, or a 文号 alone — and reads
 * their relation from the cue words around them: implements (贯彻, 落实, 根据…要求), forwards (转发)
 * or mentions.
 */
final class CitationExtractor {
    private static final String SENTENCE_END = "。！？；\n";
    private static final String CLAUSE_END = SENTENCE_END + "，：";
    private static final String GROUP_JOINERS = "、和及与以及，";

    private final AgencyResolver agencies;
    private final Lexicon lexicon;

    CitationExtractor(AgencyResolver agencies, Lexicon lexicon) {
        this.agencies = agencies;
        this.lexicon = lexicon;
    }

    private record Found(int start, int end, Optional<String> title, int titleStart, int titleEnd,
                         Optional<String> number, Optional<DocNumber> parsed) {
        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private int start;
            private int end;
            private Optional<String> title;
            private int titleStart;
            private int titleEnd;
            private Optional<String> number;
            private Optional<DocNumber> parsed;

            private Builder() {}

            Builder start(int start) {
                this.start = start;
                return this;
            }

            Builder end(int end) {
                this.end = end;
                return this;
            }

            Builder title(Optional<String> title) {
                this.title = title;
                return this;
            }

            Builder titleStart(int titleStart) {
                this.titleStart = titleStart;
                return this;
            }

            Builder titleEnd(int titleEnd) {
                this.titleEnd = titleEnd;
                return this;
            }

            Builder number(Optional<String> number) {
                this.number = number;
                return this;
            }

            Builder parsed(Optional<DocNumber> parsed) {
                this.parsed = parsed;
                return this;
            }

            Found build() {
                return new Found(start, end, title, titleStart, titleEnd, number, parsed);
            }
        }
    }

    /** Citations in the span [start, end) of normalised text. */
    List<CitationRecord> extract(String text, int start, int end, Optional<String> measureKey, Region jurisdiction) {
        List<Found> found = find(text, start, end);
        List<CitationRecord> out = new ArrayList<>();
        int i = 0;
        while (i < found.size()) {
            int j = i;
            while (j + 1 < found.size() && joined(text, found.get(j).end(), found.get(j + 1).start())) j++;
            List<Found> group = found.subList(i, j + 1);
            int sentenceStart = sentenceStart(text, group.get(0).start(), start);
            int windowStart = Math.max(sentenceStart, i > 0 ? found.get(i - 1).end() : start);
            int sentenceEnd = sentenceEnd(text, group.get(group.size() - 1).end(), end);
            String before = text.substring(windowStart, group.get(0).start());
            String after = text.substring(group.get(group.size() - 1).end(), Math.min(sentenceEnd, group.get(group.size() - 1).end() + 12));
            String restOfSentence = text.substring(group.get(group.size() - 1).end(), sentenceEnd);
            String clauseBefore = outsideTitles(text.substring(clauseStart(text, group.get(0).start(), windowStart), group.get(0).start()));
            int nextStart = j + 1 < found.size() ? Math.min(found.get(j + 1).start(), sentenceEnd) : sentenceEnd;
            String clauseAfter = text.substring(group.get(group.size() - 1).end(), clauseEnd(text, group.get(group.size() - 1).end(), nextStart));
            CitationRelation relation = change(clauseBefore, clauseAfter)
                    .orElseGet(() -> relation(outsideTitles(before), outsideTitles(after), outsideTitles(restOfSentence)));
            List<AgencyMention> issuersBefore = issuersBefore(text, windowStart, group.get(0).start(), jurisdiction);
            for (int k = 0; k < group.size(); k++) {
                Found f = group.get(k);
                List<AgencyMention> issuers = new ArrayList<>(k == 0 ? issuersBefore : List.of());
                if (issuers.isEmpty()) issuers.addAll(issuersInTitle(f, jurisdiction));
                out.add(CitationRecord.builder().title(f.title()).numberAsWritten(f.number()).number(f.parsed()).relation(relation)
                        .issuers(issuers).measureKey(measureKey).start(f.start()).end(f.end()).build());
            }
            i = j + 1;
        }
        return out;
    }

    private List<Found> find(String text, int start, int end) {
        List<Found> out = new ArrayList<>();
        int i = start;
        MatchResult n = null;
        boolean noMoreNumbers = false;
        while (i < end) {
            int open = text.indexOf('《', i);
            // The next number is searched again only once the scan has passed the one found before.
            if (!noMoreNumbers && (n == null || n.start() < i)) {
                n = DocNumber.findIn(text, i, end).orElse(null);
                noMoreNumbers = n == null;
            }
            int numberAt = n == null ? -1 : n.start();
            if (open >= 0 && open < end && (numberAt < 0 || open < numberAt)) {
                int close = closing(text, open, end);
                if (close < 0) break;
                String title = text.substring(open + 1, close);
                int after = close + 1;
                Optional<String> number = Optional.empty();
                Optional<DocNumber> parsed = Optional.empty();
                if (after < end && text.charAt(after) == '（') {
                    int numClose = text.indexOf('）', after);
                    if (numClose > 0 && numClose < end) {
                        String candidate = text.substring(after + 1, numClose);
                        Optional<DocNumber> p = DocNumber.parse(candidate);
                        if (p.isPresent()) {
                            number = Optional.of(candidate);
                            parsed = p;
                            after = numClose + 1;
                        }
                    }
                }
                out.add(Found.builder().start(open).end(after).title(Optional.of(title)).titleStart(open + 1).titleEnd(close)
                        .number(number).parsed(parsed).build());
                i = after;
            } else if (numberAt >= 0) {
                int lead = issuerStart(n.group());
                String candidate = n.group().substring(lead);
                Optional<DocNumber> p = DocNumber.parse(candidate);
                if (p.isPresent()) {
                    out.add(Found.builder().start(n.start() + lead).end(n.end()).title(Optional.empty()).titleStart(-1)
                            .titleEnd(-1).number(Optional.of(candidate)).parsed(p).build());
                }
                i = n.end();
            } else {
                break;
            }
        }
        return out;
    }

    /** Words of the sentence that a 文号's issuer code cannot hold: 省政府以云政发〔2021〕4号 is 云政发〔2021〕4号. */
    private static final Pattern BEFORE_ISSUER = Pattern.compile(".*(?:印发|转发|根据|按照|依据|落实|贯彻|[以的和与及、将据对由经在为是即])");

    private static int issuerStart(String number) {
        int bracket = 0;
        while (bracket < number.length() && Character.isIdeographic(number.charAt(bracket))) bracket++;
        Matcher m = BEFORE_ISSUER.matcher(number.substring(0, bracket));
        return m.lookingAt() && m.end() < bracket ? m.end() : 0;
    }

    private static int closing(String text, int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char c = text.charAt(i);
            if (c == '《') depth++;
            else if (c == '》' && --depth == 0) return i;
        }
        return -1;
    }

    private static final int DAMAGED_NUMBER_GAP = 30;
    private static final Pattern DAMAGED_NUMBER_BETWEEN = Pattern.compile("\\s*[（(][^（）()《》。，；]{1,24}号\\s*[）)]\\s*[、，,和及与]?\\s*");

    private static boolean joined(String text, int end, int nextStart) {
        // 》(国办函〔2016108号)、《: a 文号 damaged past reading still only separates two titles of one list.
        if (nextStart - end <= DAMAGED_NUMBER_GAP && DAMAGED_NUMBER_BETWEEN.matcher(text.substring(end, nextStart)).matches()) return true;
        if (nextStart - end > 4) return false;
        String between = text.substring(end, nextStart);
        for (char c : between.toCharArray()) if (GROUP_JOINERS.indexOf(c) < 0) return false;
        return true;
    }

    /**
     * A change the citing document makes to the cited one, read from the clause the citation stands in: a repeal
     * cue after it in the clause (原《…》（…〔2018〕12号）同时废止) or ending the clause before it (废止《…》); an
     * amendment cue ending the clause before it (修改《…》), or after it when the clause opens with 对 (对《…》作如下修改).
     * The clause, not the sentence: 《…》 in 根据《…》要求，…不再执行 is implemented, and what stops is another thing.
     */
    private Optional<CitationRelation> change(String clauseBefore, String clauseAfter) {
        String lead = clauseBefore.strip();
        for (String cue : lexicon.repealCues()) {
            if (clauseAfter.contains(cue) || lead.endsWith(cue)) return Optional.of(CitationRelation.REPEALS);
        }
        for (String cue : lexicon.amendCues()) {
            if (lead.endsWith(cue) || (lead.endsWith("对") && clauseAfter.contains(cue))) return Optional.of(CitationRelation.AMENDS);
        }
        return Optional.empty();
    }

    private CitationRelation relation(String before, String after, String restOfSentence) {
        for (String cue : lexicon.forwardCues()) {
            if (before.contains(cue) || restOfSentence.contains(cue)) return CitationRelation.FORWARDS;
        }
        for (String cue : lexicon.implementCues()) {
            if (before.contains(cue) || after.contains(cue)) return CitationRelation.IMPLEMENTS;
        }
        return CitationRelation.MENTIONS;
    }

    /** The text with what stands inside 《》 removed: cue words inside a cited title are not cues. */
    private static String outsideTitles(String s) {
        return s.replaceAll("《[^《》]*》", "").replaceAll("《[^》]*$", "").replaceAll("^[^《]*》", "");
    }

    /** Agencies named right before 《: 中共中央、国务院《…》, 省市场监管局、…南京海关《…》. */
    private List<AgencyMention> issuersBefore(String text, int from, int to, Region jurisdiction) {
        List<AgencyMention> out = new ArrayList<>();
        int end = to;
        while (end > from) {
            int sep = Math.max(text.lastIndexOf('、', end - 1), from - 1);
            String item = text.substring(sep + 1, end);
            String name = longestAgencySuffix(item);
            if (name == null) break;
            int at = end - name.length();
            out.add(0, new AgencyMention(name, agencies.resolve(name, jurisdiction), false, at, end));
            if (name.length() < item.length() || sep < from) break;
            end = sep;
        }
        return out;
    }

    private String longestAgencySuffix(String item) {
        for (int k = 0; k < item.length() - 1; k++) {
            String s = item.substring(k);
            if (s.length() <= 24 && agencies.isAgencyName(s) && !s.matches("(政府|办公厅|办公室)")) return s;
        }
        return null;
    }

    /** The issuer heading a title: 《国务院关于…》, 《省政府办公厅转发…》. */
    private List<AgencyMention> issuersInTitle(Found f, Region jurisdiction) {
        if (f.title().isEmpty()) return List.of();
        String title = f.title().get();
        int about = title.indexOf("关于");
        int forward = title.indexOf("转发");
        int cut = forward > 0 && (about < 0 || forward < about) ? forward : about;
        if (cut <= 0) return List.of();
        String head = title.substring(0, cut);
        List<AgencyMention> out = new ArrayList<>();
        agencies.splitNames(head).ifPresent(names -> {
            int at = f.titleStart();
            for (String n : names) {
                out.add(new AgencyMention(n, agencies.resolve(n, jurisdiction), false, at, at + n.length()));
                at += n.length();
            }
        });
        return out;
    }

    private static int clauseStart(String text, int at, int floor) { return after(text, at, floor, CLAUSE_END); }

    private static int clauseEnd(String text, int at, int ceiling) { return before(text, at, ceiling, CLAUSE_END); }

    private static int sentenceStart(String text, int at, int floor) { return after(text, at, floor, SENTENCE_END); }

    private static int sentenceEnd(String text, int at, int ceiling) { return before(text, at, ceiling, SENTENCE_END); }

    /** Where the run of text before {@code at} starts: after the last of {@code ends} at or above {@code floor}. */
    private static int after(String text, int at, int floor, String ends) {
        for (int i = at - 1; i >= floor; i--) if (ends.indexOf(text.charAt(i)) >= 0) return i + 1;
        return floor;
    }

    /** Where the run of text from {@code at} ends: at the first of {@code ends} below {@code ceiling}. */
    private static int before(String text, int at, int ceiling, String ends) {
        for (int i = at; i < ceiling; i++) if (ends.indexOf(text.charAt(i)) >= 0) return i;
        return ceiling;
    }
}
