package org.policylineage.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.CertificateTypes;
import org.policylineage.reference.Lexicon;
import org.policylineage.reference.Region;
import org.policylineage.reference.RegionDirectory;

/**
 * The target grammar, applied to any run of sentences: a measure's body, a 主要目标 paragraph, a
 * preamble, a news report's lead. A target is a value with its unit (Arabic or Chinese numerals, a
 * range, a magnitude) under the deadline in force (到2025年, 2025年底前, “十四五”期间, 2024—2026年), with
 * the comparator and change words around it (达到, 不低于, 控制在…以内, 比2020年下降…左右, 年均增长…以上).
 * Quantities that are statistics, subsidies, thresholds or counts of the document's own parts are left
 * out by the words around them. Dated commitments without a value (2022年底前，…建立…) are milestones.
 */
final class TargetExtractor {
    /** A deadline: 到2025年(底)(前), 2025年底前, 2025年5月底前, 2024—2026年, “十四五”期间, 到本世纪中叶 (a deadline with no year). */
    private static final Pattern DEADLINE = Pattern.compile(
            "(力争|确保|争取|预计|计划)?(?:到|至|在|于|截至|截止)?"
                    + "(?:([0-9]{4})年?[—\\-－–~～至到]([0-9]{4})年|([0-9]{4})年(?:[0-9]{1,2}月(?=底|末|前|以前|之前))?(底|末|年底|年末|上半年|下半年)?(前|以前|之前|时)?"
                    + "|[“\"]?十([一二三四五六])五[”\"]?(?:期间|时期|末|期末|(?=以来))|(本世纪中叶|本世纪中期))");
    private static final Pattern BASELINE = Pattern.compile(
            "(?:比|较|相比|与)[“\"]?([0-9]{4})年|在([0-9]{4})年的?基础上|(?:比|较)[“\"]?十([一二三四五])五[”\"]?末?");
    private static final Pattern NUMBER = Pattern.compile(
            "百分之([零〇一二两三四五六七八九十百点]+)|([0-9]{1,3}(?: [0-9]{3})+(?![0-9.])|[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?)|([零〇一二两三四五六七八九十百千万亿]{1,8}(?:点[零〇一二三四五六七八九]+)?)");
    /** A number as written, its thousands grouped by commas or (1 000, as national standards print them) by spaces. */
    private static BigDecimal digits(String written) {
        return new BigDecimal(written.replace(",", "").replace(" ", ""));
    }

    private static final Pattern RANGE_JOIN = Pattern.compile("^(?:至|到|—|-|－|–|～|~)");
    private static final Pattern DOUBLING = Pattern.compile("翻(一|两|二)?番|翻倍|双倍增|实现倍增");
    private static final Pattern HOPE = Pattern.compile("力争|确保|争取|目标|预期");
    /** A heading or a lead line that names targets (主要目标, 主要预期指标). */
    static final Pattern TARGETS_HEADING = Pattern.compile("目标|指标");
    /** Counting units: a count may stand before its noun (20个以上示范园区); a measure unit before a noun qualifies it. */
    private static final Set<String> MAGNITUDES_OF_COUNTS = Set.of("千万", "百万", "十万", "万", "亿", "千");
    private static final String COUNTING = "个家张项座处条所台套只批名位支本件种款部栋幢间床头羽株棵户辆艘架";
    /** Words after a measured quantity that still leave it the value to reach (达到1500亿元规模). */
    private static final Pattern STILL_A_VALUE = Pattern.compile("^(规模|水平|左右|以上|以下|以内|上下|目标|大关|台阶|量级|及以上|的目标)");
    /** 力争完成14.5%的激励目标: a share that names the aim it is. */
    private static final Pattern PERCENT_OF_AIM = Pattern.compile("的.{0,4}目标");
    /** 创造全市45%以上的地区生产总值: a share of an amount (a value, a sum, an income) is what the clause sets. */
    private static final Pattern SHARE_OF_AMOUNT = Pattern.compile("的[^，；。、]{0,12}?(总值|产值|增加值|总额|贸易额|收入|税收|总量|投资|内资|外资)");
    private static final Pattern SHARE_REACHES = Pattern.compile("^的[^，；]{1,16}?(达到|实现|建成|完成|具备|开展|纳入|覆盖)");
    private static final String SENTENCE_END = "。！？\n";
    private static final String CLAUSE_END = "，；：";

    /**
     * What the grammar needs to know of the document around a span: the region the document speaks for, the year it
     * looks back from, the year 今年 is, whether its sentences are milestones, and the year of the works a list of the
     * year's works sets (2023年十大民生项目清单), under which every value is an aim of that year.
     */
    record Context(Optional<Region> jurisdiction, Integer referenceYear, Integer presentYear, boolean milestones,
                   Integer worksYear) {}

    private final Lexicon lexicon;
    private final CertificateTypes certificateTypes;
    private final RegionDirectory regions;
    private final int longestUnit;

    TargetExtractor(Lexicon lexicon, CertificateTypes certificateTypes, RegionDirectory regions) {
        this.lexicon = lexicon;
        this.certificateTypes = certificateTypes;
        this.regions = regions;
        this.longestUnit = lexicon.units().stream().mapToInt(String::length).max().orElse(0);
    }

    /** A value with its unit found in a clause. */
    private record Quantity(int start, int end, int valueEnd, BigDecimal value, BigDecimal upper, String unit, boolean more,
                            String direction) {
        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private int start;
            private int end;
            private int valueEnd;
            private BigDecimal value;
            private BigDecimal upper;
            private String unit;
            private boolean more;
            private String direction;

            private Builder() {}

            Builder start(int start) {
                this.start = start;
                return this;
            }

            Builder end(int end) {
                this.end = end;
                return this;
            }

            Builder valueEnd(int valueEnd) {
                this.valueEnd = valueEnd;
                return this;
            }

            Builder value(BigDecimal value) {
                this.value = value;
                return this;
            }

            Builder upper(BigDecimal upper) {
                this.upper = upper;
                return this;
            }

            Builder unit(String unit) {
                this.unit = unit;
                return this;
            }

            Builder more(boolean more) {
                this.more = more;
                return this;
            }

            Builder direction(String direction) {
                this.direction = direction;
                return this;
            }

            Quantity build() {
                return new Quantity(start, end, valueEnd, value, upper, unit, more, direction);
            }
        }
    }

    /** 该《实施方案》分总体目标、主要任务、保障机制3部分40条, 本方案共分六章: a text counting its own parts sets nothing. */
    private static final Pattern SELF_DESCRIPTION = Pattern.compile("(》|本方案|本意见|本规划|本计划|本办法)[^，。；]{0,3}(共分为|共分|分为|共有|共|分|包括|包含)[^，。；]*[0-9一二三四五六七八九十]+(个)?(部分|章|节|条|项|方面)");

    private static final Set<String> AGES_AND_SPANS = Set.of("岁", "周岁", "个月", "月龄", "天", "日", "小时", "分钟");
    private static final Pattern BOUNDS_A_SUBJECT = Pattern.compile("(?:以内|以下|及以上|以上|内)\\p{IsHan}");
    private static final Pattern BASELINE_VALUE = Pattern.compile("(?:比|较)[“\"]?[0-9]{4}年(?:底|末)?的?$");
    private static final Pattern ONLY_SEPARATORS = Pattern.compile("\\s*[、和及与]\\s*");
    private static final Pattern TRAVEL_REACH = Pattern.compile("内?(?:到达|直达|通达|通勤|可达|抵达|交通)");
    private static final Pattern ZONE_OF_REACH = Pattern.compile("[\\p{IsHan}]{0,4}圈");

    /** A deadline read in a clause: the year (null for 本世纪中叶), and whether it lies in the past. */
    private record Deadline(int start, int end, Integer year, boolean aspirational, boolean past, boolean forward) {
        /** The same words read as a year already gone by. */
        Deadline inThePast() {
            return new Deadline(start, end, year, aspirational, true, false);
        }

        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private int start;
            private int end;
            private Integer year;
            private boolean aspirational;
            private boolean past;
            private boolean forward;

            private Builder() {}

            Builder start(int start) {
                this.start = start;
                return this;
            }

            Builder end(int end) {
                this.end = end;
                return this;
            }

            Builder year(Integer year) {
                this.year = year;
                return this;
            }

            Builder aspirational(boolean aspirational) {
                this.aspirational = aspirational;
                return this;
            }

            Builder past(boolean past) {
                this.past = past;
                return this;
            }

            Builder forward(boolean forward) {
                this.forward = forward;
                return this;
            }

            Deadline build() {
                return new Deadline(start, end, year, aspirational, past, forward);
            }
        }
    }

    /** Targets of [start, end): every sentence, a deadline holding until the next one or the end of the span. */
    List<TargetRecord> extract(String text, int start, int end, String heading, Context context) {
        SpanReading span = new SpanReading(text, context.jurisdiction());
        if (context.worksYear() != null) {
            span.deadline = context.worksYear();
            span.haveDeadline = true;
        }
        boolean chainMilestones = TARGETS_HEADING.matcher(heading).find();
        // 2024年，我省…。全年地区生产总值增长4.8%…: a paragraph that opens on a year gone by reports that year, 全年
        // included, until a sentence dates itself afresh. 其中… goes on with the sentence before it.
        boolean paragraphPast = false, previousSentencePast = false;
        String lineIndicator = null;
        int previousEnd = -1;
        // 为到2035年…翻一番打好基础: a deadline a clause names as its purpose dates that clause only; the one in force
        // before it holds again after it.
        Deadline inForceBeforePurpose = null;
        boolean purposeClause = false;
        for (int[] sentence : split(text, start, end, SENTENCE_END)) {
            if (context.milestones() && !chainMilestones) {
                span.flushMilestone();
                span.hasQuantity = false;
            }
            // A sentence ended by 。 leaves its mark before the line's end: the break may come after it.
            boolean newParagraph = previousEnd < 0 || text.substring(previousEnd, Math.max(previousEnd + 1, sentence[0])).indexOf('\n') >= 0;
            if (newParagraph) paragraphPast = opensOnThePast(text, sentence[0], sentence[1]);
            previousEnd = sentence[1] < text.length() ? sentence[1] : text.length() - 1;
            // A milestone is a sentence that states its own date; a value takes the date in force.
            span.datedSentence = chainMilestones && span.haveDeadline;
            boolean sentencePast = paragraphPast || previousSentencePast && text.startsWith("其中", sentence[0]);
            boolean firstClause = true;
            boolean shortLine = newParagraph && isShortLine(text, sentence[0]) && sentence[1] >= lineEnd(text, sentence[0]) - 1;
            String lastWritten = shortLine ? lineIndicator : null;
            lineIndicator = null;
            Optional<Region> scope = Optional.empty();
            String previousVerb = null;
            Lexicon.ComparatorWord previousComparator = null;
            for (int[] clause : split(text, sentence[0], sentence[1], CLAUSE_END)) {
                int cs = clause[0], ce = clause[1];
                String c = text.substring(cs, ce);
                if (purposeClause) {
                    span.deadline = inForceBeforePurpose == null ? null : inForceBeforePurpose.year();
                    span.haveDeadline = inForceBeforePurpose != null;
                    span.past = inForceBeforePurpose != null && inForceBeforePurpose.past();
                    span.aspirational = inForceBeforePurpose != null && inForceBeforePurpose.aspirational();
                    purposeClause = false;
                }
                Deadline d = deadline(c, context.referenceYear(), context.presentYear());
                if (d != null && paragraphPast && c.startsWith("全年", d.start())) d = d.inThePast();
                if (d != null && d.start() > 0 && c.charAt(d.start() - 1) == '为' && !d.past()) {
                    purposeClause = true;
                    inForceBeforePurpose = span.haveDeadline ? Deadline.builder().year(span.deadline).past(span.past)
                            .aspirational(span.aspirational).build() : null;
                } else if (d != null) {
                    inForceBeforePurpose = null;
                }
                if (d != null) {
                    if (firstClause && d.start() <= 2) paragraphPast = d.past() && !d.forward();
                    else if (d.forward() && !d.past()) paragraphPast = false;
                    if (context.milestones()) span.flushMilestone();
                    span.datedSentence = true;
                    span.deadline = d.year();
                    span.haveDeadline = true;
                    span.past = d.past();
                    // 截至2022年已建成…，到2025年达到…: a deadline ahead starts the sentence afresh; a bare year
                    // (据统计，2024年底…普及率达84.9%) dates what the sentence has already put in the past.
                    sentencePast = d.forward() ? d.past() : sentencePast || d.past();
                    span.aspirational = d.aspirational();
                    span.hasQuantity = false;
                    if (d.start() <= 2) {
                        cs += d.end();
                        c = text.substring(cs, ce);
                    }
                    span.milestoneStart = cs < ce ? cs : -1;
                }
                firstClause = false;
                if (c.isBlank()) continue;
                // 已建成…, 截至…: the sentence from here states what is, not what is to be. 在现有3000家的基础上: only
                // what the clause builds on is past (its own past words with it); what it sets after that (再翻一番) is not.
                int pastUntil = pastClauseEnd(c, cs);
                if (pastMarkerIn(pastUntil < 0 ? c : text.substring(pastUntil, ce), lexicon.pastMarkers())) sentencePast = true;
                // 今年1—4月，…同比增长40.3%: a part of the year gone by is reported, not set.
                char head = c.charAt(0);
                if ((head == '今' || head == '去' || head == '前' || head >= '0' && head <= '9') && STATISTICS_PERIOD.matcher(c).lookingAt()) {
                    sentencePast = true;
                }
                if (span.datedSentence && span.milestoneStart < 0) span.milestoneStart = cs;
                if (span.datedSentence) span.milestoneEnd = ce;
                Optional<Region> clauseScope = scopeOf(c, context.jurisdiction());
                if (clauseScope.isPresent()) scope = clauseScope;
                List<Quantity> quantities = quantities(text, cs, ce);
                boolean clausePast = false;
                if (pastUntil >= 0) {
                    int before = quantities.size();
                    quantities.removeIf(q -> q.start() < pastUntil);
                    clausePast = quantities.isEmpty() && before > 0;
                }
                if (quantities.isEmpty() && !clausePast) {
                    previousVerb = null;
                    previousComparator = null;
                    continue;
                }
                span.hasQuantity = true;
                if (clausePast || SELF_DESCRIPTION.matcher(c).find()) continue;
                if (sentencePast || (span.haveDeadline && span.past)) continue;
                String verb = verbBefore(c, quantities.get(0).start() - cs);
                Lexicon.ComparatorWord firstBefore = comparatorBefore(text, cs, quantities.get(0).start());
                if (verb == null && firstBefore == null && quantities.get(0).start() - cs <= 1) {
                    verb = previousVerb;
                    firstBefore = previousComparator;
                }
                boolean hasComparator = firstBefore != null || comparatorAfter(text, quantities.get(0).end(), ce) != null
                        || quantities.get(0).direction() != null;
                boolean hope = HOPE.matcher(text).region(sentence[0], ce).find();
                // Under a heading that names targets (主要规划指标), a bare value (参保率95%) is one.
                if (!(span.haveDeadline && !span.past) && verb == null && !hasComparator && !hope && !chainMilestones) {
                    previousVerb = null;
                    previousComparator = null;
                    continue;
                }
                ClauseTerms terms = new ClauseTerms(verb, firstBefore,
                        span.aspirational || c.contains("力争") || c.contains("争取"),
                        span.haveDeadline && !span.past ? span.deadline : null, scope.or(context::jurisdiction));
                List<String> respectively = respectively(text, cs, ce, quantities);
                int segStart = cs;
                for (int q = 0; q < quantities.size(); q++) {
                    Quantity quantity = quantities.get(q);
                    int segEnd = q + 1 < quantities.size() ? listBreak(text, quantity.end(), quantities.get(q + 1).start(), ce) : ce;
                    if (kept(text, segStart, quantities, q, ce)) {
                        // 城镇道路、公共建筑无障碍设施建设率均达到100%: one value for each of several indicators.
                        List<String> indicators = respectively == null ? Collections.singletonList(null)
                                : respectively.size() > quantities.size() ? respectively
                                : Collections.singletonList(respectively.get(q));
                        for (String indicator : indicators) {
                            TargetRecord t = target(text, new Segment(segStart, segEnd, quantity), terms, indicator, lastWritten);
                            if (t != null) {
                                span.out.add(t);
                                lastWritten = t.indicatorAsWritten();
                            }
                        }
                    }
                    // A quantity that scopes or qualifies the next one is part of that one's indicator.
                    Quantity following = q + 1 < quantities.size() ? quantities.get(q + 1) : null;
                    boolean scoping = scopesNext(text, quantity, following, ce) || qualifiesNextCount(text, quantity, following);
                    if (!scoping) segStart = segEnd < ce && "、和及与".indexOf(text.charAt(segEnd)) >= 0 ? segEnd + 1 : segEnd;
                }
                previousVerb = verb;
                previousComparator = firstBefore;
            }
            previousSentencePast = sentencePast;
            // 主营业务收入2017年达到2400亿元左右 / 2020年达到3800亿元左右: short lines of a chart go on with its indicator.
            if (shortLine) lineIndicator = lastWritten;
        }
        if (context.milestones()) span.flushMilestone();
        return span.out;
    }

    private static final int SHORT_LINE = 30;

    /** Whether the line that begins at {@code lineStart} is a short one that ends no sentence, as the lines of a chart are. */
    static boolean isShortLine(String text, int lineStart) {
        int lineEnd = lineEnd(text, lineStart);
        if (lineEnd - lineStart > SHORT_LINE) return false;
        int last = lineEnd - 1;
        while (last > lineStart && Character.isWhitespace(text.charAt(last))) last--;
        return last < lineStart || "。！？；".indexOf(text.charAt(last)) < 0;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /**
     * What reading one span has gathered so far: the deadline in force (its year, whether it is past, whether it is
     * only hoped for), and the dated commitment read under it, a milestone if it turns out to hold no value. One
     * object, because every sentence and every new deadline ends the commitment under way by the same rule.
     */
    private static final class SpanReading {
        private final String text;
        private final Optional<Region> jurisdiction;
        final List<TargetRecord> out = new ArrayList<>();
        Integer deadline;
        boolean haveDeadline, past, aspirational, datedSentence;
        int milestoneStart = -1, milestoneEnd = -1;
        /** Whether a value has been read in the commitment under way: then it is a target's, not a milestone. */
        boolean hasQuantity;

        SpanReading(String text, Optional<Region> jurisdiction) {
            this.text = text;
            this.jurisdiction = jurisdiction;
        }

        /** Ends the commitment under way: a milestone if a sentence dated it, ahead, and no value was read in it. */
        void flushMilestone() {
            boolean dated = datedSentence && !past;
            if (dated && deadline != null && milestoneStart >= 0 && milestoneEnd > milestoneStart && !hasQuantity) {
                String quote = text.substring(milestoneStart, milestoneEnd);
                out.add(TargetRecord.builder().indicatorAsWritten(quote).aspirational(aspirational || quote.contains("力争"))
                        .deadlineYear(deadline).scope(jurisdiction).start(milestoneStart).end(milestoneEnd).build());
            }
            milestoneStart = -1;
        }
    }

    /**
     * What a clause says once for all the values in it: the verb and the comparator before its first value, whether
     * it is only hoped for (力争, 争取, or a deadline that is), the deadline in force, and the region it speaks of.
     */
    private record ClauseTerms(String verb, Lexicon.ComparatorWord comparator, boolean aspirational, Integer deadline,
                               Optional<Region> scope) {}

    /** One value of a clause and the part of the clause that belongs to it, [start, end). */
    private record Segment(int start, int end, Quantity quantity) {}

    /** The deadline a clause sets, if any; a baseline year (比2020年) is not one. */
    private Deadline deadline(String clause, Integer referenceYear, Integer presentYear) {
        // Every deadline names a year (年), a five-year plan (五) or the century (纪): most clauses have none.
        Deadline relative = relativeDeadline(clause, presentYear);
        if (relative != null) return relative;
        if (clause.indexOf('年') < 0 && clause.indexOf('五') < 0 && clause.indexOf('纪') < 0) return null;
        clause = arabicYears(clause);
        Matcher m = DEADLINE.matcher(clause);
        while (m.find()) {
            if (m.end() == m.start() || m.group(0).matches("^(力争|确保|争取|预计|计划)?(到|至|在|于|截至|截止)?$")) continue;
            int at = m.start();
            if (at > 0 && "比较与同自从".indexOf(clause.charAt(at - 1)) >= 0) continue;
            if (at > 1 && clause.startsWith("相比", at - 2)) continue;
            String before = clause.substring(0, at);
            if (before.lastIndexOf('《') > before.lastIndexOf('》')) continue;
            String after = clause.substring(m.end());
            // 在2022年的基础上: a baseline, not a deadline.
            if (after.startsWith("的基础上") || after.startsWith("基础上")) continue;
            boolean hope = m.group(1) != null;
            boolean since = after.startsWith("以来") || clause.substring(m.start()).matches("^(截至|截止).*");
            Integer year;
            boolean explicit;
            if (m.group(3) != null) {
                year = Integer.parseInt(m.group(3));
                explicit = true;
            } else if (m.group(4) != null) {
                year = Integer.parseInt(m.group(4));
                explicit = m.group(0).matches(".*(到|至|在|于)[0-9]{4}.*") || m.group(5) != null || m.group(6) != null;
                // 2020年全省… in running text: a year that begins no clause and says no 到/底/前 is a date, not a deadline.
                // …落实2019年经济社会发展主要预期目标: a year that the clause names targets for is their deadline.
                // 主营业务收入2017年达到2400亿元左右: a year that the value is to reach in is its deadline.
                if (!explicit && at > 2 && !hope && !YEAR_OF_TARGETS.matcher(after).lookingAt()
                        && !(YEAR_TO_REACH.matcher(after).lookingAt() && (referenceYear == null || year >= referenceYear))) {
                    continue;
                }
            } else if (m.group(7) != null) {
                year = fiveYearPlanEnd(m.group(7));
                explicit = false;
            } else {
                year = null;
                explicit = true;
            }
            if (year != null && (year < 1990 || year > 2100)) continue;
            // 从2015年的3.3亿人次增加到2019年的8.07亿人次: the value of a year gone by, however it is introduced.
            boolean valueOfPastYear = after.startsWith("的") && referenceYear != null && year != null && year < referenceYear;
            // 2020年底，全国注册护士总数470余万人: a year gone by that no 到 or 前 makes a deadline dates a state.
            // 预计2021年…超2.3万亿元 written in 2022: an estimate of a year gone by is a result, not an aim.
            boolean forecast = hope && m.group(1).equals("预计");
            boolean stated = (!hope || forecast) && m.group(3) == null && !m.group(0).matches("^(?:到|至|在|于).*|.*(?:前|期间|时期)$");
            boolean past = since || valueOfPastYear
                    || ((!explicit || stated) && referenceYear != null && year != null && year < referenceYear);
            boolean forward = hope || m.group(0).matches("^(?:到|至|于).*|.*(?:前|期间|时期)$") || m.group(3) != null;
            return Deadline.builder().start(at).end(m.end()).year(year).aspirational(hope && m.group(1).equals("力争"))
                    .past(past).forward(forward).build();
        }
        return null;
    }

    /** The year a heading sets as a deadline for what stands under it; null when it sets none or one in the past. */
    Integer headingDeadline(String heading, Integer referenceYear) {
        if (heading == null || heading.isEmpty()) return null;
        Deadline d = deadline(heading, referenceYear, null);
        return d == null || d.past() ? null : d.year();
    }

    /** 今年 (全年) and 明年, counted from the year the document speaks in; 今年以来 looks back, 比今年 is a baseline. */
    private static Deadline relativeDeadline(String clause, Integer presentYear) {
        if (presentYear == null) return null;
        Matcher m = RELATIVE_YEAR.matcher(clause);
        if (!m.find()) return null;
        int at = m.start();
        if (at > 0 && "比较与同自从".indexOf(clause.charAt(at - 1)) >= 0) return null;
        int year = presentYear + (m.group(2).equals("明年") ? 1 : 0);
        return Deadline.builder().start(at).end(m.end()).year(year).aspirational("力争".equals(m.group(1))).past(false)
                .forward(true).build();
    }

    /** A part of the present or last year, at the head of a clause: 今年一季度, 去年上半年, 1—4月, 前三季度. */
    private static final Pattern STATISTICS_PERIOD = Pattern.compile(
            "(?:(?:今年|去年)(?:前?[一二三四1-4]季度|第[一二三四]季度|上半年|前[三四五六七八九十]个月)"
                    + "|(?:今年|去年)?(?:前三季度|[0-9]{1,2}[—\\-－–~～至][0-9]{1,2}月份?))(?:[，,]|$|[^，,]{0,30}同比)");

    private static final Pattern YEAR_ENDING_SUBJECT = Pattern.compile("[0-9]{4}年(?:底|末)?$");
    private static final Pattern YEAR_TO_REACH = Pattern.compile("(?:力争|要|将)?(?:达到|达|突破|超过|控制在|提高到|降低到|下降到|下降至)");
    private static final Pattern YEAR_OF_TARGETS = Pattern.compile("[^，。；]{0,16}(?:目标|指标)");

    private static final Pattern RELATIVE_YEAR = Pattern.compile("(力争|确保|争取)?(今年|明年|全年)(?:年底|底|内)?(?:前)?(?!以来|同期|上半年|前[一二三四五六七八九十]|[一二三四五六七八九十]+月|[一二三四]季度|[1-9]|[0-9]{1,2}月)");

    /**
     * The year a text sets its work in when it opens a sentence with it and says what will be done (2025年，全区将…;
     * 今年 then means that year), else the first year it names as that of its work, its list of works or its plan for a
     * year's targets (YEAR_OF_WORK); null when it does neither.
     */
    static Integer workYear(String text) {
        Matcher m = WORK_YEAR.matcher(text);
        if (m.find()) return Integer.valueOf(m.group(1));
        Matcher named = YEAR_OF_WORK.matcher(text);
        if (!named.find()) return null;
        for (int g = 1; g <= named.groupCount(); g++) if (named.group(g) != null) return Integer.valueOf(named.group(g));
        return null;
    }

    /** The year of a list of the year's works the text is (2023年十大民生项目清单, 2023年为民办实事项目), or null. */
    static Integer worksListYear(String text) {
        Matcher named = YEAR_OF_WORK.matcher(text);
        while (named.find()) if (named.group(2) != null) return Integer.valueOf(named.group(2));
        return null;
    }

    /**
     * 2015年是全面深化改革的关键之年, 三、2017年政府工作重点, 2023年十大民生项目清单, 2023年上海市为民办实事项目,
     * 确保完成全县2013年主要污染物总量减排目标任务: the year a work report, a list of the year's works or a year's plan is
     * about, named as such.
     */
    private static final Pattern YEAR_OF_WORK = Pattern.compile(
            "(?:^|[。！\\n；、，])\\s*([0-9]{4})年(?:是|政府工作重点|工作重点|重点工作|(?:经济社会发展的?)?主要预期目标)"
                    + "|([0-9]{4})年度?[^，。；！\\n0-9]{0,6}?[0-9一二三四五六七八九十]{0,3}[项件大]?(?:重点)?(?:民生|为民办|惠民)(?:实事|项目|工程|事项)"
                    + "|完成(?:全[省市县区州])?([0-9]{4})年度?[^，。；！\\n0-9]{0,16}?目标任务");

    private static final Pattern WORK_YEAR = Pattern.compile("(?:^|[。！\\n])\\s*([0-9]{4})年[，,][^。！\\n，,]{0,16}?(?:将|要)");

    /**
     * The year a title's period ends: 2024—2025年…方案 → 2025, “十四五”…规划 → 2025, 2026年…计划 → 2026;
     * null when the title names none. Targets a document states with no deadline are due then.
     */
    /** The first year of the first period a text names (2021—2025年, “十四五”), or null. */
    static Integer periodStart(String text) {
        Matcher range = PERIOD_RANGE.matcher(text);
        Matcher plan = FIVE_YEAR_PLAN.matcher(text);
        boolean isRange = range.find(), isPlan = plan.find();
        if (isRange && (!isPlan || range.start() < plan.start())) return Integer.valueOf(range.group(1));
        return isPlan ? fiveYearPlanEnd(plan.group(1) != null ? plan.group(1) : plan.group(2)) - 4 : null;
    }

    static Integer periodEnd(String title) {
        Matcher range = PERIOD_RANGE.matcher(title);
        if (range.find()) return Integer.valueOf(range.group(2));
        Matcher plan = FIVE_YEAR_PLAN.matcher(title);
        if (plan.find()) return fiveYearPlanEnd(plan.group(1) != null ? plan.group(1) : plan.group(2));
        Matcher year = PERIOD_YEAR.matcher(title);
        if (year.find()) return Integer.valueOf(year.group(1));
        return null;
    }

    private static final Pattern CHINESE_YEAR = Pattern.compile("[一二][〇○零O0一二三四五六七八九]{3}(?=年)");

    /** 到二〇二五年 as 到2025年, digit for digit, so offsets into the clause stay where they were. */
    private static String arabicYears(String clause) {
        Matcher m = CHINESE_YEAR.matcher(clause);
        if (!m.find()) return clause;
        StringBuilder b = new StringBuilder(clause);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                int d = "〇一二三四五六七八九".indexOf(b.charAt(i));
                b.setCharAt(i, (char) ('0' + Math.max(0, d)));
            }
        } while (m.find());
        return b.toString();
    }

    private static final Pattern PERIOD_RANGE = Pattern.compile("([0-9]{4})(?:年)?[—\\-－–~～至到]([0-9]{4})年");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六])五|第十([一二三四五六])个五年");
    private static final Pattern PERIOD_YEAR = Pattern.compile("([0-9]{4})年(?!前)");

    /** The last year of the tenth-and-later five-year plan named by its units digit: 十四五 ends in 2025. */
    private static int fiveYearPlanEnd(String unitsDigit) {
        return 1955 + 5 * (10 + ChineseNumerals.parse(unitsDigit));
    }

    /** Where the last past-clause marker of a clause ends, as a text offset; -1 when it has none. */
    private int pastClauseEnd(String clause, int clauseStart) {
        int end = -1;
        for (String w : lexicon.pastClauseMarkers()) {
            int at = clause.lastIndexOf(w);
            if (at >= 0) end = Math.max(end, clauseStart + at + w.length());
        }
        return end;
    }

    /** 过去一年，…: a paragraph that opens looking back reports the past throughout. */
    private boolean opensOnThePast(String text, int start, int end) {
        int at = start;
        while (at < end && Character.isWhitespace(text.charAt(at))) at++;
        for (String w : lexicon.pastParagraphMarkers()) if (text.startsWith(w, at)) return true;
        return false;
    }

    /** A past marker in the clause, unless a baseline names it (从去年的5%下降到3%, 比去年增长): that sets the past aside. */
    private static boolean pastMarkerIn(String clause, List<String> markers) {
        for (String w : markers) {
            for (int at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
                if (at == 0 || "比较从与同".indexOf(clause.charAt(at - 1)) < 0) return true;
            }
        }
        return false;
    }

    /** Whether a quantity counts things (20个, 100家, 12项): a counting unit, with or without a magnitude. */
    private static boolean isCounting(Quantity q) {
        String unit = q.unit();
        // The unit without its magnitude (万家 → 家), read without a regular expression: this runs for every quantity.
        char last = unit.isEmpty() ? ' ' : unit.charAt(unit.length() - 1);
        String magnitude = unit.substring(0, Math.max(0, unit.length() - 1));
        return COUNTING.indexOf(last) >= 0 && (magnitude.isEmpty() || MAGNITUDES_OF_COUNTS.contains(magnitude));
    }

    /** Whether the {@code index}th quantity of a clause is a value to reach, judged by the words and values right around it. */
    private boolean kept(String text, int segStart, List<Quantity> quantities, int index, int clauseEnd) {
        Quantity q = quantities.get(index);
        Quantity previous = index > 0 ? quantities.get(index - 1) : null;
        Quantity next = index + 1 < quantities.size() ? quantities.get(index + 1) : null;
        String before = text.substring(segStart, q.start());
        for (String w : lexicon.rewardWords()) if (before.contains(w)) return false;
        for (String w : lexicon.equivalenceWords()) if (before.endsWith(w)) return false;
        // 4000万吨级炼化基地, 千亿级产业集群: a quantity followed by 级 grades the thing; it is no value to reach.
        if (q.end() < clauseEnd && text.charAt(q.end()) == '级') return false;
        // 1小时经济圈, 15分钟健身圈: a time that names a zone of reach is no value to reach.
        if (ZONE_OF_REACH.matcher(text).region(q.end(), Math.min(clauseEnd, q.end() + 6)).lookingAt()) return false;
        // 3小时到达全国主要城市, 2小时直达, 1小时通勤网络: a travel time that names a reach is no value to reach either.
        if ((q.unit().equals("小时") || q.unit().equals("分钟")) && TRAVEL_REACH.matcher(text).region(q.end(), clauseEnd).lookingAt()) return false;
        // 6个月内婴儿纯母乳喂养率达到50%, 5岁以下儿童死亡率控制在…: an age or a span of time that bounds the subject of
        // the clause, whose value follows, is part of that subject.
        if (next != null && AGES_AND_SPANS.contains(q.unit()) && BOUNDS_A_SUBJECT.matcher(text).region(q.end(), clauseEnd).lookingAt()) {
            return false;
        }
        // 十一届十一次全会: a count of times written in words numbers a meeting; times to reach are written in digits.
        if (q.unit().equals("次") && !Character.isDigit(text.charAt(q.start()))) return false;
        // 做大做强信息服务、金融服务、物流服务、贸易服务4个优势产业: a count of the items just listed names them; it sets nothing.
        if (isCounting(q) && q.upper() == null && q.value().compareTo(BigDecimal.valueOf(listedItems(before))) == 0) return false;
        // 经济发展类目标（13个）, 必到必游点（15个）: a count alone in brackets counts what the text names or lists.
        if (isCounting(q) && q.start() > 0 && "（(".indexOf(text.charAt(q.start() - 1)) >= 0 && q.end() < text.length()
                && "）)".indexOf(text.charAt(q.end())) >= 0) {
            return false;
        }
        // 比2010年的142.2万吨和11.6万吨分别减少9.8%和12.7%: the value of the baseline year is where the change starts from.
        if (!q.unit().equals("倍") && BASELINE_VALUE.matcher(before).find()) return false;
        // 年产3GW单晶电池: the yearly output that names a plant, not a value to reach (年产值超过1500亿元 is one).
        if (before.endsWith("年产")) return false;
        if (before.endsWith("第") || before.endsWith("前") && before.length() > 0 && q.unit().equals("名")) return false;
        int after = q.end();
        // 1000万元（含）以上的企业: the bracket says the bound is inclusive, the threshold reads on after it.
        if (text.startsWith("（含）", after) || text.startsWith("(含)", after)) after += 3;
        Lexicon.ComparatorWord cmp = comparatorAfter(text, after, clauseEnd);
        if (cmp != null) after += cmp.word().length();
        String rest = text.substring(after, Math.min(clauseEnd, after + 8));
        boolean counting = isCounting(q);
        // （分解任务15项）: a count after the parts it counts is a count of them too.
        if (counting && (q.unit().equals("项") || q.unit().equals("条") || q.unit().equals("件"))
                && lexicon.structureNouns().stream().anyMatch(before::endsWith)) {
            return false;
        }
        // 与去年…提出的全省生产总值增长9%相比: what a comparison sets beside the aim is no aim.
        int with = before.lastIndexOf('与');
        if (with >= 0 && text.substring(q.end(), clauseEnd).contains("相比")) return false;
        for (String noun : lexicon.structureNouns()) {
            int at = rest.indexOf(noun);
            // 12项重点任务, 29项具体任务, 8大工程: counts of the document's own parts.
            if (at >= 0 && (counting && at <= 2 || at == 1 && rest.charAt(0) == '大')) return false;
        }
        // 4个社零额过千亿元城市, 1—2个营业收入超100亿元、…: a measured quantity inside a counted noun qualifies it;
        // 综合产值5亿元以上重点县、市、区30个, 50亿元—100亿元2个: so does one that the count follows.
        if (scopesNext(text, q, next, clauseEnd)) return false;
        if (!isCounting(q) && !q.unit().equals("%") && !q.unit().contains("百分点")
                && previous != null && isCounting(previous) && !separated(text, previous.end(), q.start())
                && !(committed(text, previous.end(), q.start()) && closesClause(text, q.end(), clauseEnd))) {
            return false;
        }
        if (qualifiesNextCount(text, q, next)) return false;
        if (rest.isEmpty() || !Character.isIdeographic(rest.codePointAt(0)) || STILL_A_VALUE.matcher(rest).find()) return true;
        // 5000万元以上的企业, 年产值10亿元以上企业: a quantity that qualifies a noun is a threshold.
        // 力争完成14.5%的激励目标, 90%的县达到“基本型”: a share that names its aim, or the share of a subject that reaches one.
        if (rest.startsWith("的")) {
            // 完成…建设项目22.99万亩的田间主体工程: a committed amount of work, bounded by no comparator, is the value.
            if (cmp == null && !isCounting(q) && !q.unit().equals("%") && committed(text, segStart, q.start())) return true;
            return q.unit().equals("%") && (PERCENT_OF_AIM.matcher(rest).lookingAt() || SHARE_OF_AMOUNT.matcher(text.substring(after, clauseEnd)).lookingAt()
                    || SHARE_REACHES.matcher(text.substring(after, clauseEnd)).find());
        }
        if (q.unit().equals("%") || q.unit().contains("百分点") || counting) return true;
        // 50平方公里以上建设用地面积达到…: a quantity that opens its clause is what the clause sets.
        if (cmp != null) return before.isBlank() || endsWithScope(before);
        // 营收超10亿元企业20家: a measured quantity before a noun that another value counts qualifies it.
        return !(next != null && !separated(text, q.end(), next.start()));
    }

    /**
     * 全省20个产业链产值突破2万亿元: a count before its noun whose clause then commits the counted things to a
     * measured value that closes the clause is that value's scope, and the value is the target.
     */
    private boolean scopesNext(String text, Quantity q, Quantity next, int clauseEnd) {
        return isCounting(q) && next != null && !isCounting(next) && !text.startsWith("第", q.start() - 1) && !separated(text, q.end(), next.start())
                && committed(text, q.end(), next.start()) && closesClause(text, next.end(), clauseEnd);
    }

    /** 综合产值5亿元以上重点县、市、区30个, 投资5000万元以上项目1400个: a measured quantity that the next count follows qualifies it. */
    private boolean qualifiesNextCount(String text, Quantity q, Quantity next) {
        // 分别达到6300亿元、9800亿元、33万户: values given in turn, nothing between them but the separator.
        if (next != null && ONLY_SEPARATORS.matcher(text).region(q.end(), next.start()).matches() && inTurn(text, q.start())) return false;
        return !isCounting(q) && !q.unit().equals("%") && !q.unit().contains("百分点") && next != null && isCounting(next)
                && next.upper() == null && !listedApart(text, q.end(), next.start()) && !committed(text, q.end(), next.start());
    }

    /** Whether the clause that {@code at} stands in gives its values in turn (分别). */
    private static boolean inTurn(String text, int at) {
        // Back to the clause's start only: a scan of the whole text before it would cost on every list of values.
        for (int i = at - 1; i > 0 && "，。；\n".indexOf(text.charAt(i)) < 0; i--) {
            if (text.charAt(i) == '别' && text.charAt(i - 1) == '分') return true;
        }
        return false;
    }

    /** Whether nothing but a comparator (以上, 左右) stands between {@code at} and the clause's end or next punctuation. */
    private boolean closesClause(String text, int at, int clauseEnd) {
        Lexicon.ComparatorWord cmp = comparatorAfter(text, at, clauseEnd);
        if (cmp != null) at += cmp.word().length();
        return at >= clauseEnd || "，。；".indexOf(text.charAt(at)) >= 0;
    }

    /** How many items a list ending the text names (A、B和C: three); 0 when it ends in no list. */
    private static int listedItems(String before) {
        int clause = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'));
        String tail = before.substring(clause + 1);
        int separators = 0;
        for (int i = 0; i < tail.length(); i++) if (tail.charAt(i) == '、') separators++;
        if (separators == 0) return 0;
        String last = tail.substring(tail.lastIndexOf('、') + 1);
        return separators + 1 + (last.contains("和") || last.contains("及") ? 1 : 0);
    }

    /** Whether items listed between two quantities stand apart (、森林抚育…): 县、市、区 lists single words of one noun. */
    private static boolean listedApart(String text, int from, int to) {
        String between = text.substring(from, to);
        if (between.indexOf('，') >= 0 || between.indexOf('；') >= 0) return true;
        String[] items = between.split("[、和及与]", -1);
        for (int i = 1; i < items.length; i++) if (items[i].length() > 2) return true;
        return false;
    }

    /** Whether words between two quantities commit to the second (达到, 建成, 新增…): then the first is a value too. */
    private boolean committed(String text, int from, int to) {
        String between = text.substring(from, to);
        for (String verb : lexicon.targetVerbs()) if (between.contains(verb)) return true;
        for (Lexicon.ComparatorWord c : lexicon.comparators()) if (c.before() && between.contains(c.word())) return true;
        return false;
    }

    private static boolean separated(String text, int from, int to) {
        for (int i = from; i < to; i++) if ("、和及与，；".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /**
     * Builds the target for one value of a clause from the words of its segment; {@code respectiveIndicator} is its
     * indicator when the clause lists one for each value (分别), {@code previousIndicator} the one written last in the
     * sentence, which a value with no subject of its own measures. Null when no indicator can be read.
     */
    private TargetRecord target(String text, Segment segment, ClauseTerms clause, String respectiveIndicator,
                                String previousIndicator) {
        int from = segment.start(), to = segment.end();
        Quantity q = segment.quantity();
        Lexicon.ComparatorWord clauseComparator = clause.comparator();
        String verb = clause.verb();
        String before = text.substring(from, q.start());
        String after = text.substring(q.end(), to);
        Lexicon.ComparatorWord cmpBefore = comparatorBefore(text, from, q.start());
        if (cmpBefore == null && before.isBlank()) cmpBefore = clauseComparator;
        Lexicon.ComparatorWord cmpAfter = comparatorAfter(text, q.end(), to);
        String comparator = cmpAfter != null ? cmpAfter.comparator() : cmpBefore != null ? cmpBefore.comparator() : q.more() ? ">" : "=";
        String direction = q.direction() != null ? q.direction()
                : cmpBefore != null && !cmpBefore.direction().isEmpty() ? cmpBefore.direction() : null;
        Integer baseline = null;
        Matcher b = BASELINE.matcher(before);
        int baselineAt = -1;
        if (b.find()) {
            baseline = b.group(1) != null ? Integer.valueOf(b.group(1))
                    : b.group(2) != null ? Integer.valueOf(b.group(2)) : Integer.valueOf(fiveYearPlanEnd(b.group(3)));
            baselineAt = b.start();
        }

        String subject = baselineAt >= 0 ? before.substring(0, baselineAt) : before;
        if (cmpBefore != null) {
            int at = subject.lastIndexOf(cmpBefore.word());
            if (at >= 0) subject = subject.substring(0, at);
        }
        subject = subject.replaceAll("力争|确保|争取|分别|预计", "");
        Matcher dl = DEADLINE.matcher(subject);
        Integer due = clause.deadline();
        if (dl.find() && dl.start() == 0 && dl.end() > 0) {
            // …达到20%左右、到2030年达到25%左右: a value listed after another with a deadline of its own is due then.
            Integer own = dl.group(3) != null ? Integer.valueOf(dl.group(3)) : dl.group(7) != null ? fiveYearPlanEnd(dl.group(7))
                    : dl.group(4) != null && dl.group(0).matches(".*(到|至|于|前|底|末).*") ? Integer.valueOf(dl.group(4)) : null;
            if (own != null && due != null && own > due) due = own;
            subject = subject.substring(dl.end());
        }
        // 主营业务收入2017年达到…: the year the subject ends on is the deadline, no part of the indicator.
        Matcher year = YEAR_ENDING_SUBJECT.matcher(subject);
        if (year.find() && year.start() > 0) subject = subject.substring(0, year.start());
        String rest = after;
        if (cmpAfter != null && rest.startsWith(cmpAfter.word())) rest = rest.substring(cmpAfter.word().length());
        String written;
        if (respectiveIndicator != null) {
            written = respectiveIndicator;              // 单位GDP能耗和二氧化碳排放分别下降13.5%、18%
        } else if (cmpBefore != null && !subject.isBlank()) {
            written = subject;                          // 全市绿色食品认证证书达500张, 碳排放强度比2020年下降9.5%
        } else if (verb != null) {
            int at = subject.indexOf(verb);
            String head = at < 0 ? "" : subject.substring(0, at);
            String object = at < 0 ? subject : subject.substring(at + verb.length());
            if (!object.replaceAll("[“”\"]", "").isBlank()) {
                written = object;                       // 打造绿色工厂80家 (实现“双倍增”: the quote mark is no object)
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
        // 能耗下降13.5%，“十四五”期间年均下降2.6%: a value with no subject of its own measures the one before it.
        if (written.isEmpty() && previousIndicator != null) written = previousIndicator;
        if (written.isEmpty()) return null;
        String indicator = normaliseIndicator(written);
        if (indicator.length() < 2) return null;
        Optional<String> certType = certificateTypes.find(indicator).stream().findFirst().map(m -> m.type().iri());
        return TargetRecord.builder().indicatorAsWritten(written).indicator(indicator).certificateType(certType).value(q.value())
                .upperValue(q.upper()).unit(q.unit()).comparator(comparator).aspirational(clause.aspirational())
                .deadlineYear(due).baselineYear(baseline).direction(direction).scope(clause.scope())
                .start(from).end(to).build();
    }

    /**
     * The indicators of 「A、B和C分别下降X、Y、Z」, one per quantity, or null when the clause does not
     * read that way.
     */
    private static List<String> respectively(String text, int clauseStart, int clauseEnd, List<Quantity> quantities) {
        // 5岁以下儿童死亡率分别控制在6.6‰…: a quantity inside the indicators, before 分别, is no value of the list.
        int marker = text.substring(clauseStart, clauseEnd).indexOf("分别");
        int inside = 0;
        while (marker > 0 && inside < quantities.size() && quantities.get(inside).start() < clauseStart + marker) inside++;
        if (inside > 0 && inside < quantities.size()) {
            List<String> values = respectively(text, clauseStart, clauseEnd, quantities.subList(inside, quantities.size()));
            if (values == null || values.size() > quantities.size() - inside) return null;
            List<String> out = new ArrayList<>(Collections.nCopies(inside, (String) null));
            out.addAll(values);
            return out;
        }
        String before = text.substring(clauseStart, quantities.get(0).start());
        int at = before.indexOf("分别");
        // 分别不低于4.62万吨、0.32…: more values follow that were not read as quantities; which goes with which is unknown.
        if (at >= 0 && quantities.size() == 1 && text.substring(quantities.get(0).end(), clauseEnd).chars().anyMatch(Character::isDigit)) {
            return null;
        }
        if (at < 0 && quantities.size() == 1) at = eachAt(before);
        if (at <= 0) return null;
        String subject = before.substring(0, at);
        Matcher dl = DEADLINE.matcher(subject);
        if (dl.find() && dl.start() == 0) subject = subject.substring(dl.end());
        String[] parts = subject.split("、|和|及|与|以及");
        List<String> out = new ArrayList<>();
        for (String p : parts) if (!p.isBlank()) out.add(p.strip());
        if (quantities.size() == 1 ? out.size() < 2 : out.size() != quantities.size()) return null;
        return out;
    }

    /** Where 均 (each) stands before a single value, not inside 年均, 人均 or 平均; -1 when it does not. */
    private static int eachAt(String before) {
        int at = before.lastIndexOf('均');
        if (at <= 0 || "年人平".indexOf(before.charAt(at - 1)) >= 0) return -1;
        return at;
    }

    private boolean endsWithScope(String s) {
        return lexicon.scopeWords().keySet().stream().anyMatch(s::endsWith);
    }

    private static boolean startsWithPunctuation(String s) {
        return !s.isEmpty() && "，。；、）”’」』\"".indexOf(s.charAt(0)) >= 0;
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

    /** Values with their units in the clause [from, to), outside 《》. */
    private static final String HAN_NUMERALS = "零〇一二两三四五六七八九十百千万亿";

    private static final int LONGEST_SLOGAN = 16;

    /**
     * Where the number of a list item ends when one stands at {@code at}: a line that opens with 2. before a digit, in a
     * list whose line above or below opens with a number and a point too; -1 otherwise.
     */
    private static int listNumberEnd(String text, int at) {
        if (at > 0 && text.charAt(at - 1) != '\n') return -1;
        Matcher item = LIST_NUMBER.matcher(text).region(at, Math.min(text.length(), at + 4));
        if (!item.lookingAt() || item.end() >= text.length() || !Character.isDigit(text.charAt(item.end()))) return -1;
        int above = at >= 2 ? text.lastIndexOf('\n', at - 2) + 1 : -1;
        int below = text.indexOf('\n', at) + 1;
        boolean inList = above >= 0 && above < at - 1 && LIST_NUMBER.matcher(text).region(above, at - 1).lookingAt()
                || below > 0 && below < text.length() && LIST_NUMBER.matcher(text).region(below, text.length()).lookingAt();
        return inList ? item.end() : -1;
    }

    private static final Pattern LIST_NUMBER = Pattern.compile("[0-9]{1,2}[.．]");

    private List<Quantity> quantities(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        if (contains(text, '翻', from, to) || contains(text, '倍', from, to)) {
            Matcher doubling = DOUBLING.matcher(text).region(from, to);
            while (doubling.find()) {
                BigDecimal times = doubling.group(1) == null || doubling.group(1).equals("一") ? BigDecimal.valueOf(2) : BigDecimal.valueOf(4);
                out.add(Quantity.builder().start(doubling.start()).end(doubling.end()).valueEnd(doubling.end()).value(times)
                        .unit("倍").direction("increase").build());
            }
        }
        Matcher m = NUMBER.matcher(text);
        int depth = 0, afterItem = -1;
        // Scanned by hand: a clause holds few numbers, and a regular expression tried at every character costs.
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '《') depth++;
            else if (ch == '》') depth = Math.max(0, depth - 1);
            else if (ch == '“') {
                // “六个一”, “十二个着力”, “推动6个转型、实施8大工程”: a number inside a short quoted slogan names it.
                int close = text.indexOf('”', i + 1);
                if (close > 0 && close < to && close - i <= LONGEST_SLOGAN) {
                    i = close;
                    continue;
                }
            }
            boolean digit = ch >= '0' && ch <= '9';
            if (!digit && HAN_NUMERALS.indexOf(ch) < 0 || depth > 0) continue;
            // 1.既有住宅加装电梯400台 / 2.50个小区新增充电设施: in a numbered list, 2. numbers the item, however the item begins.
            int itemEnd = digit ? listNumberEnd(text, i) : -1;
            if (itemEnd > 0) {
                afterItem = itemEnd;
                i = itemEnd - 1;
                continue;
            }
            boolean opensItem = i == afterItem;
            if (!opensItem && (i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1)) || digit && i > 0 && text.charAt(i - 1) == '.')) continue;
            if (!digit && !text.startsWith("百分之", i)) {
                int run = i;
                while (run < to && HAN_NUMERALS.indexOf(text.charAt(run)) >= 0) run++;
                char previous = i > 0 ? text.charAt(i - 1) : ' ';
                // 一批, 统一, 万家灯火: a single numeral character is a word, not a value, unless a comparator
                // governs it (过千亿元, 突破万亿元) or it counts times (增加约一倍).
                boolean governed = "过超近约逾达".indexOf(previous) >= 0 || previous == '破' && "百千万亿".indexOf(ch) >= 0 || run < to && text.charAt(run) == '倍'
                        || roundCount(text, i, run, to);
                boolean word = run - i < 2 && ch != '十' && !governed;
                if (word) {
                    i = run - 1;
                    continue;
                }
            }
            m.region(i, to);
            if (!m.lookingAt()) continue;
            Quantity q = quantityAt(text, m, from, to);
            if (q == null) continue;
            q = withUnitPerBefore(text, q, from);
            // 5G, PM2.5, 3D: a number run into letters is a name, unless the letters are its unit (900kWh).
            if (q.end() < to && isAsciiLetter(text.charAt(q.end())) || text.startsWith(".", q.end())) {
                i = m.end() - 1;
                continue;
            }
            out.add(q);
            for (int k = i + 1; k < q.end(); k++) {
                if (text.charAt(k) == '《') depth++;
                else if (text.charAt(k) == '》') depth = Math.max(0, depth - 1);
            }
            i = q.end() - 1;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** 每立方米22微克: the unit the value is counted per may stand before it (22微克/立方米). */
    private Quantity withUnitPerBefore(String text, Quantity q, int from) {
        if (q.unit().isEmpty() || q.unit().contains("/")) return q;
        int each = text.lastIndexOf('每', q.start() - 1);
        if (each < from || q.start() - each > longestUnit + 1) return q;
        for (String per : lexicon.units()) {
            int at = q.start() - per.length() - 1;
            if (at >= from && text.startsWith("每" + per, at)) {
                return Quantity.builder().start(q.start()).end(q.end()).valueEnd(q.valueEnd()).value(q.value()).upper(q.upper())
                        .unit(q.unit() + "/" + per).more(q.more()).direction(q.direction()).build();
            }
        }
        return q;
    }

    /** 打造百家领军企业, 制定百项关键标准: a round hundred or thousand counted straight after the verb that commits to it. */
    private boolean roundCount(String text, int at, int run, int to) {
        if (run - at != 1 || "百千".indexOf(text.charAt(at)) < 0 || run >= to || "项家个所座".indexOf(text.charAt(run)) < 0) return false;
        for (String verb : lexicon.targetVerbs()) if (text.startsWith(verb, at - verb.length())) return true;
        return false;
    }

    private static boolean contains(String text, char c, int from, int to) {
        int at = text.indexOf(c, from);
        return at >= 0 && at < to;
    }

    /** The quantity whose number the matcher has just read at its region's start; null when it is none. */
    private Quantity quantityAt(String text, Matcher m, int clauseStart, int to) {
        int start = m.start();
        if (m.group(1) != null) {
            BigDecimal value = chineseValue(m.group(1));
            if (value == null || m.end() < to && isAsciiLetterOrDigit(text.charAt(m.end()))) return null;
            return Quantity.builder().start(start).end(m.end()).valueEnd(m.end()).value(value).unit("%").build();
        }
        if (m.group(2) != null) {
            BigDecimal value = digits(m.group(2));
            Quantity q = quantityAt(text, start, m.end(), value, to);
            if (q == null && unitlessValue(text, clauseStart, start, m.end(), to)) {
                q = Quantity.builder().start(start).end(m.end()).valueEnd(m.end()).value(value).unit("").build();
            }
            if (q == null && m.end() < to && text.charAt(m.end()) == '年' && YEARS_INDICATOR.matcher(text.substring(clauseStart, start)).find()) {
                q = Quantity.builder().start(start).end(m.end() + 1).valueEnd(m.end()).value(value).unit("年").build();
            }
            return q;
        }
        String han = m.group(3);
        // 千亿元, 三千万元: a trailing 万 or 亿 is the unit's magnitude, as after Arabic digits.
        int magnitudeAt = m.end() - 1;
        if (han.length() >= 2 && (han.endsWith("万") || han.endsWith("亿")) && unitAt(text, magnitudeAt, to) != null) {
            BigDecimal value = chineseValue(han.substring(0, han.length() - 1));
            if (value != null) return quantityAt(text, start, magnitudeAt, value, to);
            // 突破万亿元, 超万亿元: a magnitude alone counts one of it, and is the unit's magnitude (1万亿元).
            if (lexicon.magnitudes().contains(han) && unitAt(text, start, to) != null) return quantityAt(text, start, start, BigDecimal.ONE, to);
        }
        BigDecimal value = chineseValue(han);
        return value == null ? null : quantityAt(text, start, m.end(), value, to);
    }

    /** Indicators measured in no unit: an index, a ratio, a coefficient (质量竞争力指数达到86, 收入倍差缩小到1.7以内). */
    private static final String LEVEL_VERBS = "(?:达到|达|保持在|稳定在|提高到|提高至|提升至|提升到|缩小到|缩小至|降至|降到|控制在|不低于|不高于|超过)$";
    /** Nouns of indicators measured in no unit. */
    private static final String UNITLESS_NOUNS = "指数|倍差|系数|比值|得分|指标值|等级";
    private static final Pattern UNITLESS_INDICATOR = Pattern.compile("(" + UNITLESS_NOUNS + "|比)" + LEVEL_VERBS);
    /** A length of time measured in years (平均受教育年限达到11年): its 年 is the unit, not a date. */
    private static final Pattern YEARS_INDICATOR = Pattern.compile("年限" + LEVEL_VERBS);

    /** Whether an indicator is measured in no unit (质量竞争力指数, 收入倍差), as a table's row names it. */
    boolean unitless(String indicator) {
        return UNITLESS_NAME.matcher(indicator).find();
    }

    private static final Pattern UNITLESS_NAME = Pattern.compile("(" + UNITLESS_NOUNS + ")$");

    private static boolean unitlessValue(String text, int clauseStart, int start, int at, int to) {
        if (at < to && (Character.isIdeographic(text.charAt(at)) && !text.startsWith("以上", at) && !text.startsWith("以内", at)
                && !text.startsWith("左右", at) && !text.startsWith("以下", at) || isAsciiLetter(text.charAt(at)) || text.charAt(at) == '%')) {
            return false;
        }
        return UNITLESS_INDICATOR.matcher(text.substring(clauseStart, start)).find();
    }

    /**
     * The quantity whose value, read from [start, at), is followed by its unit: 500张, 1000余家, 3至5家,
     * 10%—15%, 3家至5家; null when no unit follows.
     */
    private Quantity quantityAt(String text, int start, int at, BigDecimal value, int to) {
        boolean more = false;
        if (at < to && (text.charAt(at) == '余' || text.charAt(at) == '多')) {
            more = true;
            at++;
        }
        String unit = unitAt(text, at, to);
        BigDecimal upper = null;
        int end;
        if (unit == null) {
            // 3至5家, 10—15%: the unit after the second value.
            Matcher join = RANGE_JOIN.matcher(text).region(at, to);
            if (!join.lookingAt()) return null;
            Matcher second = NUMBER.matcher(text).region(join.end(), to);
            if (!second.lookingAt() || second.group(2) == null) return null;
            String unit2 = unitAt(text, second.end(), to);
            if (unit2 == null) return null;
            upper = digits(second.group(2));
            unit = unit2;
            end = second.end() + unit2.length();
        } else {
            end = at + unit.length();
            // 3家至5家, 10%—15%
            Matcher join = RANGE_JOIN.matcher(text).region(end, to);
            if (join.lookingAt()) {
                Matcher second = NUMBER.matcher(text).region(join.end(), to);
                if (second.lookingAt() && second.group(2) != null && text.startsWith(unit, second.end())) {
                    upper = digits(second.group(2));
                    end = second.end() + unit.length();
                }
            }
        }
        if (upper != null && upper.compareTo(value) <= 0) upper = null;
        return Quantity.builder().start(start).end(end).valueEnd(at).value(value).upper(upper).unit(unit).more(more).build();
    }

    /** The unit at {@code at}: a magnitude and a unit (万吨), a unit alone, either followed by /unit. */
    String unitAt(String s, int at, int to) {
        String unit = simpleUnitAt(s, at, to);
        if (unit == null) return null;
        int end = at + unit.length();
        if (end < to && (s.charAt(end) == '/' || s.charAt(end) == '每')) {
            String per = simpleUnitAt(s, end + 1, to);
            if (per == null) {
                for (String p : lexicon.perUnits()) {
                    if (s.startsWith(p, end + 1) && end + 1 + p.length() <= to) { per = p; break; }
                }
            }
            if (per != null) unit = unit + "/" + per;
        }
        return unit;
    }

    private String simpleUnitAt(String s, int at, int to) {
        String best = null;
        for (String u : lexicon.units()) {
            if (s.startsWith(u, at) && at + u.length() <= to) { best = u; break; }
        }
        for (String mag : lexicon.magnitudes()) {
            if (!s.startsWith(mag, at)) continue;
            for (String u : lexicon.units()) {
                if (s.startsWith(u, at + mag.length()) && at + mag.length() + u.length() <= to) {
                    String candidate = mag + u;
                    if (best == null || candidate.length() > best.length()) best = candidate;
                    break;
                }
            }
        }
        return best;
    }

    /** The value of a Chinese numeral: 十五, 三千, 两万, 一百二十, 三点五; null when it is not one. */
    static BigDecimal chineseValue(String s) {
        String t = s.replace('两', '二').replace('〇', '零');
        int point = t.indexOf('点');
        BigDecimal fraction = BigDecimal.ZERO;
        if (point >= 0) {
            StringBuilder digits = new StringBuilder("0.");
            for (char c : t.substring(point + 1).toCharArray()) {
                int d = "零一二三四五六七八九".indexOf(c);
                if (d < 0) return null;
                digits.append(d);
            }
            fraction = new BigDecimal(digits.toString());
            t = t.substring(0, point);
        }
        long total = 0, section = 0, digit = -1;
        for (char c : t.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) return null;
            if (unit >= 10_000) {
                section = (section + Math.max(digit, 0)) * unit;
                total += section;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        total += section + Math.max(digit, 0);
        if (total == 0 && fraction.signum() == 0 && !t.contains("零")) return null;
        return BigDecimal.valueOf(total).add(fraction);
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
            if (end > bestEnd || (end == bestEnd && w.word().length() > best.word().length())) {
                bestEnd = end;
                best = w;
            }
        }
        // A relative change word governs the value across a baseline (比2020年下降); others must stand next to it.
        if (best != null && numberAt - (from + bestEnd) > 4 && best.direction().isEmpty()) return null;
        if (best != null && numberAt - (from + bestEnd) > 12) return null;
        // 超亿元项目1000个: the comparator bounds an amount written without digits, a threshold of the counted noun.
        if (best != null && simpleUnitAt(text, from + bestEnd, numberAt) != null) return null;
        return best;
    }

    private Lexicon.ComparatorWord comparatorAfter(String text, int unitEnd, int to) {
        for (Lexicon.ComparatorWord w : lexicon.comparators()) {
            if (!w.before() && text.startsWith(w.word(), unitEnd) && unitEnd + w.word().length() <= to) return w;
        }
        return null;
    }

    /** Where a list item ends between two quantities: the last 、 (or 和, 及) between them. */
    private static int listBreak(String text, int after, int next, int clauseEnd) {
        for (int i = next - 1; i >= after; i--) if (text.charAt(i) == '、') return i;
        for (int i = next - 1; i >= after; i--) if ("和及与".indexOf(text.charAt(i)) >= 0) return i;
        return next;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** Splits [start, end) at any of the break characters, dropping empty pieces and the breaks. */
    static List<int[]> split(String text, int start, int end, String breaks) {
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
