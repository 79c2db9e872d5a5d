package org.policylineage.lineage.engine;

import org.policylineage.vocab.LinkMethod;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.Literals;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.PROV;
import org.policylineage.vocab.TargetChangeKind;

/**
 * Writes what lineage found (alignments, target links, closures) with its provenance as N-Triples
 * to a file, as it is found, so a national corpus's lineage never has to fit in memory; the store
 * then replaces the lineage graph with the file in one transaction. Safe to call from many threads.
 */
final class LineageGraphWriter implements AutoCloseable {
    private final IriScheme iris;
    private final OutputStream out;
    private final StreamRDF stream;
    private long triples;
    private boolean closed;

    LineageGraphWriter(IriScheme iris, Path file) {
        this.iris = iris;
        try {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lineage graph to " + file, e);
        }
        this.stream = StreamRDFLib.writer(out);
        stream.start();
    }

    synchronized long triples() { return triples; }

    /** The terms of one kind of link node: its IRI's kind, its class, and the properties of its two ends. */
    private record LinkTerms(String kind, Resource type, Property child, Property parent) {}

    private static final LinkTerms ALIGNMENT = new LinkTerms("alignment", PL.MeasureAlignment, PL.childMeasure, PL.parentMeasure);
    private static final LinkTerms TARGET_LINK = new LinkTerms("target-link", PL.TargetLink, PL.childTarget, PL.parentTarget);

    /** The node of the link from {@code child} to {@code parent}, typed, with both ends. */
    private Node link(LinkTerms terms, String child, String parent) {
        Node r = uri(iris.lineageNode(terms.kind(), child + " " + parent));
        add(r, RDF.type, terms.type());
        add(r, terms.child(), uri(child));
        add(r, terms.parent(), uri(parent));
        return r;
    }

    /** The IRI {@link #alignment} names an alignment by. */
    String alignmentIri(Alignment a) { return iris.lineageNode(ALIGNMENT.kind(), a.child().iri() + " " + a.parent().iri()); }

    /** The IRI {@link #targetLink} names a target link by. */
    String targetLinkIri(TargetLinker.TargetLink l) { return iris.lineageNode(TARGET_LINK.kind(), l.child().iri() + " " + l.parent().iri()); }

    synchronized void alignment(Alignment a) {
        Node child = uri(a.child().iri());
        Node parent = uri(a.parent().iri());
        Node r = link(ALIGNMENT, a.child().iri(), a.parent().iri());
        add(r, PL.score, decimal(a.score()));
        add(r, PL.reuseCoefficient, decimal(a.reuseCoefficient()));
        add(r, PL.explanation, string(explain(a)));
        for (LinkMethod method : a.methods()) add(r, PL.method, method.resource().asNode());
        add(child, PL.followsMeasure, parent);
        for (Alignment.Passage p : a.passages()) {
            Node passage = NodeFactory.createBlankNode();
            add(r, PL.sharedPassage, passage);
            add(passage, RDF.type, PL.SharedPassage);
            add(passage, PL.sharedText, string(p.text()));
            add(passage, PL.childStart, integer(p.childStart()));
            add(passage, PL.childEnd, integer(p.childEnd()));
            add(passage, PL.parentStart, integer(p.parentStart()));
            add(passage, PL.parentEnd, integer(p.parentEnd()));
        }
    }

    private static String explain(Alignment a) {
        StringBuilder b = new StringBuilder();
        if (a.methods().contains(LinkMethod.TEXT_REUSE)) {
            int passages = a.passageCount() - (a.methods().contains(LinkMethod.NAMED_PROGRAMME) ? 1 : 0);
            b.append(String.format("%d passages shared; %.0f%% of the child measure copied, %.0f%% of the parent measure reused",
                    passages, a.reuseCoefficient() * 100, a.parentCoverage() * 100));
            if (a.passages().size() < a.passageCount()) b.append("; the ").append(a.passages().size()).append(" longest recorded");
        }
        if (a.methods().contains(LinkMethod.NAMED_PROGRAMME)) {
            if (b.length() > 0) b.append("; ");
            b.append("names the programme the parent measure is about");
        }
        return b.toString();
    }

    synchronized void noCounterpart(LineageCorpus.Measure measure) {
        add(uri(measure.iri()), PL.noCounterpart, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
    }

    synchronized void targetLink(TargetLinker.TargetLink l) {
        Node child = uri(l.child().iri());
        Node parent = uri(l.parent().iri());
        Node r = link(TARGET_LINK, l.child().iri(), l.parent().iri());
        add(r, PL.method, LinkMethod.SAME_INDICATOR.resource().asNode());
        add(r, PL.score, decimal(l.score()));
        add(r, PL.inheritedUnchanged, bool(l.inheritedUnchanged()));
        add(r, PL.deadlineDiffers, bool(l.deadlineDiffers()));
        add(r, PL.explanation, string(l.explanation()));
        if (l.share() != null) add(r, PL.share, Literals.decimal(l.share()).asNode());
        add(child, PL.derivesFromTarget, parent);
    }

    synchronized void localAddition(LineageCorpus.Target t) {
        add(uri(t.iri()), PL.localAddition, bool(true));
    }

    synchronized void derivation(Link l) {
        add(uri(l.child()), PL.derivesFrom, uri(l.parent()));
    }

    /** An issued document that was a draft before: PROV's revision, qualified with why the two were matched. */
    synchronized void revision(String issued, String draft, String explanation) {
        qualifiedRevision("revision", issued, draft, LinkMethod.DRAFT_TITLE, 1.0, explanation);
    }

    /**
     * A place's later document continuing an earlier one on the same subject: PROV's revision too, the qualified
     * revision also a {@code pl:Continuation}, with the method, score and evidence of the inference.
     */
    synchronized void continuation(String later, String earlier, double score, String explanation) {
        Node r = qualifiedRevision("continuation", later, earlier, LinkMethod.SAME_SUBJECT_LATER, score, explanation);
        add(r, RDF.type, PL.Continuation);
    }

    /** {@code later prov:wasRevisionOf earlier}, qualified by a prov:Revision saying how it was found; the revision's node. */
    private Node qualifiedRevision(String kind, String later, String earlier, LinkMethod method, double score, String explanation) {
        Node l = uri(later);
        Node e = uri(earlier);
        add(l, PROV.wasRevisionOf, e);
        Node r = uri(iris.lineageNode(kind, later + " " + earlier));
        add(l, PROV.qualifiedRevision, r);
        add(r, RDF.type, PROV.Revision);
        add(r, PROV.entity, e);
        add(r, PL.method, method.resource());
        add(r, PL.score, decimal(score));
        add(r, PL.explanation, string(explanation));
        return r;
    }

    /**
     * How one target differs between two versions: a later target paired with an earlier one also
     * {@code prov:wasRevisionOf} it; an added target has no earlier one, a dropped one no later.
     */
    synchronized void targetChange(String laterDoc, String earlierDoc, TargetChangeKind kind, Versions.Target earlier,
                                   Versions.Target later, String explanation) {
        String key = laterDoc + " " + earlierDoc + " " + (earlier == null ? "" : earlier.iri()) + " " + (later == null ? "" : later.iri());
        Node r = uri(iris.lineageNode("target-change", key));
        add(r, RDF.type, PL.TargetChange);
        add(r, PL.changeKind, kind.resource());
        add(r, PL.laterDocument, uri(laterDoc));
        add(r, PL.earlierDocument, uri(earlierDoc));
        if (earlier != null) {
            add(r, PL.earlierTarget, uri(earlier.iri()));
            if (earlier.value() != null) add(r, PL.earlierValue, Literals.decimal(earlier.value()).asNode());
        }
        if (later != null) {
            add(r, PL.laterTarget, uri(later.iri()));
            if (later.value() != null) add(r, PL.laterValue, Literals.decimal(later.value()).asNode());
        }
        if (earlier != null && later != null) add(uri(later.iri()), PROV.wasRevisionOf, uri(earlier.iri()));
        add(r, PL.method, LinkMethod.INDICATOR_AND_DEADLINE.resource());
        add(r, PL.explanation, string(explanation));
    }

    /** An ancestor of a document, with the score and explanation of the link that reaches it. */
    synchronized void documentAncestry(Closure.Entry e) {
        Node r = ancestry(e);
        add(r, PL.score, decimal(e.link().score()));
        if (e.link().explanation() != null) add(r, PL.explanation, string(e.link().explanation()));
    }

    /**
     * An ancestor of a target or measure. The score and explanation of each step are on the target
     * link or alignment between {@code via} and the ancestor, not repeated: these closures are most
     * of the lineage graph.
     */
    synchronized void linkAncestry(Closure.Entry e) {
        ancestry(e);
    }

    private Node ancestry(Closure.Entry e) {
        Node d = uri(e.descendant());
        Node a = uri(e.ancestor());
        add(d, PL.hasAncestor, a);
        Node r = uri(iris.lineageNode("ancestry", e.descendant() + " " + e.ancestor()));
        add(r, RDF.type, PL.Ancestry);
        add(r, PL.descendant, d);
        add(r, PL.ancestor, a);
        add(r, PL.depth, integer(e.depth()));
        add(r, PL.via, uri(e.via()));
        add(r, PL.relation, e.link().kind().resource().asNode());
        return r;
    }

    synchronized void provenance(Instant started, Instant ended, String parameters, List<String> documentGraphs, String revision) {
        Node graph = uri(iris.lineageGraph());
        Node activity = uri(iris.lineageGraph() + "#computation");
        add(activity, RDF.type, PL.LineageActivity);
        add(activity, RDF.type, PROV.Activity);
        add(activity, PROV.wasAssociatedWith, uri(iris.software()));
        add(activity, PROV.startedAtTime, NodeFactory.createLiteralDT(started.toString(), XSDDatatype.XSDdateTime));
        add(activity, PROV.endedAtTime, NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
        add(activity, RDFS.comment, string(parameters));
        add(graph, RDF.type, PROV.Entity);
        add(graph, PROV.wasGeneratedBy, activity);
        add(graph, PROV.generatedAtTime, NodeFactory.createLiteralDT(ended.toString(), XSDDatatype.XSDdateTime));
        if (revision != null) add(graph, PL.documentsRevision, string(revision));
        for (String g : documentGraphs) {
            Node source = uri(g);
            add(graph, PROV.wasDerivedFrom, source);
            add(activity, PROV.used, source);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        stream.finish();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Node s, Property p, Node o) {
        stream.triple(Triple.create(s, p.asNode(), o));
        triples++;
    }

    private void add(Node s, Property p, Resource o) {
        add(s, p, o.asNode());
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static Node string(String s) { return NodeFactory.createLiteralString(s); }

    private static Node bool(boolean b) { return NodeFactory.createLiteralDT(String.valueOf(b), XSDDatatype.XSDboolean); }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(v).toString(), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double v) {
        return Literals.decimal(BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP)).asNode();
    }
}
