package org.policylineage.lineage.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.policylineage.vocab.LinkMethod;

/**
 * Aligns one child document's measures with its candidate parents' at a time; the same aligner serves
 * every child of a rebuild, from several threads. The parents a child citing nothing is found to
 * derive from are collected in {@link #inferredLinks()}.
 */
final class ChildAligner {
    /** How much better an older generation's measure must match for a measure to follow it past its nearer parent. */
    private static final double SKIP_MARGIN = 0.1;

    private final DocumentTexts texts;
    private final CandidateParents candidates;
    private final MeasureAligner aligner;
    private final NamedProgrammes programmes;
    private final Hierarchy hierarchy;
    private final InferredLineage inference;
    private final Map<String, Set<String>> explicitAncestors;
    private final ConcurrentLinkedQueue<Link> inferredLinks = new ConcurrentLinkedQueue<>();

    /** @param explicitAncestors by document IRI, every document it derives from by citation, however far up */
    ChildAligner(DocumentTexts texts, CandidateParents candidates, MeasureAligner aligner, NamedProgrammes programmes,
                 Map<String, Set<String>> explicitAncestors) {
        this.texts = texts;
        this.candidates = candidates;
        this.aligner = aligner;
        this.programmes = programmes;
        this.hierarchy = candidates.hierarchy();
        this.inference = new InferredLineage(hierarchy);
        this.explicitAncestors = explicitAncestors;
    }

    /** Document links inferred so far for children that cite nothing. */
    Collection<Link> inferredLinks() {
        return inferredLinks;
    }

    /** Everything found for one child document: its alignments, each pair once with all its methods. */
    List<Alignment> align(LineageCorpus.Doc child) {
        List<MeasureText> own = texts.measures(child);
        Map<String, Alignment> found = new LinkedHashMap<>();
        List<LineageCorpus.Doc> parents = new ArrayList<>();
        List<Alignment> support = new ArrayList<>();
        if (candidates.citesNothing(child)) {
            // Measures are aligned only with the parents its text reveals: every document on a subject shares
            // the national wording, and a measure would otherwise follow all of them.
            CandidateParents.Neighbourhood around = candidates.neighbourhood(child);
            Map<LineageCorpus.Doc, List<MeasureText>> neighbours = new LinkedHashMap<>();
            // Without a document it may derive from there is nothing to infer, and no background to read.
            if (!around.candidates().isEmpty()) {
                for (LineageCorpus.Doc d : around.candidates()) neighbours.put(d, texts.measures(d));
                for (LineageCorpus.Doc d : around.background()) neighbours.put(d, texts.measures(d));
            }
            for (InferredLineage.Inferred inferred : inference.infer(child, own, neighbours)) {
                inferredLinks.add(inferred.link());
                parents.add(candidates.document(inferred.link().parent()));
                support.addAll(inferred.support());
            }
        } else {
            parents.addAll(candidates.forAlignment(child));
        }
        // A document found by text beside the cited ones (an earlier plan of the same place) derives from the
        // same sources, so wording both inherited says nothing: its alignment counts only where it is clearly
        // closer than anything the child cites.
        Map<String, Double> bestCited = new HashMap<>();
        List<Alignment> byTextOnly = new ArrayList<>();
        for (LineageCorpus.Doc parent : parents) {
            boolean cited = hierarchy.cites(child, parent) || candidates.citesNothing(child);
            for (Alignment a : aligner.align(own, texts.measures(parent))) {
                if (cited) {
                    found.put(key(a), a);
                    bestCited.merge(a.child().iri(), a.score(), Math::max);
                } else {
                    byTextOnly.add(a);
                }
            }
        }
        for (Alignment a : byTextOnly) {
            if (a.score() > bestCited.getOrDefault(a.child().iri(), 0.0) + SKIP_MARGIN) found.put(key(a), a);
        }
        for (Alignment a : support) found.putIfAbsent(key(a), a);
        for (LineageCorpus.Measure m : child.measures) {
            for (NamedProgrammes.Mention mention : programmes.mentionsIn(m)) {
                for (LineageCorpus.Measure pm : programmes.headingsNaming(mention.name())) {
                    if (!hierarchy.mayDeriveFrom(child, pm.doc())) continue;
                    namedProgramme(mention, pm, texts.get(pm.doc()), found);
                }
            }
        }
        return withoutSkippedGenerations(found.values());
    }

    /**
     * A measure copied down a chain (province, city, county) matches every generation above it; it
     * follows the nearest. An alignment with a measure of a document that another aligned parent
     * document itself cites is dropped, unless the child is clearly closer to the older wording.
     */
    private List<Alignment> withoutSkippedGenerations(Collection<Alignment> found) {
        Map<String, List<Alignment>> byChild = new LinkedHashMap<>();
        for (Alignment a : found) byChild.computeIfAbsent(a.child().iri(), k -> new ArrayList<>()).add(a);
        List<Alignment> out = new ArrayList<>();
        for (List<Alignment> forMeasure : byChild.values()) {
            for (Alignment a : forMeasure) {
                boolean skipped = false;
                if (!a.methods().contains(LinkMethod.NAMED_PROGRAMME)) {
                    for (Alignment nearer : forMeasure) {
                        if (nearer != a && explicitAncestors.getOrDefault(nearer.parent().doc().iri(), Set.of()).contains(a.parent().doc().iri())
                                && a.score() <= nearer.score() + SKIP_MARGIN) {
                            skipped = true;
                            break;
                        }
                    }
                }
                if (!skipped) out.add(a);
            }
        }
        return out;
    }

    private static void namedProgramme(NamedProgrammes.Mention mention, LineageCorpus.Measure pm, DocumentText parent,
                                       Map<String, Alignment> found) {
        int i = parent.doc.measures.indexOf(pm);
        int at = parent.text.text().indexOf(mention.name(), parent.measureStart(i));
        if (at < 0 || at >= parent.measureEnd(i)) return;
        int[] p = parent.codePoints(at, at + mention.name().length());
        Alignment.Passage passage = new Alignment.Passage(mention.start(), mention.end(), p[0], p[1], mention.name());
        String key = mention.measure().iri() + " " + pm.iri();
        Alignment existing = found.get(key);
        if (existing == null) {
            found.put(key, Alignment.builder().child(mention.measure()).parent(pm)
                    .methods(List.of(LinkMethod.NAMED_PROGRAMME)).score(0.9).reuseCoefficient(0).parentCoverage(0)
                    .passages(List.of(passage)).passageCount(1).build());
        } else if (!existing.methods().contains(LinkMethod.NAMED_PROGRAMME)) {
            List<LinkMethod> methods = new ArrayList<>(existing.methods());
            methods.add(LinkMethod.NAMED_PROGRAMME);
            List<Alignment.Passage> passages = new ArrayList<>(existing.passages());
            passages.add(passage);
            found.put(key, existing.toBuilder().methods(methods).score(Math.max(existing.score(), 0.9)).passages(passages)
                    .passageCount(existing.passageCount() + 1).build());
        }
    }

    private static String key(Alignment a) {
        return a.child().iri() + " " + a.parent().iri();
    }
}
