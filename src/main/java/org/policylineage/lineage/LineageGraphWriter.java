package org.policylineage.lineage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.Prefixes;
import org.policylineage.text.NormalisedText;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.PROV;

/** Writes what lineage found — alignments, target links, closures — as the lineage graph, with its provenance. */
final class LineageGraphWriter {
    private static final Map<String, Resource> RELATIONS = Map.of(
            "implements", PL.Relation.implementsRel,
            "forwards", PL.Relation.forwards,
            "inferred-from-text", PL.Method.inferredFromText,
            "text-reuse", PL.Method.textReuse,
            "named-programme", PL.Method.namedProgramme,
            "same-indicator", PL.Method.sameIndicator);

    private final IriScheme iris;
    private final Model m = ModelFactory.createDefaultModel();

    LineageGraphWriter(IriScheme iris) {
        this.iris = iris;
        m.setNsPrefixes(Prefixes.ALL);
    }

    Model model() { return m; }

    void alignment(Alignment a) {
        Resource child = m.createResource(a.child().iri());
        Resource parent = m.createResource(a.parent().iri());
        Resource r = m.createResource(iris.lineageNode("alignment", a.child().iri() + " " + a.parent().iri()))
                .addProperty(RDF.type, PL.MeasureAlignment)
                .addProperty(PL.childMeasure, child).addProperty(PL.parentMeasure, parent)
                .addLiteral(PL.score, decimal(a.score()))
                .addLiteral(PL.reuseCoefficient, decimal(a.reuseCoefficient()))
                .addProperty(PL.explanation, explain(a));
        for (String method : a.methods()) r.addProperty(PL.method, RELATIONS.get(method));
        child.addProperty(PL.followsMeasure, parent);
        for (Alignment.Passage p : a.passages()) {
            r.addProperty(PL.sharedPassage, m.createResource().addProperty(RDF.type, PL.SharedPassage)
                    .addProperty(PL.childSelector, quote(a.child().doc(), p.childStart(), p.childEnd()))
                    .addProperty(PL.parentSelector, quote(a.parent().doc(), p.parentStart(), p.parentEnd())));
        }
    }

    private static String explain(Alignment a) {
        StringBuilder b = new StringBuilder();
        if (a.methods().contains("text-reuse")) {
            b.append(String.format("%d passages shared; %.0f%% of the child measure copied, %.0f%% of the parent measure reused",
                    a.passages().size() - (a.methods().contains("named-programme") ? 1 : 0), a.reuseCoefficient() * 100, a.parentCoverage() * 100));
        }
        if (a.methods().contains("named-programme")) {
            if (b.length() > 0) b.append("; ");
            b.append("names the programme the parent measure is about");
        }
        return b.toString();
    }

    void noCounterpart(LineageCorpus.Measure measure) {
        m.createResource(measure.iri()).addLiteral(PL.noCounterpart, true);
    }

    void targetLink(TargetLinker.TargetLink l) {
        Resource child = m.createResource(l.child().iri());
        Resource parent = m.createResource(l.parent().iri());
        Resource r = m.createResource(iris.lineageNode("target-link", l.child().iri() + " " + l.parent().iri()))
                .addProperty(RDF.type, PL.TargetLink)
                .addProperty(PL.childTarget, child).addProperty(PL.parentTarget, parent)
                .addProperty(PL.method, PL.Method.sameIndicator)
                .addLiteral(PL.score, decimal(l.score()))
                .addLiteral(PL.inheritedUnchanged, l.inheritedUnchanged())
                .addLiteral(PL.deadlineDiffers, l.deadlineDiffers())
                .addProperty(PL.explanation, l.explanation());
        if (l.share() != null) r.addLiteral(PL.share, org.policylineage.rdf.Literals.decimal(l.share()));
        child.addProperty(PL.derivesFromTarget, parent);
    }

    void localAddition(LineageCorpus.Target t) {
        m.createResource(t.iri()).addLiteral(PL.localAddition, true);
    }

    void derivation(Link l) {
        m.createResource(l.child()).addProperty(PL.derivesFrom, m.createResource(l.parent()));
    }

    void ancestry(Closure.Entry e) {
        Resource d = m.createResource(e.descendant());
        Resource a = m.createResource(e.ancestor());
        d.addProperty(PL.hasAncestor, a);
        Resource r = m.createResource(iris.lineageNode("ancestry", e.descendant() + " " + e.ancestor()))
                .addProperty(RDF.type, PL.Ancestry)
                .addProperty(PL.descendant, d).addProperty(PL.ancestor, a)
                .addLiteral(PL.depth, m.createTypedLiteral(java.math.BigInteger.valueOf(e.depth())))
                .addProperty(PL.via, m.createResource(e.via()))
                .addProperty(PL.relation, RELATIONS.get(e.link().relation()))
                .addLiteral(PL.score, decimal(e.link().score()));
        if (e.link().explanation() != null) r.addProperty(PL.explanation, e.link().explanation());
    }

    void provenance(Instant started, Instant ended, String parameters, List<String> documentGraphs) {
        Resource graph = m.createResource(iris.lineageGraph());
        Resource activity = m.createResource(iris.lineageGraph() + "#computation")
                .addProperty(RDF.type, PL.LineageActivity).addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, m.createResource(iris.software()))
                .addLiteral(PROV.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                .addLiteral(PROV.endedAtTime, m.createTypedLiteral(ended.toString(), XSDDatatype.XSDdateTime))
                .addProperty(RDFS.comment, parameters);
        graph.addProperty(RDF.type, PROV.Entity).addProperty(PROV.wasGeneratedBy, activity)
                .addLiteral(PROV.generatedAtTime, m.createTypedLiteral(ended.toString(), XSDDatatype.XSDdateTime));
        for (String g : documentGraphs) {
            Resource source = m.createResource(g);
            graph.addProperty(PROV.wasDerivedFrom, source);
            activity.addProperty(PROV.used, source);
        }
    }

    private Resource quote(LineageCorpus.Doc doc, int start, int end) {
        NormalisedText t = doc.text();
        String original = t.original();
        int s = t.originalStart(start), e = t.originalEnd(end);
        int cs = original.codePointCount(0, s);
        return m.createResource().addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, m.createResource(doc.sourceIri()))
                .addProperty(OA.hasSelector, m.createResource().addProperty(RDF.type, OA.TextPositionSelector)
                        .addLiteral(OA.start, m.createTypedLiteral(java.math.BigInteger.valueOf(cs)))
                        .addLiteral(OA.end, m.createTypedLiteral(java.math.BigInteger.valueOf(cs + original.codePointCount(s, e)))))
                .addProperty(OA.hasSelector, m.createResource().addProperty(RDF.type, OA.TextQuoteSelector)
                        .addProperty(OA.exact, original.substring(s, e)));
    }

    private org.apache.jena.rdf.model.Literal decimal(double v) {
        return org.policylineage.rdf.Literals.decimal(java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP));
    }
}
