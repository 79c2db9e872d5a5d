package org.policylineage.lineage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policylineage.Settings;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.store.PolicyStore;

/**
 * Computes the lineage graph from the documents in the store: measure alignments, document links
 * (explicit and inferred), target links with shares, local additions, and the materialised closure
 * of all three, then replaces the lineage graph in one write.
 */
public final class LineageService {
    private final PolicyStore store;
    private final IriScheme iris;
    private final Settings.Lineage settings;
    private final ReferenceData reference = ReferenceData.bundled();
    /** A whole-document MinHash value shared by more documents than this is boilerplate, not a neighbour. */
    private static final int MAX_NEIGHBOUR_BUCKET = 500;

    public LineageService(PolicyStore store, IriScheme iris, Settings.Lineage settings) {
        this.store = store;
        this.iris = iris;
        this.settings = settings;
    }

    public LineageSummary rebuild() {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String regionPrefix = iris.region("");
        LineageCorpus corpus = LineageCorpus.load(store, reference, iri -> iri.startsWith(regionPrefix) ? iri.substring(regionPrefix.length()) : iri);

        Map<String, Set<String>> explicitParents = new HashMap<>();
        List<Link> documentLinks = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (LineageCorpus.Citation c : corpus.citations) {
            if (!c.relation().equals("implements") && !c.relation().equals("forwards")) continue;
            explicitParents.computeIfAbsent(c.child(), k -> new HashSet<>()).add(c.parent());
            if (linked.add(c.child() + " " + c.parent())) {
                documentLinks.add(new Link(c.child(), c.parent(), c.relation(), 1.0, c.quote()));
            }
        }
        Hierarchy hierarchy = new Hierarchy(reference.regions(), explicitParents);
        MeasureAligner aligner = new MeasureAligner(new MeasureAligner.Parameters(settings.alignmentThreshold(),
                settings.shingleSize(), settings.minhashSize(), settings.lshRows()), hierarchy);
        List<MeasureText> prepared = aligner.prepare(corpus);
        List<Alignment> alignments = new ArrayList<>(aligner.align(corpus, prepared));
        documentLinks.addAll(inferredDocumentLinks(corpus, alignments, linked));
        for (InferredLineage.Inferred inferred : inferFromText(corpus, hierarchy, prepared, explicitParents)) {
            if (linked.add(inferred.link().child() + " " + inferred.link().parent())) documentLinks.add(inferred.link());
            alignments.addAll(inferred.support());
        }

        List<Closure.Entry> documentAncestry = Closure.of(documentLinks);
        TargetLinker.Result targets = new TargetLinker().link(corpus, documentAncestry, alignments);

        List<Link> measureLinks = new ArrayList<>();
        for (Alignment a : alignments) {
            String method = a.methods().contains("text-reuse") ? "text-reuse" : a.methods().get(0);
            measureLinks.add(new Link(a.child().iri(), a.parent().iri(), method, a.score(), null));
        }
        List<Link> targetLinks = new ArrayList<>();
        for (TargetLinker.TargetLink l : targets.links()) {
            targetLinks.add(new Link(l.child().iri(), l.parent().iri(), "same-indicator", l.score(), l.explanation()));
        }

        LineageGraphWriter writer = new LineageGraphWriter(iris);
        alignments.forEach(writer::alignment);
        targets.links().forEach(writer::targetLink);
        targets.localAdditions().forEach(writer::localAddition);
        documentLinks.forEach(writer::derivation);
        documentAncestry.forEach(writer::ancestry);
        Closure.of(measureLinks).forEach(writer::ancestry);
        Closure.of(targetLinks).forEach(writer::ancestry);
        List<LineageCorpus.Measure> orphans = withoutCounterpart(corpus, alignments, documentLinks);
        orphans.forEach(writer::noCounterpart);
        List<String> graphs = corpus.documents().stream().filter(LineageCorpus.Doc::inCorpus)
                .map(d -> iris.documentGraph(iris.slugOf(d.iri()))).toList();
        writer.provenance(started, Instant.now(), "alignment threshold " + settings.alignmentThreshold() + ", shingles of "
                + settings.shingleSize() + " words, MinHash " + settings.minhashSize() + " with LSH bands of " + settings.lshRows(), graphs);
        store.write(Map.of(iris.lineageGraph(), writer.model()), List.of());

        MeasureAligner.Stats stats = aligner.stats();
        return new LineageSummary(corpus.docs.size(), stats.measures(), stats.candidatePairs(), stats.alignedPairs(),
                alignments.size(), documentLinks.size(), targets.links().size(), targets.localAdditions().size(), orphans.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Documents that cite nothing: their lineage from their text alone, against the
     * documents whose whole-text MinHash signatures share a value with theirs.
     */
    private static List<InferredLineage.Inferred> inferFromText(LineageCorpus corpus, Hierarchy hierarchy,
                                                               List<MeasureText> prepared, Map<String, Set<String>> explicitParents) {
        Map<LineageCorpus.Doc, List<MeasureText>> byDoc = InferredLineage.byDocument(prepared);
        Map<LineageCorpus.Doc, long[]> signatures = new HashMap<>();
        Map<Long, List<LineageCorpus.Doc>> buckets = new HashMap<>();
        for (var e : byDoc.entrySet()) {
            List<Long> shingles = new ArrayList<>();
            for (MeasureText m : e.getValue()) for (long h : Shingles.of(m.words(), 2)) shingles.add(h);
            long[] sig = Shingles.minHash(shingles.stream().mapToLong(Long::longValue).toArray(), 64);
            signatures.put(e.getKey(), sig);
            for (int i = 0; i < sig.length; i++) buckets.computeIfAbsent(Shingles.mix(sig[i] + i), k -> new ArrayList<>()).add(e.getKey());
        }
        InferredLineage inference = new InferredLineage(hierarchy);
        List<InferredLineage.Inferred> out = new ArrayList<>();
        for (var e : byDoc.entrySet()) {
            LineageCorpus.Doc child = e.getKey();
            if (!explicitParents.getOrDefault(child.iri(), Set.of()).isEmpty()) continue;
            Map<LineageCorpus.Doc, List<MeasureText>> neighbours = new HashMap<>();
            long[] sig = signatures.get(child);
            for (int i = 0; i < sig.length; i++) {
                List<LineageCorpus.Doc> bucket = buckets.getOrDefault(Shingles.mix(sig[i] + i), List.of());
                if (bucket.size() > MAX_NEIGHBOUR_BUCKET) continue;
                for (LineageCorpus.Doc d : bucket) if (d != child) neighbours.put(d, byDoc.get(d));
            }
            out.addAll(inference.infer(child, e.getValue(), neighbours));
        }
        return out;
    }

    /**
     * A document that does not cite another but whose measures follow that other's measures in
     * number derives from it: the lineage of a text that cites nothing.
     */
    private static List<Link> inferredDocumentLinks(LineageCorpus corpus, List<Alignment> alignments, Set<String> explicit) {
        Map<String, Set<String>> alignedChildMeasures = new LinkedHashMap<>();
        Map<String, Double> scoreSum = new HashMap<>();
        for (Alignment a : alignments) {
            String key = a.child().doc().iri() + " " + a.parent().doc().iri();
            alignedChildMeasures.computeIfAbsent(key, k -> new HashSet<>()).add(a.child().iri());
            scoreSum.merge(key, a.score(), Double::sum);
        }
        Map<String, Long> measuresPerDoc = new HashMap<>();
        for (LineageCorpus.Measure m : corpus.measures) measuresPerDoc.merge(m.doc().iri(), 1L, Long::sum);
        List<Link> out = new ArrayList<>();
        for (var e : alignedChildMeasures.entrySet()) {
            if (explicit.contains(e.getKey())) continue;
            String[] pair = e.getKey().split(" ");
            long total = measuresPerDoc.getOrDefault(pair[0], 1L);
            int n = e.getValue().size();
            if (n < Math.max(2, Math.ceil(total * 0.2))) continue;
            double score = Math.min(1.0, (double) n / total);
            out.add(new Link(pair[0], pair[1], "inferred-from-text", score,
                    n + " of " + total + " measures follow measures of " + corpus.docs.get(pair[1]).label()));
        }
        return out;
    }

    /** Measures of documents that have parent documents with measures, which follow none of them. */
    private static List<LineageCorpus.Measure> withoutCounterpart(LineageCorpus corpus, List<Alignment> alignments, List<Link> documentLinks) {
        Set<String> docsWithMeasures = new HashSet<>();
        corpus.measures.forEach(m -> docsWithMeasures.add(m.doc().iri()));
        Set<String> hasParentWithMeasures = new HashSet<>();
        for (Link l : documentLinks) if (docsWithMeasures.contains(l.parent())) hasParentWithMeasures.add(l.child());
        Set<String> aligned = new HashSet<>();
        alignments.forEach(a -> aligned.add(a.child().iri()));
        return corpus.measures.stream()
                .filter(m -> hasParentWithMeasures.contains(m.doc().iri()) && !aligned.contains(m.iri())).toList();
    }
}
