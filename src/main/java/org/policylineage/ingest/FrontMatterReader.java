package org.policylineage.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.reference.AgencyResolver;
import org.policylineage.reference.DocumentKinds;
import org.policylineage.text.NormalisedText;
import org.policylineage.text.NormalisedText.Line;
import org.policylineage.text.TextNormaliser;

/** Reads document number, title, issuers, date and status from the lines before the first section. */
final class FrontMatterReader {
    private static final Pattern DATE = Pattern.compile("([0-9]{4})\\s*[年\\-/.]\\s*([0-9]{1,2})\\s*[月\\-/.]\\s*([0-9]{1,2})\\s*日?");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^.{0,40}?[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(印发)?$");
    private static final Pattern NOTE = Pattern.compile("^（([^（）]{1,12})）$");
    private static final Pattern DRAFT = Pattern.compile("征求意见稿|送审稿|草案|讨论稿");

    private enum Kind { NUMBER, DATE, NOTE, ADDRESSEE, AGENCIES, PARAGRAPH, TITLE }

    private final AgencyResolver agencies;
    private final DocumentKinds kinds;

    FrontMatterReader(AgencyResolver agencies, DocumentKinds kinds) {
        this.agencies = agencies;
        this.kinds = kinds;
    }

    FrontMatter read(NormalisedText text, List<Line> lines) {
        List<Kind> kindsOfLines = lines.stream().map(this::classify).toList();
        var meta = text.pageMetadata();

        Optional<DocNumber> number = Optional.ofNullable(meta.get("文号")).flatMap(v -> DocNumber.parse(v.value()))
                .or(() -> Optional.ofNullable(meta.get("发文字号")).flatMap(v -> DocNumber.parse(v.value())));
        for (int i = 0; number.isEmpty() && i < lines.size(); i++) {
            if (kindsOfLines.get(i) == Kind.NUMBER) number = DocNumber.parse(lines.get(i).text());
        }

        Optional<LocalDate> date = Optional.ofNullable(meta.get("发文日期")).or(() -> Optional.ofNullable(meta.get("成文日期")))
                .flatMap(v -> parseDate(v.value()));
        for (int i = 0; date.isEmpty() && i < lines.size(); i++) {
            if (kindsOfLines.get(i) == Kind.DATE && !lines.get(i).text().endsWith("印发")) date = parseDate(lines.get(i).text());
        }

        boolean draft = false;
        for (int i = 0; i < Math.min(lines.size(), 8); i++) {
            Kind k = kindsOfLines.get(i);
            if ((k == Kind.NOTE || k == Kind.TITLE) && DRAFT.matcher(lines.get(i).text()).find()) draft = true;
        }

        // Title runs: consecutive title lines, joined.
        record Run(int first, int last, String text) {}
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kindsOfLines.get(i) != Kind.TITLE) continue;
            int j = i;
            StringBuilder b = new StringBuilder(lines.get(i).text());
            while (j + 1 < lines.size() && kindsOfLines.get(j + 1) == Kind.TITLE) b.append(lines.get(++j).text());
            String t = b.toString();
            if (isTitle(t)) runs.add(new Run(i, j, t));
            i = j;
        }

        Optional<String> title = Optional.ofNullable(meta.get("标题")).map(v -> TextNormaliser.normaliseFragment(v.value()));
        int mainRun = -1;
        for (int r = 0; r < runs.size(); r++) {
            String t = runs.get(r).text();
            if (title.isPresent() ? compact(t).equals(compact(title.get())) : (t.contains("关于") || r == 0)) {
                mainRun = r;
                break;
            }
        }
        if (title.isEmpty() && mainRun >= 0) title = Optional.of(runs.get(mainRun).text());

        List<String> issuerNames = new ArrayList<>();
        int issuersStart = -1;
        if (meta.containsKey("发布机构")) {
            agencies.splitNames(meta.get("发布机构").value()).ifPresent(issuerNames::addAll);
        }
        if (issuerNames.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                if (kindsOfLines.get(i) != Kind.DATE) continue;
                int j = i;
                while (j > 0 && kindsOfLines.get(j - 1) == Kind.AGENCIES) j--;
                if (j < i) {
                    for (int k = j; k < i; k++) agencies.splitNames(lines.get(k).text()).ifPresent(issuerNames::addAll);
                    issuersStart = lines.get(j).start();
                    break;
                }
            }
        }
        if (issuerNames.isEmpty() && title.isPresent()) {
            String t = title.get();
            int about = t.indexOf("关于");
            if (about > 0) {
                String head = t.substring(0, about);
                int forward = head.indexOf("转发");
                if (forward > 0) head = head.substring(0, forward);
                agencies.splitNames(head).ifPresent(issuerNames::addAll);
                if (mainRun >= 0) issuersStart = lines.get(runs.get(mainRun).first()).start();
            }
        }
        if (issuerNames.isEmpty() && mainRun >= 0) {
            // Issuers printed on the lines just above the title (the head of a title cut by the capture).
            int first = runs.get(mainRun).first();
            int j = first;
            while (j > 0 && kindsOfLines.get(j - 1) == Kind.AGENCIES) j--;
            for (int k = j; k < first; k++) agencies.splitNames(lines.get(k).text()).ifPresent(issuerNames::addAll);
            if (j < first) issuersStart = lines.get(j).start();
        }

        List<FrontMatter.Embedded> embedded = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            if (r == mainRun) continue;
            Run run = runs.get(r);
            if (kinds.kindOfTitle(run.text()).isEmpty()) continue;
            List<String> names = new ArrayList<>();
            for (int k = run.last() + 1; k < lines.size() && kindsOfLines.get(k) == Kind.AGENCIES; k++) {
                agencies.splitNames(lines.get(k).text()).ifPresent(names::addAll);
            }
            embedded.add(new FrontMatter.Embedded(run.text(), lines.get(run.first()).start(), lines.get(run.last()).end(), names));
        }

        List<Line> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kindsOfLines.get(i) == Kind.PARAGRAPH) paragraphs.add(lines.get(i));
        }
        return new FrontMatter(title, number, date, issuerNames, issuersStart, draft, embedded, paragraphs);
    }

    private Kind classify(Line line) {
        String t = line.text();
        if (DocNumber.parse(t).isPresent()) return Kind.NUMBER;
        if (DATE_LINE.matcher(t).matches()) return Kind.DATE;
        if (NOTE.matcher(t).matches()) return Kind.NOTE;
        if (t.endsWith("：") && (t.startsWith("各") || t.length() < 80)) return Kind.ADDRESSEE;
        if (t.length() <= 200 && agencies.splitNames(t).isPresent()) return Kind.AGENCIES;
        if (t.matches(".*[。；！？]$") || t.contains("，") || t.length() > 80) return Kind.PARAGRAPH;
        return Kind.TITLE;
    }

    private boolean isTitle(String t) {
        return t.contains("关于") || kinds.kindOfTitle(t).isPresent();
    }

    private static String compact(String s) {
        return Titles.normalise(s);
    }

    static Optional<LocalDate> parseDate(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
