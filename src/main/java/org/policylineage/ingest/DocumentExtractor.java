package org.policylineage.ingest;

import java.util.ArrayList;
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

/** Reads a policy document's metadata, structure, agencies, certificate types, targets and citations. */
public final class DocumentExtractor {
    private static final Pattern KIND_CUE = Pattern.compile("(?:制定|提出|形成)(?:了)?(?:如下|以下|本|此)?");

    private final ReferenceData reference;
    private final TextNormaliser normaliser;
    private final DocumentSegmenter segmenter;
    private final FrontMatterReader frontMatter;
    private final JurisdictionReader jurisdictions;
    private final ResponsibilityReader responsibilities;
    private final TargetExtractor targets;
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
        this.normaliser = new TextNormaliser(reference.lexicon().webChrome());
        this.segmenter = new DocumentSegmenter(reference.agencies());
        this.frontMatter = new FrontMatterReader(reference.agencies(), reference.documentKinds());
        this.jurisdictions = new JurisdictionReader(reference);
        this.responsibilities = new ResponsibilityReader(reference.agencies());
        this.targets = new TargetExtractor(reference.lexicon(), reference.certificateTypes(), reference.regions());
        this.citations = new CitationExtractor(reference.agencies(), reference.lexicon());
    }

    public ExtractedDocument extract(String original) throws NoStructureException {
        NormalisedText text = normaliser.normalise(original);
        Layout layout = segmenter.segment(text);
        FrontMatter front = frontMatter.read(text, layout.frontMatter(), layout.trailer());
        if (!layout.hasStructure() && front.title().isEmpty() && front.number().isEmpty()) {
            throw new NoStructureException(
                    "no policy-document structure found: no title, no document number (文号), no numbered sections 一、 or measures （一）");
        }
        String t = text.text();
        Jurisdiction jurisdiction = jurisdictions.read(front, t);
        Region region = jurisdiction.region().orElse(null);

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
            List<TargetRecord> measureTargets = targetsLeft <= 0 ? List.of()
                    : targets.extract(t, m.headingEnd(), note.bodyEnd(), m.heading(), jurisdiction.region());
            if (targetsLeft <= 0 || measureTargets.size() > targetsLeft) {
                targetsCut = true;
                measureTargets = measureTargets.subList(0, Math.max(0, Math.min(measureTargets.size(), targetsLeft)));
            }
            targetsLeft -= measureTargets.size();
            measures.add(new MeasureRecord(key, m.ordinal(), m.number(), m.sectionOrdinal(), m.heading(), m.start(), m.end(),
                    note.bodyEnd(), agencies, certs, measureTargets));
            if (cites.size() < limits.citations()) cites.addAll(citations.extract(t, m.start(), note.bodyEnd(), Optional.of(key), region));
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
            if (c.relation().equals("forwards")) c.normalisedTitle().ifPresent(forwardedTitles::add);
        }
        List<String> alternatives = new ArrayList<>();
        for (FrontMatter.Embedded e : front.embedded()) {
            String n = Titles.normalise(e.title());
            if (!forwardedTitles.contains(n) && ownTitles.add(n)) alternatives.add(e.title());
        }
        front.title().ifPresent(title -> {
            Matcher issued = Pattern.compile("印发《(.+?)》").matcher(title);
            while (issued.find()) if (ownTitles.add(Titles.normalise(issued.group(1)))) alternatives.add(issued.group(1));
        });
        List<CitationRecord> all = new ArrayList<>();
        for (CitationRecord c : frontCitations) {
            if (c.normalisedTitle().map(ownTitles::contains).orElse(false)) continue;
            if (c.number().isPresent() && c.number().equals(front.number())) continue;
            all.add(withEmbeddedIssuers(c, front, region));
        }
        for (CitationRecord c : cites) {
            if (c.normalisedTitle().map(ownTitles::contains).orElse(false)) continue;
            all.add(c);
        }

        if (all.size() > limits.citations()) {
            all = new ArrayList<>(all.subList(0, limits.citations()));
            limitWarnings.add(limitReached("citations", limits.citations(), "citations"));
        }

        List<String> kinds = kinds(front, alternatives, t, layout);
        Optional<String> level = jurisdiction.level();
        List<String> warnings = new ArrayList<>(front.warnings());
        warnings.addAll(limitWarnings);
        if (front.date().isPresent() && front.number().isPresent() && front.date().get().getYear() < front.number().get().year()) {
            warnings.add("the date " + front.date().get() + " is before the year of the document number "
                    + front.number().get().canonical() + "; both are kept as read");
        }
        return new ExtractedDocument(text, front.number(), front.title(), alternatives, issuers, front.date(),
                jurisdiction.region(), jurisdiction.evidence(), level, kinds, front.draft(), sections, measures, all, warnings, readEnd);
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
                return new CitationRecord(c.title(), c.numberAsWritten(), c.number(), c.relation(), issuers, c.measureKey(), c.start(), c.end());
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
