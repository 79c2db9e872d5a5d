package org.policylineage.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.Settings;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.TextNormaliser;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.DocumentLevel;

/** Reads a policy document's metadata, structure, agencies, certificate types, targets and citations. */
public final class DocumentExtractor {
    /** A title that issues a document: 关于印发《…》的通知, 关于印发…的通知. */
    private static final Pattern ISSUES = Pattern.compile("(?:印发|下达|发布|颁布)《?([^《》]{4,}?)》?的(?:通知|决定)");
    private static final Pattern PUBLISHED_AFTER = Pattern.compile(
            "^(?:（[^）]*）)?(?:已经[^，。]{0,20}，)?(?:现)?(?:予以|予)?(?:印发|下达|颁布|发布)给?(?:你们|你|各)|^(?:（[^）]*）)?(?:已经[^，。]{0,30}，)?现予(?:以)?(?:印发|下达|颁布|发布)");
    /** A line under a goal paragraph that carries its deadline on: ——…, 1.…, ①…, 产品质量：…. */
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(——|—|[-•·●○◆■]|[0-9]{1,2}[.、．](?![0-9])|（[0-9]{1,2}）|[①-⑳]|[一二三四五六七八九十]是|[^\\s，。：（）]{2,8}：)");
    private static final Pattern SHORT_NAME_GIVEN = Pattern.compile("》?[（(](?:以下|下)?简称");
    /** 《…》全文如下: the text that follows is that document. */
    private static final Pattern CARRIED_AFTER = Pattern.compile("(?:（[^）]*）)?(?:全文如下|原文如下|全文)");
    /** A title printed at the end of a citation (（2024-2027年）（征求意见稿））, ignored when it is compared with the text's own. */
    private static final Pattern TITLE_TAIL = Pattern.compile("(（[^（）]*）)+$");
    private static final Pattern KIND_CUE = Pattern.compile("(?:制定|提出|形成)(?:了)?(?:如下|以下|本|此)?");

    private final ReferenceData reference;
    private final TextNormaliser normaliser;
    private final DocumentSegmenter segmenter;
    private final FrontMatterReader frontMatter;
    private final JurisdictionReader jurisdictions;
    private final ResponsibilityReader responsibilities;
    private final TargetExtractor targets;
    private final IndicatorTables tables;
    private final CitationExtractor citations;
    private final Settings.Limits limits;

    /** An extractor without limits on what one document may produce: for tests and tools on known input. */
    public DocumentExtractor(ReferenceData reference) {
        this(reference, new Settings.Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    /** An extractor that reads no more of one document than {@code limits} allow, and says so in its warnings. */
    public DocumentExtractor(ReferenceData reference, Settings.Limits limits) {
        this.reference = reference;
        this.limits = limits;
        this.normaliser = reference.lexicon().normaliser();
        this.segmenter = new DocumentSegmenter(reference.agencies());
        this.frontMatter = new FrontMatterReader(reference.agencies(), reference.documentKinds(), reference.lexicon()::isMediaName);
        this.jurisdictions = new JurisdictionReader(reference);
        this.responsibilities = new ResponsibilityReader(reference.agencies());
        this.targets = new TargetExtractor(reference.lexicon(), reference.certificateTypes(), reference.regions());
        this.tables = new IndicatorTables(targets, reference.lexicon());
        this.citations = new CitationExtractor(reference.agencies(), reference.lexicon());
    }

    /** How much of a text's beginning may name the period it is about: a headline and a lead. */
    private static final int OPENING = 400;

    public ExtractedDocument extract(String original) throws NoStructureException {
        NormalisedText text = normaliser.normalise(original);
        Layout layout = segmenter.segment(text);
        FrontMatter front = frontMatter.read(text, layout.frontMatter(), layout.trailer());
        String t = text.text();
        Jurisdiction jurisdiction = jurisdictions.read(front, t);
        Region region = jurisdiction.region().orElse(null);

        Integer writtenIn = front.date().map(LocalDate::getYear).or(() -> front.number().map(DocNumber::year)).orElse(null);
        Integer workYear = TargetExtractor.workYear(t);
        Integer worksYear = TargetExtractor.worksListYear(t);
        Integer presentYear = writtenIn != null ? writtenIn : workYear;
        // Undated, a text that opens on a plan for 2021—2025 (or the 14th five-year plan) was written no earlier than its
        // first year: what it says of years before that is past.
        Integer openingPeriod = writtenIn != null ? null : TargetExtractor.periodStart(t.substring(0, Math.min(t.length(), OPENING)));
        // Undated, a work report that names the year it is about (2017年政府工作重点) reports the years before it.
        Integer referenceYear = writtenIn != null ? writtenIn : openingPeriod != null ? openingPeriod : workYear;
        // Bounded: what one document produces is limited (settings: policy-lineage.ingest.limits), and what
        // is beyond a limit is not read at all, so a huge document costs no more than a large one.
        List<String> limitWarnings = new ArrayList<>();
        List<Layout.SectionSpan> sectionSpans = bounded(layout.sections(), limits.measures(), "sections", "measures", limitWarnings);
        List<SectionRecord> sections = sectionSpans.stream()
                .map(s -> new SectionRecord(s.ordinal(), s.number(), s.heading(), s.start(), s.end())).toList();
        boolean restarts = layout.measures().stream().map(Layout.MeasureSpan::ordinal).distinct().count() < layout.measures().size();
        List<MeasureRecord> measures = new ArrayList<>();
        List<CitationRecord> cites = new ArrayList<>();
        int targetsLeft = limits.targets(), mentionsLeft = limits.mentions();
        boolean targetsCut = false, mentionsCut = false;
        List<Layout.MeasureSpan> measureSpans = bounded(layout.measures(), limits.measures(), "measures", "measures", limitWarnings);
        int readEnd = t.length();
        if (measureSpans.size() < layout.measures().size()) readEnd = measureSpans.get(measureSpans.size() - 1).end();
        if (sectionSpans.size() < layout.sections().size()) readEnd = Math.min(readEnd, sectionSpans.get(sectionSpans.size() - 1).end());
        // Rows of a table are read as rows, not as sentences; a measure or a span around one keeps only its prose.
        List<IndicatorTables.Table> tablesRead = tables.read(t, text.lines(), jurisdiction.region());
        // 一、2024年工作回顾, 一、发展基础: what a section reviewing the past reports is no target.
        List<Span> reviews = new ArrayList<>(layout.sections().stream()
                .filter(s -> reviewing(s.heading())).map(s -> new Span(s.start(), s.end())).toList());
        reviews.addAll(unnumberedReviews(text));
        for (Layout.MeasureSpan m : measureSpans) {
            String key = restarts ? m.sectionOrdinal() + "-" + m.ordinal() : String.valueOf(m.ordinal());
            ResponsibilityReader.Note note = responsibilities.read(t, m.start(), m.end(), region);
            List<AgencyMention> agencies = note.agencies();
            List<org.policylineage.reference.CertificateTypes.Mention> certs = mentionsLeft <= 0 ? List.of()
                    : reference.certificateTypes().find(t.substring(m.start(), note.bodyEnd())).stream()
                    .map(c -> new org.policylineage.reference.CertificateTypes.Mention(c.start() + m.start(), c.end() + m.start(), c.type()))
                    .toList();
            if (agencies.size() + certs.size() > mentionsLeft) {
                mentionsCut = true;
                agencies = agencies.subList(0, Math.min(agencies.size(), mentionsLeft));
                certs = certs.subList(0, Math.min(certs.size(), mentionsLeft - agencies.size()));
            }
            mentionsLeft -= agencies.size() + certs.size();
            List<TargetRecord> measureTargets = targetsLeft <= 0 || reviewing(m.heading()) ? List.of()
                    : targets.extract(t, targetsFrom(t, m), note.bodyEnd(), m.heading(),
                    new TargetExtractor.Context(jurisdiction.region(), referenceYear, presentYear, true, worksYear));
            measureTargets = outsideReviews(outsideTables(measureTargets, tablesRead), reviews);
            // 一、落实2019年经济社会发展总体要求和主要预期目标 dates the measures under it that state no year.
            Integer sectionYear = layout.sections().stream().filter(s -> s.ordinal() == m.sectionOrdinal()).findFirst()
                    .map(s -> targets.headingDeadline(s.heading(), referenceYear)).orElse(null);
            if (sectionYear != null) measureTargets = dueBy(measureTargets, sectionYear);
            if (targetsLeft <= 0 || measureTargets.size() > targetsLeft) {
                targetsCut = true;
                measureTargets = measureTargets.subList(0, Math.max(0, Math.min(measureTargets.size(), targetsLeft)));
            }
            targetsLeft -= measureTargets.size();
            measures.add(MeasureRecord.builder().key(key).ordinal(m.ordinal()).number(m.number()).sectionOrdinal(m.sectionOrdinal())
                    .heading(m.heading()).start(m.start()).end(m.end()).bodyEnd(note.bodyEnd()).responsibilities(agencies)
                    .certificateTypes(certs).targets(measureTargets).build());
            if (cites.size() < limits.citations()) cites.addAll(citations.extract(t, m.start(), note.bodyEnd(), Optional.of(key), region));
        }
        // 一、制定背景 / 为认真贯彻落实《…》…: what a section says outside its numbered measures cites too.
        for (NormalisedText.Line line : outsideMeasures(text, layout, readEnd)) {
            if (cites.size() >= limits.citations()) break;
            cites.addAll(citations.extract(t, line.start(), line.end(), Optional.empty(), region));
        }
        if (targetsCut) limitWarnings.add(limitReached("targets", limits.targets(), "targets"));
        if (mentionsCut) limitWarnings.add(limitReached("agency and certificate-type mentions", limits.mentions(), "mentions"));

        List<AgencyMention> issuers = front.issuerNames().stream()
                .map(n -> new AgencyMention(n, reference.agencies().resolve(n, region), false, -1, -1)).toList();
        if (issuers.isEmpty() && front.number().isPresent()) {
            issuers = reference.issuerCodes().lookup(front.number().get().issuerCode())
                    .map(i -> List.of(new AgencyMention(i.function().nameIn(i.region()),
                            Optional.of(new org.policylineage.reference.ResolvedAgency(i.function(), i.region(), i.code())), false, -1, -1)))
                    .orElse(List.of());
        }

        List<CitationRecord> frontCitations = new ArrayList<>();
        for (var p : front.paragraphs()) frontCitations.addAll(citations.extract(t, p.start(), p.end(), Optional.empty(), region));
        Set<String> ownTitles = new LinkedHashSet<>();
        front.title().map(Titles::normalise).ifPresent(ownTitles::add);
        Set<String> forwardedTitles = new LinkedHashSet<>();
        for (CitationRecord c : frontCitations) {
            if (c.relation() == CitationRelation.FORWARDS) c.normalisedTitle().ifPresent(forwardedTitles::add);
        }
        List<String> alternatives = new ArrayList<>();
        for (FrontMatter.Embedded e : front.embedded()) {
            String n = Titles.normalise(e.title());
            if (!forwardedTitles.contains(n) && ownTitles.add(n)) alternatives.add(e.title());
        }
        front.title().ifPresent(title -> {
            Matcher issued = ISSUES.matcher(title);
            while (issued.find()) if (ownTitles.add(Titles.normalise(issued.group(1)))) alternatives.add(issued.group(1));
        });
        // 现将《…》印发给你们, 现予下达: the notice's own body, not a citation of another document.
        for (CitationRecord c : frontCitations) {
            if (c.title().isEmpty() || c.relation() == CitationRelation.FORWARDS || !publishes(t, c)) continue;
            if (ownTitles.add(Titles.normalise(c.title().get()))) alternatives.add(c.title().get());
        }
        ShortNames shortNames = ShortNames.read(t, ownTitles, reference.lexicon()::isMediaName);
        Set<String> ownStems = new HashSet<>();
        for (String own : ownTitles) ownStems.add(TITLE_TAIL.matcher(own).replaceFirst(""));
        ownTitles.addAll(citedForms(frontCitations, cites, ownStems));
        List<CitationRecord> all = new ArrayList<>();
        for (CitationRecord c : frontCitations) {
            if (c.normalisedTitle().map(ownTitles::contains).orElse(false) || shortNames.dropped(c)) continue;
            if (c.number().isPresent() && c.number().equals(front.number())) continue;
            all.add(withEmbeddedIssuers(c, front, region));
        }
        for (CitationRecord c : cites) {
            if ((c.normalisedTitle().map(ownTitles::contains).orElse(false) && !formerVersion(c, front)) || shortNames.dropped(c)) continue;
            all.add(c);
        }

        if (all.size() > limits.citations()) {
            all = new ArrayList<>(all.subList(0, limits.citations()));
            limitWarnings.add(limitReached("citations", limits.citations(), "citations"));
        }

        List<String> kinds = kinds(front, alternatives, t, layout);
        Optional<String> report = reportKind(t, front);
        Optional<String> title = front.title();
        if (report.isEmpty() && front.number().isEmpty() && (title.isEmpty() || announcesCited(title.get(), all))
                && layout.measures().isEmpty() && publishedIn(t, all)) {
            // A headline over 《…》印发 / 发布《…》 and no 文号 or numbered measures: a news report of that document.
            report = Optional.of("news-report");
        }
        if (report.isPresent()) {
            kinds = new ArrayList<>(kinds);
            if (!kinds.contains(report.get())) kinds.add(0, report.get());
            all = reportedOn(t, all);
        }
        if (title.isEmpty() && front.number().isEmpty()) title = headline(text);
        // 印发通知 over the text of 《…实施方案》全文如下: a title that only names a kind gives way to the document it carries;
        // so does no title at all (a page copy that opens at 现将《…》印发给你们).
        if (title.map(ti -> Titles.normalise(ti).length() <= BARE_TITLE).orElse(true) && !alternatives.isEmpty()) {
            title = Optional.of(alternatives.get(0));
        }
        // A lead that names 《…实施方案》, then that title on a line of its own over the plan's text: the text carries it.
        if (title.isEmpty()) {
            Optional<String> carried = carriedTitle(text, all);
            if (carried.isPresent()) {
                String own = Titles.normalise(carried.get());
                all = all.stream().filter(c -> !c.normalisedTitle().map(own::equals).orElse(false)).toList();
                title = carried;
            }
        }
        Optional<DocumentLevel> level = jurisdiction.level();
        List<String> warnings = new ArrayList<>(front.warnings());
        warnings.addAll(limitWarnings);
        if (front.date().isPresent() && front.number().isPresent() && front.date().get().getYear() < front.number().get().year()) {
            warnings.add("the date " + front.date().get() + " is before the year of the document number "
                    + front.number().get().canonical() + "; both are kept as read");
        }
        List<TargetRecord> found = outsideTables(documentTargets(text, layout, front,
                new TargetExtractor.Context(jurisdiction.region(), referenceYear, presentYear, false, worksYear), readEnd), tablesRead);
        for (IndicatorTables.Table table : tablesRead) if (table.start() < readEnd) found.addAll(table.targets());
        List<TargetRecord> documentTargets = distinct(outsideReviews(found, reviews), measures, t, tablesRead);
        if (documentTargets.size() > Math.max(0, targetsLeft)) {
            documentTargets = documentTargets.subList(0, Math.max(0, targetsLeft));
            if (!targetsCut) warnings.add(limitReached("targets", limits.targets(), "targets"));
        }
        Integer periodEnd = null;
        List<String> periodTitles = new ArrayList<>(ownTitles(title, alternatives));
        // A report's targets are those of the document it reports on: 《2020年能源工作指导意见》 dates them.
        all.stream().filter(c -> c.relation() == CitationRelation.REPORTS_ON).flatMap(c -> c.title().stream()).forEach(periodTitles::add);
        for (String own : periodTitles) {
            Integer end = TargetExtractor.periodEnd(own);
            // “十四五”时期江西实施…1.3万余个 in a 2026 report: a period over before the text was written dates no aim.
            if (end != null && (referenceYear == null || end >= referenceYear)) {
                periodEnd = end;
                break;
            }
        }
        // A headline that says 今年 (湖北今年将…做这些事) speaks for the year of the text's own date.
        if (periodEnd == null && presentYear != null && periodTitles.stream().anyMatch(own -> own.contains("今年"))) periodEnd = presentYear;
        // A work report that opens its plans with 2025年，全区将… speaks for that year throughout.
        if (periodEnd == null) periodEnd = workYear;
        if (periodEnd != null) {
            documentTargets = dueBy(documentTargets, periodEnd);
            List<MeasureRecord> dated = new ArrayList<>();
            for (MeasureRecord m : measures) {
                dated.add(m.toBuilder().targets(dueBy(m.targets(), periodEnd)).build());
            }
            measures = dated;
        }
        // A page copy that prints a headline and when it was published (发布时间：…) is a report, whatever it says.
        boolean datedHeadline = title.isPresent() && front.date().isPresent();
        if (!layout.hasStructure() && front.title().isEmpty() && front.number().isEmpty() && all.isEmpty() && !datedHeadline
                && documentTargets.stream().allMatch(TargetRecord::isMilestone)) {
            throw new NoStructureException("not a policy document: found no title (关于…的通知/意见/方案, a headline), no document"
                    + " number (文号 such as 国发〔2021〕4号), no citation of a document (《…》), no target (到2025年…达到…),"
                    + " and no numbered sections 一、 or measures （一）");
        }
        return ExtractedDocument.builder().text(text).number(front.number()).title(title).alternativeTitles(alternatives)
                .issuers(issuers).date(front.date()).jurisdiction(jurisdiction.region()).jurisdictionEvidence(jurisdiction.evidence())
                .level(level).kinds(kinds).draft(front.draft()).sections(sections).measures(measures).citations(all)
                .documentTargets(documentTargets).warnings(warnings).readEnd(readEnd).build();
    }

    private static List<String> ownTitles(Optional<String> title, List<String> alternatives) {
        List<String> out = new ArrayList<>();
        title.ifPresent(out::add);
        out.addAll(alternatives);
        return out;
    }

    /**
     * Where a measure's targets begin: after its heading, unless the heading is itself a target (（一）地区生产总值增长7%以上
     * over its 责任单位), which is read from after the measure's number.
     */
    private static int targetsFrom(String t, Layout.MeasureSpan m) {
        int headingStart = m.headingEnd() - m.heading().length();
        if (headingStart < m.start() || !t.startsWith(m.heading(), headingStart)) return m.headingEnd();
        for (int i = headingStart; i < m.headingEnd(); i++) {
            if (Character.isDigit(t.charAt(i))) return headingStart;
        }
        return m.headingEnd();
    }

    /** Quantitative targets that state no deadline are due when the period the title names ends. */
    private static List<TargetRecord> dueBy(List<TargetRecord> targets, int year) {
        List<TargetRecord> out = new ArrayList<>(targets.size());
        for (TargetRecord t : targets) out.add(t.deadlineYear() != null || t.isMilestone() ? t : withDeadline(t, year));
        return out;
    }

    private static TargetRecord withDeadline(TargetRecord t, Integer year) {
        return t.toBuilder().deadlineYear(year).build();
    }

    /**
     * Targets outside every measure: each paragraph is read on its own, but a paragraph that ends in a
     * colon (到2025年：) runs on into the list under it, so its deadline holds there too. Some may restate a
     * measure's target ({@link #distinct} leaves those out).
     */
    private List<TargetRecord> documentTargets(NormalisedText text, Layout layout, FrontMatter front,
                                               TargetExtractor.Context context, int readEnd) {
        List<TargetRecord> found = new ArrayList<>();
        String ownTitle = front.title().map(Titles::normalise).orElse(null);
        String t = text.text();
        int spanStart = -1, spanEnd = -1, lastLineStart = -1;
        for (NormalisedText.Line line : text.lines()) {
            if (line.start() >= readEnd) break;
            boolean outside = layout.measures().stream().noneMatch(m -> line.start() < m.end() && line.end() > m.start());
            boolean title = ownTitle != null && line.text().length() <= ownTitle.length() * 2
                    && Titles.normalise(line.text()).equals(ownTitle);
            // 全年主要预期目标 / ●…增长5%以上 / ●…: a list under its heading is one span, blank lines between items or not.
            boolean listOpen = spanStart >= 0 && opensList(t.substring(spanStart, spanEnd));
            if (line.text().isBlank() && outside && listOpen) continue;
            if (!outside || title || line.text().isBlank()) {
                if (spanStart >= 0) found.addAll(targets.extract(t, spanStart, spanEnd, "", context));
                spanStart = -1;
                continue;
            }
            // 到2022年底，…全覆盖； / 市民…参与率达到60%以上: a line ended by a semicolon goes on under its deadline.
            String open = spanStart >= 0 ? t.substring(spanStart, spanEnd) : "";
            // 主营业务收入2017年达到2400亿元左右 / 2020年达到3800亿元左右 / 年均增长20%左右: the short lines of a chart read on.
            boolean chart = spanStart >= 0 && TargetExtractor.isShortLine(t, lastLineStart) && TargetExtractor.isShortLine(t, line.start());
            lastLineStart = line.start();
            if (spanStart >= 0 && !chart && !open.endsWith("：") && !open.endsWith("；") && !LIST_ITEM.matcher(line.text()).lookingAt()) {
                found.addAll(targets.extract(t, spanStart, spanEnd, "", context));
                spanStart = -1;
            }
            if (spanStart < 0) spanStart = line.start();
            spanEnd = line.end();
        }
        if (spanStart >= 0) found.addAll(targets.extract(t, spanStart, spanEnd, "", context));
        return found;
    }

    /**
     * 2021年工作回顾及过去五年主要成就 on a line of its own, no number before it: what follows, up to the next such
     * heading line, reviews the past too.
     */
    private List<Span> unnumberedReviews(NormalisedText text) {
        List<Span> out = new ArrayList<>();
        int from = -1;
        for (NormalisedText.Line line : text.lines()) {
            String l = line.text().strip();
            // A year may name what a heading reviews (2021年工作回顾); any other figure makes the line a statement.
            if (l.isEmpty() || l.length() > LONGEST_HEADING_LINE || HEADING_BREAKERS.matcher(l.replaceAll("[0-9]{4}年", "")).find()) continue;
            boolean review = reviewing(l);
            if (from >= 0 && !review) {
                out.add(new Span(from, line.start()));
                from = -1;
            } else if (from < 0 && review) {
                from = line.start();
            }
        }
        if (from >= 0) out.add(new Span(from, text.length()));
        return out;
    }

    private static final int LONGEST_HEADING_LINE = 30;
    private static final Pattern HEADING_BREAKERS = Pattern.compile("[。；，：,;:！？0-9%]");

    private boolean reviewing(String heading) {
        return heading != null && reference.lexicon().pastHeadingMarkers().stream().anyMatch(heading::contains);
    }

    /** A stretch [start, end) of the normalised text. */
    private record Span(int start, int end) {}

    private static List<TargetRecord> outsideReviews(List<TargetRecord> found, List<Span> reviews) {
        if (reviews.isEmpty()) return found;
        List<TargetRecord> out = new ArrayList<>(found);
        out.removeIf(r -> reviews.stream().anyMatch(s -> r.start() >= s.start() && r.start() < s.end()));
        return out;
    }

    private static List<TargetRecord> outsideTables(List<TargetRecord> found, List<IndicatorTables.Table> tablesRead) {
        if (tablesRead.isEmpty()) return found;
        List<TargetRecord> out = new ArrayList<>(found);
        out.removeIf(r -> tablesRead.stream().anyMatch(table -> table.holds(r)));
        return out;
    }

    /** Whether a span leads into a list: it ends with a colon, or its last line is a heading that names targets. */
    private static boolean opensList(String span) {
        if (span.endsWith("：")) return true;
        String last = span.substring(span.lastIndexOf('\n') + 1).strip();
        return last.length() <= LONGEST_LIST_HEADING && TargetExtractor.TARGETS_HEADING.matcher(last).find() && last.chars().noneMatch(c -> "。；，".indexOf(c) >= 0);
    }

    private static final int LONGEST_LIST_HEADING = 30;

    /** A report's lead and the document it quotes, or a summary and its measure, state one target twice. */
    private static List<TargetRecord> distinct(List<TargetRecord> found, List<MeasureRecord> measures, String text,
                                               List<IndicatorTables.Table> tablesRead) {
        List<TargetRecord> kept = new ArrayList<>();
        for (MeasureRecord m : measures) kept.addAll(m.targets());
        List<TargetRecord> distinct = new ArrayList<>();
        for (TargetRecord r : found) {
            // Two rows of one table are two targets, however alike (each county's share of one indicator).
            if (r.isMilestone() || sharedOut(r, tablesRead)
                    || kept.stream().noneMatch(k -> sameTarget(k, r, text) && !oneTable(k, r, tablesRead))) {
                distinct.add(r);
                kept.add(r);
            }
        }
        // Stated once with its year and once without (打造500个左右…领跑县): the dated statement is the target.
        List<TargetRecord> dated = kept.stream().filter(k -> k.deadlineYear() != null).toList();
        distinct.removeIf(r -> r.deadlineYear() == null && !r.isMilestone()
                && dated.stream().anyMatch(k -> sameTarget(k, withDeadline(r, k.deadlineYear()), text)));
        return distinct;
    }

    private static boolean sharedOut(TargetRecord r, List<IndicatorTables.Table> tablesRead) {
        return tablesRead.stream().anyMatch(table -> table.sharedOut() && table.holds(r));
    }

    private static boolean oneTable(TargetRecord a, TargetRecord b, List<IndicatorTables.Table> tablesRead) {
        return tablesRead.stream().anyMatch(table -> table.holds(a) && table.holds(b));
    }

    /**
     * One target stated twice: the same value, unit and deadline, of indicators one of which holds the other.
     * Within one sentence a value is stated once, so there two values are one target only under one indicator
     * (棉花、甘蔗收获机械化率分别达到65%…，油菜种植、收获机械化率分别达到50%和65%).
     */
    private static boolean sameTarget(TargetRecord a, TargetRecord b, String text) {
        if (a.isMilestone() || b.isMilestone()) return false;
        if (a.value().compareTo(b.value()) != 0 || !a.unit().equals(b.unit()) || !java.util.Objects.equals(a.deadlineYear(), b.deadlineYear())) {
            return false;
        }
        if ((a.upperValue() == null) != (b.upperValue() == null)) return false;
        String x = a.indicator(), y = b.indicator();
        if (oneSentence(text, a, b)) return x.equals(y);
        return x.contains(y) || y.contains(x) || sharedRun(x, y) >= SAME_INDICATOR_RUN && !qualifiedApart(x, y);
    }

    private static final int SAME_INDICATOR_RUN = 4;

    private static boolean oneSentence(String text, TargetRecord a, TargetRecord b) {
        int from = Math.min(a.end(), b.end()), to = Math.max(a.start(), b.start());
        for (int i = from; i < to; i++) if ("。！？\n".indexOf(text.charAt(i)) >= 0) return false;
        return true;
    }

    /**
     * 水稻种植机械化率 and 收获机械化率: one measure (the shared ending) of two different things (the
     * differing openings of two characters or more) are two indicators.
     */
    private static boolean qualifiedApart(String x, String y) {
        int common = 0;
        while (common < Math.min(x.length(), y.length())
                && x.charAt(x.length() - 1 - common) == y.charAt(y.length() - 1 - common)) common++;
        if (common < SAME_INDICATOR_RUN) return false;
        String a = x.substring(0, x.length() - common), b = y.substring(0, y.length() - common);
        return a.length() >= 2 && b.length() >= 2 && !a.endsWith(b) && !b.endsWith(a);
    }

    /** The longest run of characters two names share. */
    private static int sharedRun(String x, String y) {
        int best = 0;
        for (int i = 0; i < x.length(); i++) {
            for (int j = 0; j < y.length(); j++) {
                int k = 0;
                while (i + k < x.length() && j + k < y.length() && x.charAt(i + k) == y.charAt(j + k)) k++;
                best = Math.max(best, k);
            }
        }
        return best;
    }

    private static final int REPORT_OPENING = 400, LONGEST_HEADLINE = TextNormaliser.LONGEST_HEADLINE;
    private static final Pattern FLASH_HEADLINE = Pattern.compile("【([^【】。]{6," + LONGEST_HEADLINE + "})】(?=[^【】]{0,20}电)");

    /**
     * The headline of a text with no title line (a report, a page copy): the first line of its opening that is
     * short, not a sentence, not a bracketed note (（征求意见稿）) and says something (six Chinese characters or
     * more), passing over what a page prints above it (its site's name, a date, a column's name); none once the
     * body has begun.
     */
    private Optional<String> headline(NormalisedText text) {
        Optional<String> first = headlineFrom(text.lines(), 0);
        if (first.isEmpty() || reference.documentKinds().namedIn(first.get())) return first;
        // 五项主要任务、八个重点工程！ over 河南省建设制造强省三年行动计划出炉: a kicker, then the headline that names the document.
        List<NormalisedText.Line> lines = text.lines();
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) if (lines.get(i).text().strip().equals(first.get())) at = i;
        // A headline cut from a longer line (【…】财联社…电) has no line of its own to stand over another.
        if (at < 0 || at + 1 >= lines.size()) return first;
        Optional<String> next = headlineFrom(lines, at + 1);
        return next.isPresent() && reference.documentKinds().namedIn(next.get())
                && lines.get(at + 1).text().strip().equals(next.get()) ? next : first;
    }


    /** 第二篇 总体要求与目标, 第九章 …: the heading of a part or chapter of a long plan is no headline. */
    private static final Pattern NOT_A_HEADLINE = Pattern.compile("第[一二三四五六七八九十]+[篇编章].*");

    private static final Pattern TABLE_CAPTION = Pattern.compile("(附?表[0-9一二三四五六七八九十]*|专栏[0-9一二三四五六七八九十]*)[：:\\s]");

    private Optional<String> headlineFrom(List<NormalisedText.Line> lines, int from) {
        int seen = 0;
        for (NormalisedText.Line line : lines.subList(from, lines.size())) {
            String l = line.text().strip();
            if (l.isEmpty()) continue;
            // 【湖北22条措施促生物医药产业发展】财联社12月2日电，…: a news flash opens with its headline in brackets.
            Matcher flash = FLASH_HEADLINE.matcher(l);
            if (flash.lookingAt() && flash.group(1).codePoints().filter(Character::isIdeographic).count() >= MIN_HEADLINE) {
                return Optional.of(flash.group(1).strip());
            }
            // 一、起草背景和过程: a numbered section heading means the body has begun, above any headline.
            if (++seen > HEADLINE_SEARCH_LINES || l.length() > LONGEST_HEADLINE || l.contains("。")
                    || DocumentSegmenter.opensPart(l)) {
                return Optional.empty();
            }
            // 表：…主要指标 over 序号|…, or 表：…主要指标序号|: a table's caption or cell is no headline (政策解读 | 福建省…计划 may be one).
            if (l.matches(".*[。；，：]$") || l.matches("^（[^（）]*）$") || DocNumber.parse(l).isPresent() || l.endsWith("|")
                    || TABLE_CAPTION.matcher(l).lookingAt() || NOT_A_HEADLINE.matcher(l).matches() || FrontMatterReader.closesNotice(l)
                    || reference.lexicon().isMediaName(l) || l.codePoints().filter(Character::isIdeographic).count() < MIN_HEADLINE
                    || FrontMatterReader.parseDate(l).isPresent() && l.length() < DATED_LINE && !namesMoreThanADate(l)) {
                continue;
            }
            return Optional.of(Titles.withoutPageTail(l));
        }
        return Optional.empty();
    }

    /** …工作报告（2025年1月14日）: a title that carries its date is no dateline. */
    private static boolean namesMoreThanADate(String line) {
        String rest = line.replaceAll("[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日", "");
        return rest.codePoints().filter(Character::isIdeographic).count() >= 2 * MIN_HEADLINE;
    }

    /** How far into a text its headline may stand, and how long a line a date makes a dateline of. */
    private static final int HEADLINE_SEARCH_LINES = 6, DATED_LINE = 30;

    private static final int MIN_HEADLINE = 6, BARE_TITLE = 6;

    /** news-report or interpretation when the opening of a text reads like one; a text with a 文号 is a document. */
    private Optional<String> reportKind(String text, FrontMatter front) {
        if (front.number().isPresent()) return Optional.empty();
        String opening = front.title().orElse("") + "\n" + text.substring(0, Math.min(text.length(), REPORT_OPENING));
        String found = null;
        for (var cue : reference.lexicon().reportCues().entrySet()) {
            if (!opening.contains(cue.getKey())) continue;
            if (cue.getValue().equals("interpretation")) return Optional.of("interpretation");
            found = cue.getValue();
        }
        return Optional.ofNullable(found);
    }

    /** 山西发布“十四五”就业促进规划: a headline that says a document it cites was published is a report's, not its title. */
    private boolean announcesCited(String title, List<CitationRecord> citations) {
        String own = Titles.normalise(title);
        return reference.lexicon().reportingCues().stream().anyMatch(title::contains) && citations.stream()
                .anyMatch(c -> c.normalisedTitle().map(n -> own.contains(n) && own.length() > n.length()).orElse(false));
    }

    /** Whether the opening of a text says a document it cites was published: 发布《…》, 《…》（以下简称…）印发. */
    private boolean publishedIn(String text, List<CitationRecord> citations) {
        for (CitationRecord c : citations) {
            if (c.start() <= REPORT_OPENING && announced(text, c)) return true;
        }
        return false;
    }

    /** Whether a publishing word stands right before or after a cited title: 印发《…》, 《…》制定出台. */
    private boolean announced(String text, CitationRecord c) {
        if (c.title().isEmpty()) return false;
        String before = text.substring(Math.max(0, c.start() - PUBLISHING_WORD_REACH), c.start());
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + PUBLISHING_WORD_REACH * 2))
                .replaceFirst("^[》]?（[^）]{0,20}）", "");
        return reference.lexicon().reportingCues().stream().anyMatch(w -> before.contains(w) || after.startsWith(w)
                || after.startsWith("》" + w));
    }

    private static final int PUBLISHING_WORD_REACH = 6;

    /** The first line, among the opening ones, that stands alone and is the title of a document cited above it. */
    private static Optional<String> carriedTitle(NormalisedText text, List<CitationRecord> citations) {
        List<NormalisedText.Line> lines = text.lines();
        for (int i = 0; i < Math.min(lines.size(), CARRIED_TITLE_LINES); i++) {
            NormalisedText.Line line = lines.get(i);
            String l = line.text().strip();
            if (l.isEmpty() || l.length() > TextNormaliser.LONGEST_HEADLINE || l.contains("。") || l.contains("，")) continue;
            String n = Titles.normalise(l);
            for (CitationRecord c : citations) {
                if (c.end() <= line.start() && c.normalisedTitle().map(n::equals).orElse(false)) return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** How far into a text a document it carries may print its title. */
    private static final int CARRIED_TITLE_LINES = 12;

    private List<CitationRecord> reportedOn(String text, List<CitationRecord> citations) {
        String reported = null;
        for (CitationRecord c : citations) {
            if (c.title().isEmpty()) continue;
            String before = text.substring(Math.max(0, c.start() - 12), c.start());
            if (reference.lexicon().reportingCues().stream().anyMatch(before::contains) || announced(text, c)) {
                reported = c.normalisedTitle().get();
                break;
            }
        }
        if (reported == null) {
            reported = citations.stream().filter(c -> c.title().isPresent() && c.relation() != CitationRelation.IMPLEMENTS)
                    .min(java.util.Comparator.comparingInt(CitationRecord::start)).flatMap(CitationRecord::normalisedTitle).orElse(null);
        }
        // 该省实施《…三年行动》（以下简称《三年行动》）: a report that gives a document a short name to go on with is about it.
        if (reported == null) {
            reported = citations.stream().filter(c -> c.title().isPresent() && SHORT_NAME_GIVEN.matcher(text).region(c.end(),
                            Math.min(text.length(), c.end() + 12)).lookingAt())
                    .min(java.util.Comparator.comparingInt(CitationRecord::start)).flatMap(CitationRecord::normalisedTitle).orElse(null);
        }
        List<CitationRecord> out = new ArrayList<>(citations.size());
        for (CitationRecord c : citations) {
            // A change (废止, 修改) is read from the document's own words about the cited one; a report does not undo it.
            boolean on = reported != null && !c.relation().isChange() && c.normalisedTitle().map(reported::equals).orElse(false);
            out.add(on ? c.toBuilder().relation(CitationRelation.REPORTS_ON).build() : c);
        }
        return out;
    }

    /**
     * A citation of the document's own title that it repeals or amends under another 文号 (原《…办法》（…〔2018〕12号）
     * 同时废止): the former version of the document, not the document itself.
     */
    private static boolean formerVersion(CitationRecord c, FrontMatter front) {
        return c.relation().isChange() && c.number().isPresent() && !c.number().equals(front.number());
    }

    /** The titles of citations that are the text's own title with a tail added (（征求意见稿）). */
    private static Set<String> citedForms(List<CitationRecord> front, List<CitationRecord> body, Set<String> ownStems) {
        Set<String> out = new HashSet<>();
        for (List<CitationRecord> part : List.of(front, body)) {
            for (CitationRecord c : part) {
                c.normalisedTitle().filter(n -> ownStems.contains(TITLE_TAIL.matcher(n).replaceFirst(""))).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The body's lines that lie in no measure and head no section: a section's own paragraphs. */
    private static List<NormalisedText.Line> outsideMeasures(NormalisedText text, Layout layout, int readEnd) {
        List<NormalisedText.Line> out = new ArrayList<>();
        if (layout.sections().isEmpty()) return out;
        int bodyStart = layout.sections().get(0).start();
        int bodyEnd = Math.min(readEnd, layout.sections().get(layout.sections().size() - 1).end());
        for (NormalisedText.Line line : text.lines()) {
            if (line.start() < bodyStart || line.start() >= bodyEnd || line.text().isBlank()) continue;
            if (layout.sections().stream().anyMatch(s -> s.start() == line.start())) continue;
            if (layout.measures().stream().anyMatch(m -> line.start() >= m.start() && line.start() < m.end())) continue;
            out.add(line);
        }
        return out;
    }

    /** Whether the words around a citation make it the text the notice itself issues. */
    private static boolean publishes(String text, CitationRecord c) {
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 40));
        String before = text.substring(Math.max(0, c.start() - 4), c.start());
        // 现将《政府工作报告》中涉及2016年的各项目标任务分解下达: what is handed down is a part of the cited document.
        if (after.startsWith("中") || after.startsWith("的")) return false;
        return PUBLISHED_AFTER.matcher(after).find() || before.endsWith("现将") || before.endsWith("现把")
                || CARRIED_AFTER.matcher(after).lookingAt();
    }

    /** The first {@code limit} items, and a warning when there were more. */
    private static <T> List<T> bounded(List<T> items, int limit, String what, String setting, List<String> warnings) {
        if (items.size() <= limit) return items;
        warnings.add("the document has " + items.size() + " " + what + ", more than one document may hold (" + limit
                + ", policy-lineage.ingest.limits." + setting + "): the first " + limit + " are read, and the text after them is neither read nor stored");
        return items.subList(0, limit);
    }

    private static String limitReached(String what, int limit, String setting) {
        return "the document holds more " + what + " than one document may (" + limit + ", policy-lineage.ingest.limits." + setting
                + "): the first " + limit + " are read, the rest are not";
    }

    /** A forwarded document's issuers are listed under its title where its text follows. */
    private CitationRecord withEmbeddedIssuers(CitationRecord c, FrontMatter front, Region region) {
        if (!c.issuers().isEmpty() || c.normalisedTitle().isEmpty()) return c;
        for (FrontMatter.Embedded e : front.embedded()) {
            if (Titles.normalise(e.title()).equals(c.normalisedTitle().get()) && !e.issuerNames().isEmpty()) {
                List<AgencyMention> issuers = e.issuerNames().stream()
                        .map(n -> new AgencyMention(n, reference.agencies().resolve(n, region), false, -1, -1)).toList();
                return c.toBuilder().issuers(issuers).build();
            }
        }
        return c;
    }

    private List<String> kinds(FrontMatter front, List<String> alternatives, String text, Layout layout) {
        Set<String> out = new LinkedHashSet<>();
        var kinds = reference.documentKinds();
        front.title().flatMap(kinds::kindOfTitle).ifPresent(k -> out.add(k.notation()));
        for (String a : alternatives) kinds.kindOfTitle(a).ifPresent(k -> out.add(k.notation()));
        int preambleEnd = layout.measures().isEmpty() ? text.length() : layout.measures().get(0).start();
        Matcher m = KIND_CUE.matcher(text.substring(0, preambleEnd));
        while (m.find()) kinds.kindAt(text, m.end()).ifPresent(k -> out.add(k.notation()));
        if (front.draft()) out.add("draft");
        return List.copyOf(out);
    }
}
