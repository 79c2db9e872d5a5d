package org.policylineage.curation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policylineage.extract.DocNumber;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.CitationStatements;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.HiddenFacts;
import org.policylineage.store.PolicyStore;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.CurationStatus;
import org.policylineage.vocab.ELI;
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
            if (first.action() == CurationAction.ADD) added(m, fact, first);
            if (status == CurationStatus.REJECTED) {
                subjects.add(fact.asNode());
                if (first.kind() == CuratedKind.TARGET) predicateObjects.add(new HiddenFacts.Pair(PL.hasTarget.asNode(), fact.asNode()));
                continue;
            }
            for (Map.Entry<CuratedField, Correction> f : latest.entrySet()) {
                if (f.getKey() == CuratedField.NUMBER) continue;
                Correction c = f.getValue();
                f.getKey().write(m, fact, c.iri() + "#" + f.getKey().fieldName(), c.values().get(f.getKey().fieldName()));
                if (first.action() != CurationAction.ADD) subjectPredicates.add(new HiddenFacts.Pair(fact.asNode(), f.getKey().property().asNode()));
            }
        }
        for (Correction c : resolved) {
            Resource r = m.createResource(c.iri()).addLiteral(PL.orphaned, c.orphaned());
            c.appliesTo().ifPresent(a -> r.addProperty(PL.appliesTo, m.createResource(a)));
        }
        Set<Node> curationGraphs = new HashSet<>();
        curationGraphs.add(curatedGraph.asNode());
        for (Correction c : resolved) curationGraphs.add(node(iris.correctionGraph(Curation.idOf(c.iri()))));
        return new Result(resolved, m, new HiddenFacts(subjects, subjectPredicates, predicateObjects, curatedGraph.asNode(), curationGraphs));
    }

    /** The latest judgement decides; a fact once edited stays corrected while it is not rejected again. */
    private static CurationStatus status(List<Correction> history) {
        CurationAction last = history.get(history.size() - 1).action();
        if (last == CurationAction.REJECT) return CurationStatus.REJECTED;
        if (history.get(0).action() == CurationAction.ADD) return CurationStatus.ADDED;
        if (history.stream().anyMatch(c -> c.action() == CurationAction.EDIT)) return CurationStatus.CORRECTED;
        return CurationStatus.CONFIRMED;
    }

    /** An added citation, stated as extraction states one, so that lineage walks it and the pages list it. */
    private void added(Model m, Resource citation, Correction c) {
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

    /** What a correction applies to now: its fact if still stored as it was read, else the one fact read from the same words. */
    Optional<String> resolve(Correction c) {
        if (c.action() == CurationAction.ADD) {
            return types(c.target()).contains(PL.PolicyDocument.getURI())
                    ? Optional.of(iris.addedCitation(c.target(), Curation.idOf(c.iri()))) : Optional.empty();
        }
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
