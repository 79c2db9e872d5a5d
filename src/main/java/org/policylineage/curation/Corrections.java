package org.policylineage.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policylineage.rdf.IriScheme;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.PROV;

/**
 * A correction as the RDF of its own named graph and back: a W3C Web Annotation (oa:hasTarget the
 * fact and the words it was read from, oa:hasBody what the curator asserts) that is a PROV entity
 * (who, when) with the curator's reason as rdfs:comment and what it superseded as rdf:Statements.
 * Every node is named under the correction's IRI (no blank node), so a graph reads back and
 * imports the same however often it is copied.
 */
final class Corrections {

    private final IriScheme iris;

    Corrections(IriScheme iris) { this.iris = iris; }

    Model graph(Correction c) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(prefixes());
        Resource r = m.createResource(c.iri())
                .addProperty(RDF.type, PL.Correction).addProperty(RDF.type, OA.Annotation).addProperty(RDF.type, PROV.Entity)
                .addProperty(PL.action, c.action().resource())
                .addProperty(OA.motivatedBy, c.action() == CurationAction.CONFIRM || c.action() == CurationAction.REJECT ? OA.assessing : OA.editing)
                .addProperty(DCTerms.type, c.kind().type())
                .addProperty(RDFS.comment, c.note())
                .addProperty(PROV.wasAttributedTo, m.createResource(iris.curator(c.curator()))
                        .addProperty(RDF.type, PL.Curator).addProperty(RDF.type, PROV.Agent).addProperty(RDFS.label, c.curator()))
                .addLiteral(PROV.generatedAtTime, m.createTypedLiteral(c.time().toString(), XSDDatatype.XSDdateTime));
        Resource target = m.createResource(c.iri() + "#target").addProperty(RDF.type, OA.SpecificResource)
                .addProperty(OA.hasSource, m.createResource(c.target()));
        c.quote().ifPresent(q -> target.addProperty(OA.hasSelector, m.createResource(c.iri() + "#selector")
                .addProperty(RDF.type, OA.TextQuoteSelector).addProperty(OA.exact, q)));
        r.addProperty(OA.hasTarget, target);
        if (!c.values().isEmpty()) {
            Resource body = m.createResource(c.iri() + "#body");
            c.values().forEach((name, value) -> CuratedField.of(c.kind(), name).orElseThrow().write(m, body, c.iri() + "#" + name, value));
            r.addProperty(OA.hasBody, body);
        }
        int i = 0;
        for (Correction.Replaced s : c.replaced()) {
            Resource st = m.createResource(c.iri() + "#replaced-" + ++i).addProperty(RDF.type, RDF.Statement)
                    .addProperty(RDF.subject, m.createResource(s.subject()))
                    .addProperty(RDF.predicate, m.createResource(s.predicate()))
                    .addProperty(RDF.object, m.createLiteral(s.object()));
            r.addProperty(PL.replaces, st);
        }
        return m;
    }

    static Map<String, String> prefixes() {
        return Map.of("pl", PL.NS, "oa", OA.NS, "prov", PROV.NS, "dcterms", DCTerms.NS, "rdfs", RDFS.getURI(), "rdf", RDF.getURI());
    }

    /** Every correction a model holds (one graph, or an imported file of many), oldest first. */
    List<Correction> read(Model m) {
        List<Correction> out = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, PL.Correction).forEachRemaining(r -> out.add(read(m, r)));
        out.sort(Comparator.comparing(Correction::time).thenComparing(Correction::iri));
        return out;
    }

    private Correction read(Model m, Resource r) {
        CurationAction action = CurationAction.ofIri(uri(r, PL.action)).orElseThrow(() -> invalid(r, "no known pl:action"));
        CuratedKind kind = CuratedKind.ofType(uri(r, DCTerms.type)).orElseThrow(() -> invalid(r, "no known dcterms:type"));
        Resource target = r.getPropertyResourceValue(OA.hasTarget);
        if (target == null || target.getPropertyResourceValue(OA.hasSource) == null) throw invalid(r, "no oa:hasTarget with oa:hasSource");
        Resource selector = target.getPropertyResourceValue(OA.hasSelector);
        Map<String, String> values = new LinkedHashMap<>();
        Resource body = r.getPropertyResourceValue(OA.hasBody);
        if (body != null) {
            for (CuratedField f : CuratedField.values()) {
                String value = f.kind() == kind ? f.read(body) : null;
                if (value != null) values.put(f.fieldName(), value);
            }
        }
        List<Correction.Replaced> replaced = new ArrayList<>();
        r.listProperties(PL.replaces).forEachRemaining(s -> {
            Resource st = s.getResource();
            replaced.add(new Correction.Replaced(uri(st, RDF.subject), uri(st, RDF.predicate), st.getProperty(RDF.object).getString()));
        });
        replaced.sort(Comparator.comparing(Correction.Replaced::predicate).thenComparing(Correction.Replaced::object));
        Resource curator = r.getPropertyResourceValue(PROV.wasAttributedTo);
        Statement note = r.getProperty(RDFS.comment);
        Statement time = r.getProperty(PROV.generatedAtTime);
        if (curator == null || note == null || time == null) throw invalid(r, "who, why or when is missing");
        return Correction.builder().iri(r.getURI()).action(action).kind(kind)
                .target(target.getPropertyResourceValue(OA.hasSource).getURI())
                .quote(selector == null || !selector.hasProperty(OA.exact) ? null : selector.getProperty(OA.exact).getString())
                .values(values).note(note.getString())
                .curator(curator.hasProperty(RDFS.label) ? curator.getProperty(RDFS.label).getString() : curator.getURI())
                .time(Instant.parse(time.getString())).replaced(replaced).build();
    }

    private static String uri(Resource r, org.apache.jena.rdf.model.Property p) {
        RDFNode n = r.getPropertyResourceValue(p);
        return n == null ? "" : n.asResource().getURI();
    }

    private static CorrectionRefused invalid(Resource r, String what) {
        return new CorrectionRefused(CorrectionRefused.Reason.INVALID, "correction " + r.getURI() + ": " + what);
    }
}
