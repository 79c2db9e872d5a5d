package org.policylineage.curation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylineage.extract.DocNumber;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.CitationStatements;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.Literals;
import org.policylineage.store.HiddenFacts;
import org.policylineage.store.PolicyStore;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.CurationStatus;
import org.policylineage.vocab.ELI;
import org.policylineage.vocab.LinkMethod;
import org.policylineage.vocab.PL;

/**
 * Works out, from every stored correction and the facts as stored, what each correction applies to
 * now (or that it is orphaned), the curated graph (status, history and asserted values of each
 * curated fact) and the extracted statements the corrected view hides.
 */
final class CorrectedView {
    /** The curated graph and what it hides, for the corrections given, each resolved. */
    record Result(List<Correction> corrections, Model curated, HiddenFacts hidden) {}

    private final PolicyStore store;
    private final IriScheme iris;
    private final Resource curatedGraph;

    CorrectedView(PolicyStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
        this.curatedGraph = ResourceFactory.createResource(iris.curatedGraph());
    }

    /** The curated graph and what it hides, from corrections each already resolved ({@link #resolve}), oldest first. */
    Result compute(List<Correction> resolved) {
        Map<String, List<Correction>> byFact = new LinkedHashMap<>();
        for (Correction c : resolved) c.appliesTo().ifPresent(f -> byFact.computeIfAbsent(f, k -> new ArrayList<>()).add(c));

        Model m = ModelFactory.createDefaultModel();
        Set<Node> subjects = new HashSet<>();
        Set<HiddenFacts.Pair> subjectPredicates = new HashSet<>();
        Set<HiddenFacts.Pair> predicateObjects = new HashSet<>();
        Set<Triple> statements = new HashSet<>();
        for (Map.Entry<String, List<Correction>> e : byFact.entrySet()) {
            Resource fact = m.createResource(e.getKey());
            List<Correction> history = e.getValue();
            Correction first = history.get(0);
            Map<CuratedField, Correction> latest = new LinkedHashMap<>();
            for (Correction c : history) {
                fact.addProperty(PL.correction, m.createResource(c.iri()));
                c.values().keySet().forEach(name -> CuratedField.of(c.kind(), name).ifPresent(f -> latest.put(f, c)));
            }
            CurationStatus status = status(history);
            fact.addProperty(PL.curationStatus, status.resource());
            if (status == CurationStatus.REJECTED) {
                if (first.action() != CurationAction.ADD) hideRejected(first.kind(), fact.asNode(), subjects, predicateObjects, statements);
                continue;
            }
            if (first.action() == CurationAction.ADD) added(m, fact, first);
            for (Map.Entry<CuratedField, Correction> f : latest.entrySet()) {
                CuratedField field = f.getKey();
                if (field.addOnly()) continue;
                Correction c = f.getValue();
                String typed = c.values().get(field.fieldName());
                if (!field.removes(typed)) field.write(m, fact, c.iri() + "#" + field.fieldName(), typed);
                if (first.action() != CurationAction.ADD) subjectPredicates.add(new HiddenFacts.Pair(fact.asNode(), field.property().asNode()));
            }
        }
        for (Correction c : resolved) {
            Resource r = m.createResource(c.iri()).addLiteral(PL.orphaned, c.orphaned());
            c.appliesTo().ifPresent(a -> r.addProperty(PL.appliesTo, m.createResource(a)));
        }
        Set<Node> curationGraphs = new HashSet<>();
        curationGraphs.add(curatedGraph.asNode());
        for (Correction c : resolved) curationGraphs.add(node(iris.correctionGraph(Curation.idOf(c.iri()))));
        return new Result(resolved, m, new HiddenFacts(subjects, subjectPredicates, predicateObjects, statements, curatedGraph.asNode(), curationGraphs));
    }

    /** The latest judgement decides; a fact once edited stays corrected while it is not rejected again. */
    private static CurationStatus status(List<Correction> history) {
        CurationAction last = history.get(history.size() - 1).action();
        if (last == CurationAction.REJECT) return CurationStatus.REJECTED;
        if (history.get(0).action() == CurationAction.ADD) return CurationStatus.ADDED;
        if (history.stream().anyMatch(c -> c.action() == CurationAction.EDIT)) return CurationStatus.CORRECTED;
        return CurationStatus.CONFIRMED;
    }

    /**
     * What a rejected fact takes with it from the corrected view: every statement about it, the statement
     * that holds it (a measure's target, its responsibilities), and what only it stated (the agency a
     * measure names through it, the certificate type a statement says the measure names).
     */
    private void hideRejected(CuratedKind kind, Node fact, Set<Node> subjects, Set<HiddenFacts.Pair> predicateObjects, Set<Triple> statements) {
        subjects.add(fact);
        switch (kind) {
            case TARGET -> predicateObjects.add(new HiddenFacts.Pair(PL.hasTarget.asNode(), fact));
            // The agency a measure names is read through its responsibilities (pl:hasResponsibility/pl:agency): hiding
            // the one rejected leaves the agency named only where another mention still names it.
            case RESPONSIBILITY -> predicateObjects.add(new HiddenFacts.Pair(PL.hasResponsibility.asNode(), fact));
            case CERTIFICATE_TYPE -> {
                for (QuerySolution r : rows("sparql/curation/reified.rq", Map.of("fact", ResourceFactory.createResource(fact.getURI())))) {
                    statements.add(Triple.create(r.get("s").asNode(), r.get("p").asNode(), r.get("o").asNode()));
                }
            }
            default -> { }
        }
    }

    /** A fact a curator added, stated as extraction or lineage states one of its kind, so that lineage walks it and the pages list it. */
    private void added(Model m, Resource fact, Correction c) {
        Resource holder = m.createResource(c.target());
        Map<String, String> values = c.values();
        String note = "stated by a curator (" + c.curator() + "): " + c.note();
        switch (c.kind()) {
            case CITATION -> addedCitation(m, fact, c);
            case TARGET -> addedTarget(m, fact, c);
            case ALIGNMENT -> {
                Resource parent = m.createResource(values.get(CuratedField.PARENT_MEASURE.fieldName()));
                fact.addProperty(RDF.type, PL.MeasureAlignment).addProperty(PL.childMeasure, holder).addProperty(PL.parentMeasure, parent)
                        .addLiteral(PL.score, Literals.decimal(BigDecimal.ONE)).addProperty(PL.method, LinkMethod.CURATOR.resource())
                        .addProperty(PL.explanation, note);
                holder.addProperty(PL.followsMeasure, parent);
            }
            case TARGET_LINK -> fact.addProperty(RDF.type, PL.TargetLink).addProperty(PL.childTarget, holder)
                    .addProperty(PL.parentTarget, m.createResource(values.get(CuratedField.PARENT_TARGET.fieldName())))
                    .addLiteral(PL.score, Literals.decimal(BigDecimal.ONE)).addProperty(PL.method, LinkMethod.CURATOR.resource())
                    .addProperty(PL.explanation, note);
            case RESPONSIBILITY -> {
                Resource agency = m.createResource(values.get(CuratedField.AGENCY.fieldName()));
                List<QuerySolution> about = rows("sparql/curation/agency.rq", Map.of("agency", agency, "measure", holder));
                String label = about.stream().filter(r -> r.contains("label")).map(r -> r.getLiteral("label").getString()).findFirst()
                        .orElse(agency.getURI());
                long position = about.stream().filter(r -> r.contains("last")).mapToLong(r -> r.getLiteral("last").getLong()).max().orElse(0) + 1;
                holder.addProperty(PL.hasResponsibility, fact);
                fact.addProperty(RDF.type, PL.Responsibility).addProperty(PL.agency, agency).addProperty(PL.asWritten, label)
                        .addLiteral(PL.position, m.createTypedLiteral(BigInteger.valueOf(position)));
                if (!values.containsKey(CuratedField.LEAD.fieldName())) fact.addLiteral(PL.lead, false);
            }
            case CERTIFICATE_TYPE -> {
                Resource type = m.createResource(CuratedField.certificateType(values.get(CuratedField.TYPE.fieldName())));
                holder.addProperty(PL.certificateType, type);
                fact.addProperty(RDF.type, PL.CertificateTypeStatement).addProperty(RDF.subject, holder)
                        .addProperty(RDF.predicate, PL.certificateType).addProperty(RDF.object, type);
            }
            case DOCUMENT -> throw new IllegalStateException("a document is never added by a correction");
        }
    }

    /** An added citation, stated as extraction states one, so that lineage walks it and the pages list it. */
    private void addedCitation(Model m, Resource citation, Correction c) {
        Resource doc = m.createResource(c.target());
        String number = c.values().get(CuratedField.NUMBER.fieldName());
        Resource cited = m.createResource(iris.document(DocNumber.parse(number).orElseThrow()))
                .addProperty(RDF.type, PL.PolicyDocument).addProperty(RDF.type, ELI.LegalResource);
        if (!cited.hasProperty(RDFS.label)) cited.addProperty(RDFS.label, number, "zh");
        cited.addProperty(ELI.id_local, number);
        CitationRelation relation = CitationRelation.ofNotation(c.values().getOrDefault(CuratedField.RELATION.fieldName(), "implements"))
                .orElse(CitationRelation.IMPLEMENTS);
        citation.addProperty(RDF.type, PL.Citation).addProperty(PL.citing, doc).addProperty(PL.cited, cited)
                .addProperty(PL.relation, relation.resource()).addProperty(PL.document, doc).addProperty(PL.foundIn, doc)
                .addProperty(PL.citedNumber, number);
        // A curator who adds a repeal states it of an issued document: the correction is the evidence.
        CitationStatements.state(doc, cited, relation, false);
    }

    /**
     * An added target: of its measure (or its document), with its indicator named from the quantity the
     * curator typed and its evidence the words quoted from the document's source; its value, unit,
     * comparator (= unless given) and deadline are the fields the correction sets.
     */
    private void addedTarget(Model m, Resource target, Correction c) {
        Map<String, String> values = c.values();
        String holder = c.target();
        Resource doc = m.createResource(iris.document(iris.pathOf(holder)));
        String quote = values.get(CuratedField.QUOTE.fieldName()).strip();
        String indicator = values.get(CuratedField.INDICATOR.fieldName()).strip();
        target.addProperty(RDF.type, PL.Target).addProperty(RDF.type, PL.QuantitativeTarget).addProperty(PL.document, doc)
                .addProperty(RDFS.label, quote, "zh").addLiteral(PL.aspirational, false).addProperty(PL.indicatorAsWritten, indicator)
                .addProperty(PL.indicator, m.createResource(iris.indicator(indicator)).addProperty(RDF.type, PL.Indicator)
                        .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, m.createResource(iris.indicatorScheme()))
                        .addProperty(SKOS.prefLabel, indicator, "zh"));
        if (!values.containsKey(CuratedField.COMPARATOR.fieldName())) target.addProperty(PL.comparator, "=");
        Optional<AddedPlace> placed = placeOfAdded(holder, quote);
        Optional<String> measure = holder.equals(doc.getURI()) ? placed.flatMap(AddedPlace::measure) : Optional.of(holder);
        measure.ifPresent(iri -> {
            target.addProperty(PL.measure, m.createResource(iri));
            m.createResource(iri).addProperty(PL.hasTarget, target);
        });
        // Its evidence as extraction gives a target's: the words where they stand in the source, so that the
        // pages and the REST views, which place a target by them, list it with the extracted ones.
        placed.ifPresent(p -> {
            Resource evidence = m.createResource(target.getURI() + "#evidence").addProperty(RDF.type, OA.SpecificResource)
                    .addProperty(OA.hasSource, p.source())
                    .addProperty(OA.hasSelector, m.createResource(target.getURI() + "#quote").addProperty(RDF.type, OA.TextQuoteSelector)
                            .addProperty(OA.exact, p.place().exact()))
                    .addProperty(OA.hasSelector, m.createResource(target.getURI() + "#position").addProperty(RDF.type, OA.TextPositionSelector)
                            .addLiteral(OA.start, m.createTypedLiteral(BigInteger.valueOf(p.place().start())))
                            .addLiteral(OA.end, m.createTypedLiteral(BigInteger.valueOf(p.place().end()))));
            p.page().ifPresent(page -> evidence.addLiteral(PL.page, m.createTypedLiteral(BigInteger.valueOf(page))));
            target.addProperty(PL.evidence, evidence);
        });
    }

    /** Where the words quoted for an added target stand: the document's source, the place, the measure whose text holds it, its page. */
    record AddedPlace(Resource source, QuotedWords.Place place, Optional<String> measure, Optional<Integer> page) {}

    /**
     * Where the words quoted for a target added to {@code holder} stand in its document's text: the first place
     * within the measure's text, or for a target added to a document, the first place in the text and the measure
     * that holds it. Empty when the text (as stored now) does not hold them.
     */
    Optional<AddedPlace> placeOfAdded(String holder, String words) {
        Resource doc = res(iris.document(iris.pathOf(holder)));
        List<QuerySolution> source = rows("sparql/curation/source.rq", Map.of("doc", doc));
        if (source.isEmpty() || !source.get(0).contains("content")) return Optional.empty();
        String text = source.get(0).getLiteral("content").getString();
        List<QuerySolution> measures = rows("sparql/curation/measure-spans.rq", Map.of("doc", doc));
        int from = 0, to = Integer.MAX_VALUE;
        if (!holder.equals(doc.getURI())) {
            Optional<QuerySolution> span = measures.stream().filter(r -> r.getResource("measure").getURI().equals(holder)).findFirst();
            if (span.isEmpty()) return Optional.empty();
            from = span.get().getLiteral("start").getInt();
            to = span.get().getLiteral("end").getInt();
        }
        List<QuotedWords.Place> found = QuotedWords.find(text, words, from, to);
        if (found.isEmpty()) return Optional.empty();
        QuotedWords.Place place = found.get(0);
        Optional<String> measure = measures.stream()
                .filter(r -> r.getLiteral("start").getInt() <= place.start() && place.start() < r.getLiteral("end").getInt())
                .reduce((a, b) -> b).map(r -> r.getResource("measure").getURI());
        Optional<Integer> page = rows("sparql/curation/page-starts.rq", Map.of("doc", doc)).stream()
                .filter(r -> r.getLiteral("start").getInt() <= place.start()).reduce((a, b) -> b).map(r -> r.getLiteral("number").getInt());
        return Optional.of(new AddedPlace(source.get(0).getResource("source"), place, measure, page));
    }

    /** What a correction applies to now: its fact if still stored as it was read, else the one fact read from the same words. */
    Optional<String> resolve(Correction c) {
        if (c.action() == CurationAction.ADD) return resolveAdded(c);
        if (c.kind().isLink()) {
            List<String> ends = c.replaced().stream().filter(r -> r.subject().equals(c.target()))
                    .filter(r -> r.predicate().equals(PL.childMeasure.getURI()) || r.predicate().equals(PL.parentMeasure.getURI())
                            || r.predicate().equals(PL.childTarget.getURI()) || r.predicate().equals(PL.parentTarget.getURI()))
                    .map(Correction.Replaced::object).toList();
            return ends.size() == 2 && ends.stream().allMatch(e -> !types(e).isEmpty()) ? Optional.of(c.target()) : Optional.empty();
        }
        List<QuerySolution> rows = rows("sparql/curation/fact.rq", Map.of("fact", res(c.target())));
        boolean present = rows.stream().anyMatch(r -> r.getResource("type").getURI().equals(c.kind().type().getURI()));
        boolean sameWords = c.quote().isEmpty() || rows.stream().anyMatch(r -> r.contains("quote") && r.getLiteral("quote").getString().equals(c.quote().get()));
        if (present && sameWords) return Optional.of(c.target());
        if (c.quote().isEmpty()) return Optional.empty();
        List<QuerySolution> moved = rows("sparql/curation/same-quote.rq", Map.of("type", c.kind().type(),
                "doc", res(iris.document(iris.pathOf(c.target()))), "quote", ResourceFactory.createStringLiteral(c.quote().get())));
        return moved.size() == 1 ? Optional.of(moved.get(0).getResource("fact").getURI()) : Optional.empty();
    }

    /** An added fact applies while what it belongs to is stored (and, for a link, both its ends; for a responsibility, its agency; for a target, its words). */
    private Optional<String> resolveAdded(Correction c) {
        Set<String> holderTypes = types(c.target());
        if (c.kind().holders().stream().noneMatch(h -> holderTypes.contains(h.getURI()))) return Optional.empty();
        String id = Curation.idOf(c.iri());
        return switch (c.kind()) {
            case CITATION -> Optional.of(iris.addedCitation(c.target(), id));
            // An added target stands while its words do: quoted from text that changed, it is orphaned as an extracted one's correction is.
            case TARGET -> placeOfAdded(c.target(), c.values().get(CuratedField.QUOTE.fieldName()).strip()).isPresent()
                    ? Optional.of(iris.addedTarget(c.target(), id)) : Optional.empty();
            case ALIGNMENT, TARGET_LINK -> {
                String parent = c.values().get((c.kind() == CuratedKind.ALIGNMENT ? CuratedField.PARENT_MEASURE : CuratedField.PARENT_TARGET).fieldName());
                Set<String> parentTypes = types(parent);
                yield c.kind().holders().stream().anyMatch(h -> parentTypes.contains(h.getURI()))
                        ? Optional.of(addedLink(c.kind(), c.target(), parent)) : Optional.empty();
            }
            case RESPONSIBILITY -> types(c.values().get(CuratedField.AGENCY.fieldName())).contains(PL.Agency.getURI())
                    ? Optional.of(iris.addedResponsibility(c.target(), id)) : Optional.empty();
            case CERTIFICATE_TYPE -> Optional.of(iris.certificateTypeStatement(c.target(),
                    CuratedField.certificateType(c.values().get(CuratedField.TYPE.fieldName()))));
            case DOCUMENT -> Optional.empty();
        };
    }

    /** An added link is named as lineage names one it finds, by its two ends, so that lineage knows it and writes no second. */
    String addedLink(CuratedKind kind, String child, String parent) { return iris.lineageNode(kind.notation(), child + " " + parent); }

    Set<String> types(String fact) {
        Set<String> out = new HashSet<>();
        for (QuerySolution r : rows("sparql/curation/fact.rq", Map.of("fact", res(fact)))) out.add(r.getResource("type").getURI());
        return out;
    }

    /** Rows of a query over the extracted view (hidden statements too: a rejected fact is still there to be found). */
    List<QuerySolution> rows(String query, Map<String, RDFNode> bindings) {
        Map<String, RDFNode> all = new LinkedHashMap<>(bindings);
        all.put("curated", curatedGraph);
        List<QuerySolution> out = new ArrayList<>();
        store.selectExtracted(Sparql.query(query, all)).forEachRemaining(out::add);
        return out;
    }

    private static Resource res(String iri) { return ResourceFactory.createResource(iri); }

    static Node node(String iri) { return NodeFactory.createURI(iri); }
}
