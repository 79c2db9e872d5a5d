package org.policylineage.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    public DocumentExtractor(ReferenceData reference) {
        this.reference = reference;
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

        List<SectionRecord> sections = layout.sections().stream()
                .map(s -> new SectionRecord(s.ordinal(), s.number(), s.heading(), s.start(), s.end())).toList();
        boolean restarts = layout.measures().stream().map(Layout.MeasureSpan::ordinal).distinct().count() < layout.measures().size();
        List<MeasureRecord> measures = new ArrayList<>();
        List<CitationRecord> cites = new ArrayList<>();
        for (Layout.MeasureSpan m : layout.measures()) {
            String key = restarts ? m.sectionOrdinal() + "-" + m.ordinal() : String.valueOf(m.ordinal());
            ResponsibilityReader.Note note = responsibilities.read(t, m.start(), m.end(), region);
            var certs = reference.certificateTypes().find(t.substring(m.start(), note.bodyEnd())).stream()
                    .map(c -> new org.policylineage.reference.CertificateTypes.Mention(c.start() + m.start(), c.end() + m.start(), c.type()))
                    .toList();
            var measureTargets = targets.extract(t, m.headingEnd(), note.bodyEnd(), m.heading(), jurisdiction.region());
            measures.add(new MeasureRecord(key, m.ordinal(), m.number(), m.sectionOrdinal(), m.heading(), m.start(), m.end(),
                    note.bodyEnd(), note.agencies(), certs, measureTargets));
            cites.addAll(citations.extract(t, m.start(), note.bodyEnd(), Optional.of(key), region));
        }

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

        List<String> kinds = kinds(front, alternatives, t, layout);
        Optional<String> level = jurisdiction.level();
        List<String> warnings = new ArrayList<>(front.warnings());
        if (front.date().isPresent() && front.number().isPresent() && front.date().get().getYear() < front.number().get().year()) {
            warnings.add("the date " + front.date().get() + " is before the year of the document number "
                    + front.number().get().canonical() + "; both are kept as read");
        }
        return new ExtractedDocument(text, front.number(), front.title(), alternatives, issuers, front.date(),
                jurisdiction.region(), jurisdiction.evidence(), level, kinds, front.draft(), sections, measures, all, warnings);
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
