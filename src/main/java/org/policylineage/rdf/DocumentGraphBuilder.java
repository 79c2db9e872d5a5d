package org.policylineage.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.extract.AgencyMention;
import org.policylineage.extract.CitationRecord;
import org.policylineage.extract.DocNumber;
import org.policylineage.extract.ExtractedDocument;
import org.policylineage.extract.MeasureRecord;
import org.policylineage.extract.NumberedPart;
import org.policylineage.extract.SectionRecord;
import org.policylineage.extract.TargetConfidence;
import org.policylineage.extract.TargetRecord;
import org.policylineage.extract.Titles;
import org.policylineage.reference.AgencyResolver;
import org.policylineage.reference.IssuerCodes;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.reference.ResolvedAgency;
import org.policylineage.text.NormalisedText;
import org.policylineage.vocab.ELI;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.PROV;
import org.policylineage.vocab.TIME;
import org.policylineage.read.ReadDocument;

/** Turns one extracted document into the RDF of its named graph, with provenance. */
public final class DocumentGraphBuilder {
    private static final String ZH = "zh";

    private final IriScheme iris;
    private final ReferenceData reference;

    public DocumentGraphBuilder(IriScheme iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
    }

    /** The graph of a document: the IRI it was given, the graph name, and the triples. */
    public record DocumentGraph(String documentIri, String graphIri, Model model) {}

    /** Chinese in the EU's language authority, as ELI names a language. */
    private static final String CHINESE = "http://publications.europa.eu/resource/authority/language/ZHO";

    public DocumentGraph build(ExtractedDocument doc, String docIri, DocumentIdentity identity, SourceInfo source) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        Resource d = m.createResource(docIri);
        Resource src = sourceFile(m, source, docIri);
        NormalisedText text = doc.text();
        Selectors selectors = new Selectors(m, text, src, source);
        Building b = new Building(doc, docIri, d, selectors);

        d.addProperty(RDF.type, PL.PolicyDocument).addProperty(RDF.type, ELI.LegalResource)
                .addLiteral(PL.inCorpus, true)
                .addProperty(PL.sourceFile, src).addProperty(PROV.wasDerivedFrom, src);
        doc.number().ifPresent(n -> number(d, n));
        doc.title().ifPresent(t -> d.addProperty(DCTerms.title, t, ZH));
        for (String alt : doc.alternativeTitles()) d.addProperty(DCTerms.alternative, alt, ZH);
        for (String key : DocumentIdentity.titleKeys(doc)) d.addProperty(PL.titleKey, key);
        d.addProperty(RDFS.label, label(doc), ZH);
        doc.date().ifPresent(date -> d.addLiteral(ELI.date_document, m.createTypedLiteral(date.toString(), XSDDatatype.XSDdate)));
        if (doc.date().isEmpty()) doc.number().ifPresent(n -> earliestDate(d, n));
        for (AgencyMention issuer : doc.issuers()) d.addProperty(ELI.passed_by, agency(m, issuer, docIri));
        doc.jurisdiction().ifPresent(r -> d.addProperty(ELI.jurisdiction, m.createResource(iris.region(r.slug()))));
        doc.jurisdictionEvidence().ifPresent(e -> d.addProperty(PL.jurisdictionEvidence, e));
        doc.level().ifPresent(l -> d.addProperty(PL.level, l.resource()));
        for (String k : doc.kinds()) d.addProperty(ELI.type_document, m.createResource(PL.Kind.NS + k));
        d.addProperty(PL.status, doc.draft() ? PL.Status.draft : PL.Status.issued);
        expression(d, docIri, doc, src, source);

        List<Resource> sections = new ArrayList<>();
        for (SectionRecord s : doc.sections()) {
            sections.add(subdivision(b, iris.section(docIri, s.ordinal()), PL.Section, s).addProperty(ELI.is_part_of, d));
        }
        for (MeasureRecord measure : doc.measures()) {
            Resource mr = measure(b, measure, sections);
            int i = 0;
            for (TargetRecord t : measure.targets()) target(b, mr, iris.target(docIri, measure.key(), ++i), t);
        }
        int dt = 0;
        for (TargetRecord t : doc.documentTargets()) target(b, d, iris.documentTarget(docIri, ++dt), t);
        for (String subject : subjects(doc)) d.addProperty(ELI.is_about, m.createResource(subject));
        int c = 0;
        for (CitationRecord citation : doc.citations()) {
            Optional<String> cited = identity.of(citation);
            if (cited.isEmpty() || cited.get().equals(docIri)) continue;
            citation(b, citation, cited.get(), ++c);
        }
        provenance(m, docIri, src, source);
        return new DocumentGraph(docIri, iris.documentGraph(iris.pathOf(docIri)), m);
    }

    /**
     * ELI's layers: the document (a LegalResource) is realised in Chinese by an expression, which carries the
     * title, and embodied by the file it was read from (a Format: its IANA media type, where it is served).
     */
    private void expression(Resource d, String docIri, ExtractedDocument doc, Resource src, SourceInfo source) {
        Model m = d.getModel();
        Resource expression = m.createResource(iris.expression(docIri, "zh")).addProperty(RDF.type, ELI.LegalExpression)
                .addProperty(ELI.realizes, d)
                .addProperty(ELI.language, m.createResource(CHINESE))
                .addProperty(ELI.is_embodied_by, src);
        doc.title().ifPresent(t -> expression.addProperty(ELI.title, t, ZH));
        d.addProperty(ELI.is_realized_by, expression);
        src.addProperty(RDF.type, ELI.Format).addProperty(ELI.embodies, expression)
                .addProperty(ELI.is_exemplified_by, m.createResource(iris.sourceDownload(docIri)));
        if (source.mediaType() != null) {
            src.addProperty(ELI.format, m.createResource("http://www.iana.org/assignments/media-types/" + source.mediaType().split(";")[0].trim()));
        }
    }

    /**
     * What a document is about, as concepts of the certificate-type scheme (ontology/certificate-types.ttl): every type
     * its measures name or its targets count. General reference data, the same concepts for every document.
     */
    private static Set<String> subjects(ExtractedDocument doc) {
        Set<String> out = new LinkedHashSet<>();
        for (MeasureRecord measure : doc.measures()) {
            measure.certificateTypes().forEach(c -> out.add(c.type().iri()));
            measure.targets().forEach(t -> t.certificateType().ifPresent(out::add));
        }
        doc.documentTargets().forEach(t -> t.certificateType().ifPresent(out::add));
        return out;
    }

    private static String label(ExtractedDocument doc) {
        return doc.title().or(() -> doc.alternativeTitles().stream().findFirst())
                .or(() -> doc.number().map(DocNumber::canonical))
                .orElse(doc.draft() ? "未命名文件（征求意见稿）" : "未命名文件");
    }

    private void number(Resource d, DocNumber n) {
        Model m = d.getModel();
        d.addProperty(ELI.id_local, n.canonical())
                .addProperty(PL.issuerCode, n.issuerCode())
                .addLiteral(PL.documentYear, m.createTypedLiteral(String.valueOf(n.year()), XSDDatatype.XSDgYear))
                .addLiteral(PL.serialNumber, m.createTypedLiteral(BigDecimal.valueOf(n.serial()).toBigInteger()));
    }

    /** A document whose date the text lacks was issued no earlier than the year of its 文号. */
    private static void earliestDate(Resource d, DocNumber n) {
        d.addLiteral(PL.earliestDate, d.getModel().createTypedLiteral(LocalDate.of(n.year(), 1, 1).toString(), XSDDatatype.XSDdate));
    }

    private Resource sourceFile(Model m, SourceInfo s, String docIri) {
        Resource src = m.createResource(iris.source(s.sha256()))
                .addProperty(RDF.type, PL.SourceFile).addProperty(RDF.type, PROV.Entity)
                .addProperty(PL.fileName, s.fileName())
                .addProperty(PL.sha256, s.sha256())
                .addProperty(DCTerms.format, s.mediaType())
                .addProperty(PL.content, s.content());
        if (s.encoding() != null) src.addProperty(PL.encoding, s.encoding());
        src.addProperty(DCAT.downloadURL, m.createResource(iris.sourceDownload(docIri)));
        if (!"text/plain".equals(s.mediaType())) src.addProperty(PL.original, m.createResource(iris.original(s.sha256())));
        String content = s.content();
        boolean bmpOnly = content.codePointCount(0, content.length()) == content.length();
        for (ReadDocument.Page p : s.pages()) {
            if (p.start() > content.length()) break;
            Resource page = m.createResource(iris.page(s.sha256(), p.number())).addProperty(RDF.type, PL.Page)
                    .addLiteral(PL.pageNumber, m.createTypedLiteral(java.math.BigInteger.valueOf(p.number())))
                    .addLiteral(PL.pageStart, m.createTypedLiteral(java.math.BigInteger.valueOf(
                            bmpOnly ? p.start() : content.codePointCount(0, p.start()))))
                    .addProperty(PL.readBy, p.source() == ReadDocument.PageSource.OCR ? PL.OCR : PL.TextLayer);
            if (p.source() == ReadDocument.PageSource.OCR) {
                page.addLiteral(PL.ocrConfidence, m.createTypedLiteral(
                        java.math.BigDecimal.valueOf(p.confidence()).setScale(1, java.math.RoundingMode.HALF_UP)));
            }
            src.addProperty(PL.page, page);
        }
        return src;
    }

    /**
     * The graph holding a file's bytes as published, apart from the document's graph: queries and lineage never
     * read them, and a document read again from its stored text leaves them as they are.
     */
    public Model original(String sha256, String mediaType, byte[] bytes) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(iris.original(sha256)).addProperty(RDF.type, PL.OriginalFile)
                .addProperty(DCTerms.format, mediaType)
                .addLiteral(PL.bytes, m.createTypedLiteral(java.util.Base64.getEncoder().encodeToString(bytes), XSDDatatype.XSDbase64Binary));
        return m;
    }

    private void provenance(Model m, String docIri, Resource src, SourceInfo s) {
        Resource graph = m.createResource(iris.documentGraph(iris.pathOf(docIri)));
        Resource activity = m.createResource(graph.getURI() + "#ingest")
                .addProperty(RDF.type, PL.IngestActivity).addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.used, src)
                .addProperty(PROV.wasAssociatedWith, m.createResource(iris.software()))
                .addLiteral(PROV.startedAtTime, dateTime(m, s.started()))
                .addLiteral(PROV.endedAtTime, dateTime(m, s.ended()));
        m.createResource(iris.software()).addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, "policy-lineage extractor " + s.extractorVersion());
        graph.addProperty(RDF.type, PROV.Entity)
                .addProperty(PROV.wasDerivedFrom, src)
                .addProperty(PROV.wasGeneratedBy, activity)
                .addLiteral(PROV.generatedAtTime, dateTime(m, s.ended()))
                .addProperty(PL.extractorVersion, s.extractorVersion())
                .addProperty(DCTerms.subject, m.createResource(docIri));
    }

    private static Literal dateTime(Model m, java.time.Instant t) {
        return m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }

    /**
     * The document whose graph is being built, as every part of it needs it: its records, its IRI, its resource (in
     * the graph's model) and the selectors into its source text.
     */
    private record Building(ExtractedDocument doc, String docIri, Resource document, Selectors selectors) {
        Model model() { return document.getModel(); }
    }

    /**
     * A section or a measure: its number, ordinal, heading and label, its document and where it stands in the text.
     * Statements the ontology entails are not stored (docs/benchmarks.md, where the quads go): eli:LegalResourceSubdivision
     * (pl:Section and pl:Measure are subclasses), eli:has_part (the inverse of eli:is_part_of).
     */
    private static Resource subdivision(Building b, String iri, Resource type, NumberedPart part) {
        Model m = b.model();
        return m.createResource(iri)
                .addProperty(RDF.type, type)
                .addProperty(ELI.number, part.number())
                .addLiteral(PL.ordinal, m.createTypedLiteral(java.math.BigInteger.valueOf(part.ordinal())))
                .addProperty(PL.heading, part.heading(), ZH)
                .addProperty(RDFS.label, part.number() + part.heading(), ZH)
                .addProperty(PL.document, b.document())
                .addProperty(PL.evidence, b.selectors().position(part.start(), part.end()));
    }

    private Resource measure(Building b, MeasureRecord measure, List<Resource> sections) {
        Model m = b.model();
        String docIri = b.docIri();
        Resource d = b.document();
        String text = b.doc().text().text();
        Resource r = subdivision(b, iris.measure(docIri, measure.key()), PL.Measure, measure)
                .addProperty(PL.text, text.substring(measure.start(), measure.end()).strip(), ZH);
        Resource parent = sections.stream()
                .filter(s -> s.getProperty(PL.ordinal).getInt() == measure.sectionOrdinal()).findFirst().orElse(d);
        r.addProperty(ELI.is_part_of, parent);
        int position = 0;
        Map<String, Integer> named = new HashMap<>();
        for (AgencyMention a : measure.responsibilities()) {
            Resource agency = agency(m, a, docIri);
            // pl:responsibleAgency is not stored: it is the path pl:hasResponsibility/pl:agency. The responsibility is
            // named (not a blank node) and typed, so that a curator's correction can find it again after a re-ingest.
            int occurrence = named.merge(agency.getURI(), 1, Integer::sum);
            r.addProperty(PL.hasResponsibility, m.createResource(iris.responsibility(r.getURI(), agency.getURI(), occurrence))
                    .addProperty(RDF.type, PL.Responsibility)
                    .addProperty(PL.agency, agency)
                    .addProperty(PL.asWritten, a.asWritten())
                    .addLiteral(PL.lead, a.lead())
                    // No selector of its own: the measure's evidence holds it, and asWritten is its text. A
                    // selector per agency named was a third of every document graph.
                    .addLiteral(PL.position, m.createTypedLiteral(java.math.BigInteger.valueOf(++position))));
        }
        Set<String> certs = new LinkedHashSet<>();
        measure.certificateTypes().forEach(c -> certs.add(c.type().iri()));
        for (String c : certs) {
            Resource type = m.createResource(c);
            r.addProperty(PL.certificateType, type);
            // Named, so that a curator can confirm or reject that the measure names this type.
            m.createResource(iris.certificateTypeStatement(r.getURI(), c)).addProperty(RDF.type, PL.CertificateTypeStatement)
                    .addProperty(RDF.subject, r).addProperty(RDF.predicate, PL.certificateType).addProperty(RDF.object, type);
        }
        return r;
    }

    /** A target, held by its measure, or by the document itself when it stands outside every measure. */
    private void target(Building b, Resource holder, String iri, TargetRecord t) {
        Model m = b.model();
        Resource d = b.document();
        Selectors selectors = b.selectors();
        String quote = b.doc().text().text().substring(t.start(), t.end());
        Resource r = m.createResource(iri)
                .addProperty(RDF.type, PL.Target)
                .addProperty(RDF.type, t.isMilestone() ? PL.Milestone : PL.QuantitativeTarget)
                .addProperty(PL.document, d)
                .addProperty(RDFS.label, quote, ZH)
                .addLiteral(PL.aspirational, t.aspirational())
                .addProperty(PL.evidence, selectors.quote(t.start(), t.end()));
        if (!holder.equals(d)) {
            r.addProperty(PL.measure, holder);
            holder.addProperty(PL.hasTarget, r);
        }
        if (t.deadlineYear() != null) {
            r.addProperty(PL.deadline, m.createResource().addProperty(RDF.type, TIME.Instant)
                    .addLiteral(TIME.inXSDgYear, m.createTypedLiteral(String.valueOf(t.deadlineYear()), XSDDatatype.XSDgYear)));
        }
        t.scope().ifPresent(s -> r.addProperty(PL.scope, m.createResource(iris.region(s.slug()))));
        if (t.isMilestone()) return;
        Resource indicator = m.createResource(iris.indicator(t.indicator()))
                .addProperty(RDF.type, PL.Indicator)
                .addProperty(SKOS.inScheme, m.createResource(iris.indicatorScheme()))
                .addProperty(SKOS.prefLabel, t.indicator(), ZH);
        t.certificateType().ifPresent(c -> indicator.addProperty(PL.certificateType, m.createResource(c)));
        r.addProperty(PL.indicator, indicator)
                .addProperty(PL.indicatorAsWritten, t.indicatorAsWritten())
                .addLiteral(PL.value, Literals.decimal(t.value()))
                .addProperty(PL.unit, t.unit())
                .addProperty(PL.comparator, t.comparator());
        if (t.upperValue() != null) r.addLiteral(PL.upperValue, Literals.decimal(t.upperValue()));
        r.addLiteral(PL.confidence, Literals.decimal(TargetConfidence.of(t, b.doc().text().text())));
        if (t.direction() != null) r.addProperty(PL.changeDirection, t.direction());
        if (t.baselineYear() != null) {
            r.addLiteral(PL.baselineYear, m.createTypedLiteral(String.valueOf(t.baselineYear()), XSDDatatype.XSDgYear));
        }
    }

    private void citation(Building b, CitationRecord c, String citedIri, int index) {
        Model m = b.model();
        String docIri = b.docIri();
        Resource d = b.document();
        Selectors selectors = b.selectors();
        Resource cited = m.createResource(citedIri).addProperty(RDF.type, PL.PolicyDocument).addProperty(RDF.type, ELI.LegalResource);
        c.title().ifPresent(t -> {
            cited.addProperty(DCTerms.title, t, ZH).addProperty(PL.titleKey, Titles.normalise(t));
            if (!cited.hasProperty(RDFS.label)) cited.addProperty(RDFS.label, t, ZH);
        });
        c.number().ifPresent(n -> {
            number(cited, n);
            if (!cited.hasProperty(RDFS.label)) cited.addProperty(RDFS.label, n.canonical(), ZH);
            earliestDate(cited, n);
            reference.issuerCodes().lookup(n.issuerCode()).ifPresent(issuer -> citedIssuer(cited, issuer));
        });
        Region context = regionOf(d);
        for (AgencyMention issuer : c.issuers()) {
            Resource a = agency(m, issuer, docIri);
            cited.addProperty(ELI.passed_by, a);
            if (!cited.hasProperty(PL.level)) issuer.agency().ifPresent(r -> levelAndJurisdiction(cited, r.region()));
        }
        if (!cited.hasProperty(ELI.jurisdiction) && context != null && c.title().isPresent()) {
            // 《苏州“十四五”规划…》: a title that begins with a region's name is that region's document.
            List<org.policylineage.reference.RegionDirectory.Mention> places = reference.regions().mentions(c.title().get());
            if (!places.isEmpty() && places.get(0).start() == 0) levelAndJurisdiction(cited, places.get(0).region());
        }
        c.title().flatMap(reference.documentKinds()::kindOfTitle)
                .ifPresent(k -> cited.addProperty(ELI.type_document, m.createResource(k.iri())));

        CitationRelation relation = c.relation();
        CitationStatements.state(d, cited, relation, b.doc().draft());
        Resource foundIn = c.measureKey().map(k -> m.createResource(iris.measure(docIri, k))).orElse(d);
        Resource r = m.createResource(iris.citation(docIri, index))
                .addProperty(RDF.type, PL.Citation)
                .addProperty(PL.citing, d).addProperty(PL.cited, cited)
                .addProperty(PL.relation, relation.resource())
                .addProperty(PL.foundIn, foundIn)
                .addProperty(PL.document, d)
                .addProperty(PL.evidence, selectors.quote(c.start(), c.end()));
        c.title().ifPresent(t -> r.addProperty(PL.citedTitle, t));
        c.numberAsWritten().ifPresent(n -> r.addProperty(PL.citedNumber, n));
        d.addProperty(PL.hasCitation, r);
    }

    private void citedIssuer(Resource cited, IssuerCodes.Issuer issuer) {
        Model m = cited.getModel();
        Resource agency = m.createResource(iris.agency(issuer.region().slug() + "/" + issuer.function().code()));
        describeAgency(agency, new ResolvedAgency(issuer.function(), issuer.region(), issuer.function().nameIn(issuer.region())));
        cited.addProperty(ELI.passed_by, agency);
        levelAndJurisdiction(cited, issuer.region());
    }

    private void levelAndJurisdiction(Resource doc, Region region) {
        if (doc.hasProperty(PL.level)) return;
        Model m = doc.getModel();
        doc.addProperty(PL.level, region.documentLevel().resource());
        doc.addProperty(ELI.jurisdiction, m.createResource(iris.region(region.slug())));
    }

    private Region regionOf(Resource d) {
        Resource j = d.getPropertyResourceValue(ELI.jurisdiction);
        if (j == null) return null;
        String slug = j.getURI().substring(j.getURI().lastIndexOf('/') + 1);
        return reference.regions().bySlug(slug).orElse(null);
    }

    private Resource agency(Model m, AgencyMention mention, String docIri) {
        if (mention.agency().isEmpty()) {
            return m.createResource(iris.unresolvedAgency(docIri, mention.asWritten()))
                    .addProperty(RDF.type, PL.Agency)
                    .addProperty(SKOS.prefLabel, mention.asWritten(), ZH)
                    .addProperty(RDFS.label, mention.asWritten(), ZH);
        }
        ResolvedAgency a = mention.agency().get();
        Resource r = m.createResource(iris.agency(a.key()));
        describeAgency(r, a);
        if (!a.asWritten().equals(a.fullName())) r.addProperty(SKOS.altLabel, AgencyResolver.cleanName(a.asWritten()), ZH);
        return r;
    }

    private void describeAgency(Resource r, ResolvedAgency a) {
        Model m = r.getModel();
        r.addProperty(RDF.type, PL.Agency)
                .addProperty(SKOS.prefLabel, a.fullName(), ZH)
                .addProperty(RDFS.label, a.fullName(), ZH)
                .addProperty(PL.jurisdiction, m.createResource(iris.region(a.region().slug())))
                .addProperty(ORG.classification, m.createResource(iris.agencyFunction(a.function().code())));
    }

    /** Makes Web Annotation selectors on the source file for spans of normalised text. */
    private static final class Selectors {
        private final Model m;
        private final NormalisedText text;
        private final Resource source;
        private final SourceInfo file;
        private final String original;
        /** Without characters beyond the BMP, code-point offsets are char offsets: no counting per selector. */
        private final boolean bmpOnly;

        Selectors(Model m, NormalisedText text, Resource source, SourceInfo file) {
            this.m = m;
            this.file = file;
            this.text = text;
            this.source = source;
            this.original = text.original();
            this.bmpOnly = original.codePointCount(0, original.length()) == original.length();
        }

        /** Evidence: an oa:SpecificResource (the range of pl:evidence, so not stated) on the source file. */
        Resource position(int start, int end) {
            int[] span = codePoints(start, end);
            return page(m.createResource()
                    .addProperty(OA.hasSource, source)
                    .addProperty(OA.hasSelector, positionSelector(span)), start, end);
        }

        /** The page a span starts on, for a paged source: a reader checks a quote there in the PDF. */
        private Resource page(Resource specific, int start, int end) {
            if (file.pages().isEmpty() || end <= start) return specific;
            int page = file.pageAt(text.originalStart(start));
            if (page > 0) specific.addLiteral(PL.page, m.createTypedLiteral(java.math.BigInteger.valueOf(page)));
            return specific;
        }

        Resource quote(int start, int end) {
            if (start < 0 || end <= start) return position(0, 0);
            int[] span = codePoints(start, end);
            return page(m.createResource()
                    .addProperty(OA.hasSource, source)
                    .addProperty(OA.hasSelector, positionSelector(span))
                    .addProperty(OA.hasSelector, m.createResource().addProperty(RDF.type, OA.TextQuoteSelector)
                            .addProperty(OA.exact, text.originalText(start, end))), start, end);
        }

        private Resource positionSelector(int[] span) {
            return m.createResource().addProperty(RDF.type, OA.TextPositionSelector)
                    .addLiteral(OA.start, m.createTypedLiteral(java.math.BigInteger.valueOf(span[0])))
                    .addLiteral(OA.end, m.createTypedLiteral(java.math.BigInteger.valueOf(span[1])));
        }

        /** Code-point offsets in the original of the normalised span, as Web Annotation counts them. */
        private int[] codePoints(int start, int end) {
            if (end <= start) return new int[] {0, 0};
            int s = text.originalStart(start);
            int e = text.originalEnd(end);
            if (bmpOnly) return new int[] {s, e};
            int cs = original.codePointCount(0, s);
            return new int[] {cs, cs + original.codePointCount(s, e)};
        }
    }
}
