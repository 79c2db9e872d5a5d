package org.policylineage.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.CertificateTypes;
import org.policylineage.reference.Lexicon;
import org.policylineage.reference.Region;
import org.policylineage.reference.RegionDirectory;

/**
 * Reads targets from the body of a measure: values with units and comparators under a deadline
 * (到2025年，全市绿色食品认证证书达500张), and dated qualitative commitments (2022年底前，…建立…).
 */
final class TargetExtractor {
    private static final Pattern DEADLINE = Pattern.compile(
            "^(力争)?(?:到|至|在|于)?([0-9]{4})年(?:底|末|年底|年末)?(?:前|以前|之前)?(?:，|$)?");
    private static final Pattern NUMBER = Pattern.compile(
            "([0-9]+(?:\\.[0-9]+)?)(?:(?:至|到|-|—|～|~)([0-9]+(?:\\.[0-9]+)?))?");
    private static final Pattern BASELINE = Pattern.compile("[比较]([0-9]{4})年");
    private static final Pattern TARGETS_HEADING = Pattern.compile("目标|指标");
    private static final String SENTENCE_END = "。！？\n";
    private static final String CLAUSE_END = "，；：";

    private final Lexicon lexicon;
    private final CertificateTypes certificateTypes;
    private final RegionDirectory regions;

    TargetExtractor(Lexicon lexicon, CertificateTypes certificateTypes, RegionDirectory regions) {
        this.lexicon = lexicon;
        this.certificateTypes = certificateTypes;
        this.regions = regions;
    }

    /** A value with its unit found in a clause. */
    private record Quantity(int start, int end, BigDecimal value, BigDecimal upper, String unit) {}

    /** Targets of the body [start, end) of a measure. */
    List<TargetRecord> extract(String text, int start, int end, String heading, Optional<Region> jurisdiction) {
        List<TargetRecord> out = new ArrayList<>();
        boolean chainMilestones = TARGETS_HEADING.matcher(heading).find();
        Integer deadline = null;
        boolean aspirational = false;
        Optional<Region> scope = Optional.empty();
        int milestoneStart = -1, milestoneEnd = -1;
        boolean spanHasQuantity = false;
        for (int[] sentence : split(text, start, end, SENTENCE_END)) {
            if (!chainMilestones) {
                milestoneStart = flushMilestone(out, text, milestoneStart, milestoneEnd, spanHasQuantity, deadline, aspirational, jurisdiction);
                deadline = null;
                aspirational = false;
            }
            scope = Optional.empty();
            String previousVerb = null;
            for (int[] clause : split(text, sentence[0], sentence[1], CLAUSE_END)) {
                int cs = clause[0], ce = clause[1];
                String c = text.substring(cs, ce);
                Matcher d = DEADLINE.matcher(c);
                if (d.find() && d.end() > 0 && (d.group(2) != null)) {
                    milestoneStart = flushMilestone(out, text, milestoneStart, milestoneEnd, spanHasQuantity, deadline, aspirational, jurisdiction);
                    deadline = Integer.parseInt(d.group(2));
                    aspirational = d.group(1) != null;
                    spanHasQuantity = false;
                    cs += d.end();
                    c = text.substring(cs, ce);
                    milestoneStart = cs < ce ? cs : -1;
                }
                if (c.isBlank()) continue;
                if (deadline != null && milestoneStart < 0) milestoneStart = cs;
                if (deadline != null) milestoneEnd = ce;
                Optional<Region> clauseScope = scopeOf(c, jurisdiction);
                if (clauseScope.isPresent()) scope = clauseScope;
                List<Quantity> quantities = quantities(c, cs);
                if (quantities.isEmpty()) {
                    previousVerb = null;
                    continue;
                }
                String verb = verbBefore(c, quantities.get(0).start() - cs);
                if (verb == null && startsWithQuantity(c, quantities.get(0), cs)) verb = previousVerb;
                boolean hasComparator = comparatorBefore(text, cs, quantities.get(0).start()) != null
                        || comparatorAfter(text, quantities.get(0).end(), ce) != null;
                if (deadline == null && verb == null && !hasComparator) {
                    previousVerb = null;
                    continue;
                }
                spanHasQuantity = true;
                boolean clauseAspirational = aspirational || c.contains("力争");
                int segStart = cs;
                for (int q = 0; q < quantities.size(); q++) {
                    Quantity quantity = quantities.get(q);
                    int segEnd = q + 1 < quantities.size() ? listBreak(text, quantity.end(), quantities.get(q + 1).start(), ce) : ce;
                    TargetRecord t = target(text, segStart, segEnd, quantity, verb, clauseAspirational, deadline,
                            scope.or(() -> jurisdiction));
                    if (t != null) out.add(t);
                    segStart = segEnd < ce && text.charAt(segEnd) == '、' ? segEnd + 1 : segEnd;
                }
                previousVerb = verb;
            }
        }
        flushMilestone(out, text, milestoneStart, milestoneEnd, spanHasQuantity, deadline, aspirational, jurisdiction);
        return out;
    }

    private int flushMilestone(List<TargetRecord> out, String text, int from, int to, boolean hadQuantity, Integer deadline,
                               boolean aspirational, Optional<Region> jurisdiction) {
        if (deadline != null && from >= 0 && to > from && !hadQuantity) {
            String quote = text.substring(from, to);
            out.add(new TargetRecord(quote, null, Optional.empty(), null, null, null, null,
                    aspirational || quote.contains("力争"), deadline, null, null, jurisdiction, from, to));
        }
        return -1;
    }

    /** Builds the target for one quantity in the clause segment [from, to). */
    private TargetRecord target(String text, int from, int to, Quantity q, String verb, boolean aspirational, Integer deadline,
                                Optional<Region> scope) {
        String before = text.substring(from, q.start());
        String after = text.substring(q.end(), to);
        Lexicon.ComparatorWord cmpBefore = comparatorBefore(text, from, q.start());
        Lexicon.ComparatorWord cmpAfter = comparatorAfter(text, q.end(), to);
        String comparator = cmpAfter != null ? cmpAfter.comparator() : cmpBefore != null ? cmpBefore.comparator() : "=";
        String direction = cmpBefore != null && !cmpBefore.direction().isEmpty() ? cmpBefore.direction() : null;
        Integer baseline = null;
        Matcher b = BASELINE.matcher(before);
        if (b.find()) baseline = Integer.parseInt(b.group(1));

        String subject = before;
        if (b.find(0)) subject = before.substring(0, b.start());
        if (cmpBefore != null) {
            int at = subject.lastIndexOf(cmpBefore.word());
            if (at >= 0) subject = subject.substring(0, at);
        }
        subject = subject.replace("力争", "");
        String rest = after;
        if (cmpAfter != null && rest.startsWith(cmpAfter.word())) rest = rest.substring(cmpAfter.word().length());
        String written;
        if (cmpBefore != null) {
            // 全市绿色食品认证证书达500张, 碳排放强度比2020年下降9.5%: the subject before the comparator.
            written = subject;
        } else if (verb != null) {
            int at = subject.indexOf(verb);
            String head = at < 0 ? "" : subject.substring(0, at);
            String object = at < 0 ? subject : subject.substring(at + verb.length());
            if (!object.isBlank()) {
                written = object;                       // 打造绿色工厂80家
            } else if (!rest.isBlank() && !startsWithPunctuation(rest)) {
                written = rest;                         // 完成10个以上碳标识认证应用
            } else {
                written = head;                         // 改造面积完成100万平方米
            }
        } else if (subject.isBlank() || endsWithScope(subject)) {
            written = subject + rest;                   // 30%化工企业达到清洁生产一级水平
        } else if (!rest.isBlank() && !startsWithPunctuation(rest) && q.unit().equals("%")) {
            written = subject + rest;                   // 城镇新建建筑100%执行绿色建筑标准
        } else {
            written = subject;
        }
        written = written.strip();
        if (written.isEmpty()) return null;
        String indicator = normaliseIndicator(written);
        if (indicator.length() < 2) return null;
        Optional<String> certType = certificateTypes.find(indicator).stream().findFirst().map(m -> m.type().iri());
        return new TargetRecord(written, indicator, certType, q.value(), q.upper(), q.unit(), comparator, aspirational,
                deadline, baseline, direction, scope, from, to);
    }

    private boolean endsWithScope(String s) {
        return lexicon.scopeWords().keySet().stream().anyMatch(s::endsWith);
    }

    private static boolean startsWithPunctuation(String s) {
        return !s.isEmpty() && "，。；、）".indexOf(s.charAt(0)) >= 0;
    }

    /** The indicator's identity: scope words and noise dropped, the head noun after the last 的. */
    String normaliseIndicator(String written) {
        String s = written;
        for (String scope : lexicon.scopeWords().keySet()) {
            if (s.startsWith(scope)) s = s.substring(scope.length());
        }
        for (String noise : lexicon.indicatorNoise()) s = s.replace(noise, "");
        int de = s.lastIndexOf('的');
        if (de >= 0 && s.length() - de - 1 >= 2) s = s.substring(de + 1);
        s = s.replaceAll("^(其中|以及|及|和|与|、)", "");
        return s.replaceAll("[“”\"《》\\s]", "");
    }

    private Optional<Region> scopeOf(String clause, Optional<Region> jurisdiction) {
        for (Map.Entry<String, String> e : lexicon.scopeWords().entrySet()) {
            if (!clause.startsWith(e.getKey()) && !clause.contains(e.getKey())) continue;
            if (jurisdiction.isEmpty()) return Optional.empty();
            Region own = jurisdiction.get();
            return switch (e.getValue()) {
                case "city" -> regions.enclosing(own, "city").or(() -> jurisdiction);
                case "province" -> regions.enclosing(own, "province").or(() -> jurisdiction);
                case "country" -> regions.bySlug("china");
                default -> jurisdiction;
            };
        }
        return Optional.empty();
    }

    private List<Quantity> quantities(String clause, int offset) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            if (m.start() > 0 && isAsciiLetter(clause.charAt(m.start() - 1))) continue;
            String unit = unitAt(clause, m.end());
            if (unit == null) continue;
            BigDecimal value = new BigDecimal(m.group(1));
            BigDecimal upper = m.group(2) == null ? null : new BigDecimal(m.group(2));
            out.add(new Quantity(offset + m.start(), offset + m.end() + unit.length(), value, upper, unit));
        }
        return out;
    }

    private String unitAt(String s, int at) {
        for (String u : lexicon.units()) {
            if (s.startsWith(u, at)) return u;
        }
        return null;
    }

    private String verbBefore(String clause, int numberAt) {
        String before = clause.substring(0, Math.max(0, numberAt));
        String best = null;
        int bestAt = -1;
        for (String v : lexicon.targetVerbs()) {
            int at = before.lastIndexOf(v);
            if (at > bestAt) {
                bestAt = at;
                best = v;
            }
        }
        return best;
    }

    private static boolean startsWithQuantity(String clause, Quantity q, int offset) {
        return q.start() - offset <= 1;
    }

    /** The comparator word nearest before the number in [from, numberAt). */
    private Lexicon.ComparatorWord comparatorBefore(String text, int from, int numberAt) {
        String before = text.substring(from, numberAt);
        Lexicon.ComparatorWord best = null;
        int bestEnd = -1;
        for (Lexicon.ComparatorWord w : lexicon.comparators()) {
            if (!w.before()) continue;
            int at = before.lastIndexOf(w.word());
            if (at < 0) continue;
            int end = at + w.word().length();
            // A relative change word governs the value only when nothing but a baseline stands between.
            if (end > bestEnd || (end == bestEnd && w.word().length() > best.word().length())) {
                bestEnd = end;
                best = w;
            }
        }
        if (best != null && numberAt - (from + bestEnd) > 4 && best.direction().isEmpty()) return null;
        return best;
    }

    private Lexicon.ComparatorWord comparatorAfter(String text, int unitEnd, int to) {
        for (Lexicon.ComparatorWord w : lexicon.comparators()) {
            if (!w.before() && text.startsWith(w.word(), unitEnd) && unitEnd + w.word().length() <= to) return w;
        }
        return null;
    }

    /** Where a list item ends between two quantities: the last 、 between them. */
    private static int listBreak(String text, int after, int next, int clauseEnd) {
        int at = text.lastIndexOf('、', next);
        return at >= after ? at : next;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** Splits [start, end) at any of the break characters, dropping empty pieces and the breaks. */
    private static List<int[]> split(String text, int start, int end, String breaks) {
        List<int[]> out = new ArrayList<>();
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || breaks.indexOf(text.charAt(i)) >= 0) {
                if (i > s) out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        return out;
    }
}
