package org.policylineage.lineage.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.policylineage.Settings;
import org.policylineage.lineage.LineageSummary;
import org.policylineage.query.Sparql;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.store.PolicyStore;
import org.policylineage.vocab.LinkMethod;

/**
 * The engine's one entry: computes the lineage graph of the documents in the store into a file of
 * N-Triples (measure alignments, document links explicit and inferred, target links with shares,
 * local additions, and the materialised closures). Texts are read a document at a time and the graph
 * is written as it is found, so memory holds what documents, measures and targets are, not their text
 * or evidence. Replacing the stored graph with the file is the caller's part.
 */
public final class LineageComputation {
    /** Children are aligned in runs of this many, in order of place, so their parents stay cached. */
    private static final int RUN = 16;

    private final PolicyStore store;
    private final IriScheme iris;
    private final Settings.Lineage settings;
    private final ReferenceData reference = ReferenceData.bundled();

    public LineageComputation(PolicyStore store, IriScheme iris, Settings.Lineage settings) {
        this.store = store;
        this.iris = iris;
        this.settings = settings;
    }

    /** Computes the lineage graph into {@code file}, recording the documents revision it starts from. */
    public LineageSummary compute(Path file, String revision) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String regionPrefix = iris.region("");
        LineageCorpus corpus = LineageCorpus.load(store, reference, iri -> iri.startsWith(regionPrefix) ? iri.substring(regionPrefix.length()) : iri);

        // Links a curator rejected are named as the writer names them: they are neither written nor built on.
        Set<String> rejected = new HashSet<>();
        store.forEachRow(Sparql.query("sparql/lineage/rejected.rq"), r -> rejected.add(r.getResource("fact").getURI()));
        // Links a curator added: built on as found links are; the curated graph states them, so none is written again.
        List<AddedLink> addedRows = new ArrayList<>();
        store.forEachRow(Sparql.query("sparql/lineage/added.rq"), r -> addedRows.add(new AddedLink(r.getResource("fact").getURI(),
                r.getLiteral("kind").getString().equals("alignment"), r.getResource("child").getURI(), r.getResource("parent").getURI())));
        Set<String> added = new HashSet<>();
        addedRows.forEach(r -> added.add(r.iri()));
        Map<String, Set<String>> explicitParents = new HashMap<>();
        List<Link> documentLinks = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (LineageCorpus.Citation c : corpus.citations) {
            if (!c.relation().isExplicitLineage()) continue;
            explicitParents.computeIfAbsent(c.child(), k -> new HashSet<>()).add(c.parent());
            if (linked.add(c.child() + " " + c.parent())) {
                documentLinks.add(new Link(c.child(), c.parent(), c.relation(), 1.0, c.quote()));
            }
        }
        Hierarchy hierarchy = new Hierarchy(reference.regions(), corpus, explicitParents);
        List<LineageCorpus.Doc> docs = corpus.documents().stream().filter(d -> !d.measures.isEmpty()).toList();
        try (DocumentTexts texts = new DocumentTexts(store, reference.lexicon().normaliser(), settings, corpus.docs.size(),
                file.toAbsolutePath().getParent());
             LineageGraphWriter writer = new LineageGraphWriter(iris, file)) {
            // First pass: a sketch of every text, and the programmes measures name.
            int[][] sketches = new int[corpus.docs.size()][];
            NamedProgrammes programmes = new NamedProgrammes();
            docs.parallelStream().forEach(d -> {
                DocumentText t = texts.get(d);
                sketches[d.index] = DocumentSketch.of(t);
                programmes.read(t);
            });
            programmes.index(corpus.measures, corpus.takeHeadings());
            CandidateParents candidates = new CandidateParents(corpus, hierarchy, explicitParents, sketches, settings.candidates());
            Map<String, Set<String>> explicitAncestors = new HashMap<>();
            for (Closure.Entry e : Closure.of(documentLinks)) explicitAncestors.computeIfAbsent(e.descendant(), k -> new HashSet<>()).add(e.ancestor());

            // Second pass: each document's measures against its candidate parents, siblings together.
            MeasureAligner aligner = new MeasureAligner(settings.alignmentThreshold(), settings.anchorWords());
            ChildAligner children = new ChildAligner(texts, candidates, aligner, programmes, explicitAncestors);
            ConcurrentLinkedQueue<MeasureAlignments.Aligned> aligned = new ConcurrentLinkedQueue<>();
            List<LineageCorpus.Doc> order = inTreeOrder(docs, corpus, explicitParents);
            List<List<LineageCorpus.Doc>> runs = new ArrayList<>();
            for (int i = 0; i < order.size(); i += RUN) runs.add(order.subList(i, Math.min(order.size(), i + RUN)));
            inOrderByFreeThreads(runs, run -> {
                for (LineageCorpus.Doc child : run) {
                    for (Alignment a : children.align(child)) {
                        if (rejected.contains(writer.alignmentIri(a)) || added.contains(writer.alignmentIri(a))) continue;
                        writer.alignment(a);
                        LinkMethod method = a.methods().contains(LinkMethod.TEXT_REUSE) ? LinkMethod.TEXT_REUSE : a.methods().get(0);
                        aligned.add(new MeasureAlignments.Aligned(a.child(), a.parent(), method, a.score()));
                    }
                }
            });
            if (!addedRows.isEmpty()) {
                Map<String, LineageCorpus.Measure> measures = new HashMap<>();
                corpus.measures.forEach(m -> measures.put(m.iri(), m));
                for (AddedLink r : addedRows) {
                    LineageCorpus.Measure child = measures.get(r.child()), parent = measures.get(r.parent());
                    if (r.alignment() && child != null && parent != null) {
                        aligned.add(new MeasureAlignments.Aligned(child, parent, LinkMethod.CURATOR, 1.0));
                    }
                }
            }
            MeasureAlignments alignments = new MeasureAlignments(aligned);
            aligned.clear();
            // Only alignments that stand on their own: the weaker ones supporting an inferred parent do not add parents.
            documentLinks.addAll(inferredDocumentLinks(corpus, alignments, settings.alignmentThreshold(), linked));
            for (Link l : children.inferredLinks()) if (linked.add(l.child() + " " + l.parent())) documentLinks.add(l);

            List<Closure.Entry> documentAncestry = Closure.of(documentLinks);
            TargetLinker.Result targets = new TargetLinker().link(corpus, documentAncestry, alignments)
                    .without(l -> rejected.contains(writer.targetLinkIri(l)) || added.contains(writer.targetLinkIri(l)));
            targets.links().forEach(writer::targetLink);
            targets.localAdditions().forEach(writer::localAddition);
            documentLinks.forEach(writer::derivation);
            documentAncestry.forEach(writer::documentAncestry);

            Map<LineageCorpus.Target, List<TargetLinker.TargetLink>> targetParents = new IdentityHashMap<>();
            for (TargetLinker.TargetLink l : targets.links()) targetParents.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
            for (TargetLinker.TargetLink l : addedTargetLinks(corpus, addedRows)) targetParents.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
            for (LineageCorpus.Target start : targetParents.keySet()) {
                Closure.walk(start, t -> targetParents.getOrDefault(t, List.of()), TargetLinker.TargetLink::parent,
                        l -> new Link(l.child().iri(), l.parent().iri(), LinkMethod.SAME_INDICATOR, l.score(), null), writer::linkAncestry);
            }
            // Measures' closure only where a target's trace reads it: a national corpus has millions of measures.
            Set<LineageCorpus.Measure> targetMeasures = new LinkedHashSet<>();
            corpus.targets.forEach(t -> {
                if (t.measure() != null) targetMeasures.add(t.measure());
            });
            for (LineageCorpus.Measure start : targetMeasures) {
                Closure.walk(start, alignments::of, MeasureAlignments.Aligned::parent, MeasureAlignments.Aligned::link, writer::linkAncestry);
            }

            new Versions(store, settings.continuation(), writer).write();
            List<LineageCorpus.Measure> orphans = withoutCounterpart(corpus, alignments, documentLinks);
            orphans.forEach(writer::noCounterpart);
            List<String> graphs = docs.stream().map(d -> iris.documentGraph(iris.pathOf(d.iri()))).toList();
            writer.provenance(started, Instant.now(), "alignment threshold " + settings.alignmentThreshold() + ", anchors of "
                    + settings.anchorWords() + " words, " + settings.candidates() + " candidate documents by text", graphs, revision);
            long triples = writer.triples();
            writer.close();
            return LineageSummary.builder().documents(docs.size()).measures(corpus.measures.size()).textsRead(texts.reads())
                    .documentPairs(aligner.documentPairs()).measurePairs(aligner.measurePairs()).alignments(alignments.size())
                    .documentLinks(documentLinks.size()).targetLinks(targets.links().size()).localAdditions(targets.localAdditions().size())
                    .noCounterpart(orphans.size()).triples(triples).millis((System.nanoTime() - t0) / 1_000_000).build();
        }
    }

    /** A measure alignment or (when not {@code alignment}) a target link a curator added, by its IRI and its two ends. */
    private record AddedLink(String iri, boolean alignment, String child, String parent) {}

    /** The target links a curator added whose two targets lineage reads, to walk in the targets' ancestries. */
    private static List<TargetLinker.TargetLink> addedTargetLinks(LineageCorpus corpus, List<AddedLink> addedRows) {
        if (addedRows.stream().allMatch(AddedLink::alignment)) return List.of();
        Map<String, LineageCorpus.Target> targets = new HashMap<>();
        corpus.targets.forEach(t -> targets.put(t.iri(), t));
        List<TargetLinker.TargetLink> out = new ArrayList<>();
        for (AddedLink r : addedRows) {
            LineageCorpus.Target child = targets.get(r.child()), parent = targets.get(r.parent());
            if (!r.alignment() && child != null && parent != null) {
                out.add(TargetLinker.TargetLink.builder().child(child).parent(parent).score(1.0).explanation("added by a curator").build());
            }
        }
        return out;
    }

    /**
     * Each run to the next thread free, in order: the threads work side by side down the tree and
     * share the parents cached. A parallel stream splits the list into fixed parts up front, and one
     * thread was left alone with the part holding the documents that cite nothing.
     */
    private static <T> void inOrderByFreeThreads(List<T> runs, Consumer<T> work) {
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, Math.max(1, Runtime.getRuntime().availableProcessors())).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < runs.size(); i = next.getAndIncrement()) work.accept(runs.get(i));
        });
    }

    /**
     * Documents in the order of the tree of what each cites nearest, depth first: a document comes
     * right before the documents that implement it, and they before theirs, so each parent is read
     * and split into words once and stays cached while its children are aligned. The trees, and the
     * documents citing nothing, are in order of the places above their roots.
     */
    private List<LineageCorpus.Doc> inTreeOrder(List<LineageCorpus.Doc> docs, LineageCorpus corpus, Map<String, Set<String>> explicitParents) {
        Map<LineageCorpus.Doc, LineageCorpus.Doc> nearest = new HashMap<>();
        for (LineageCorpus.Doc d : docs) {
            LineageCorpus.Doc best = null;
            for (String p : explicitParents.getOrDefault(d.iri(), Set.of())) {
                LineageCorpus.Doc parent = corpus.docs.get(p);
                if (parent == null || parent.measures.isEmpty() || parent == d) continue;
                if (best == null || parent.rank() > best.rank() || parent.rank() == best.rank() && parent.index < best.index) best = parent;
            }
            if (best != null) nearest.put(d, best);
        }
        Map<LineageCorpus.Doc, String> key = new HashMap<>();
        for (LineageCorpus.Doc d : docs) {
            // The chain of nearest parents up to a root; a citation cycle ends it where it comes round.
            List<LineageCorpus.Doc> chain = new ArrayList<>();
            Set<LineageCorpus.Doc> seen = new HashSet<>();
            for (LineageCorpus.Doc at = d; at != null && seen.add(at); at = nearest.get(at)) chain.add(0, at);
            StringBuilder k = new StringBuilder(placeKey(chain.get(0)));
            for (LineageCorpus.Doc at : chain) k.append(String.format("/%08d", at.index));
            key.put(d, k.toString());
        }
        List<LineageCorpus.Doc> order = new ArrayList<>(docs);
        order.sort(Comparator.comparing(key::get));
        return order;
    }

    /** The places above a document, outermost first, then its level. */
    private String placeKey(LineageCorpus.Doc d) {
        StringBuilder key = new StringBuilder();
        Region r = d.jurisdiction();
        List<String> path = new ArrayList<>();
        while (r != null) {
            path.add(0, r.slug());
            r = reference.regions().parent(r).orElse(null);
        }
        path.forEach(p -> key.append(p).append('/'));
        return key.append(' ').append(d.rank()).toString();
    }

    /**
     * A document that does not cite another but whose measures follow that other's measures in
     * number derives from it: the lineage of a text that cites nothing. Counted over the alignments
     * that reach the threshold on their own.
     */
    private static List<Link> inferredDocumentLinks(LineageCorpus corpus, MeasureAlignments alignments, double threshold,
                                                    Set<String> explicit) {
        // Child and parent document, as one number: child measures that follow a measure of the parent.
        Map<Long, int[]> followingMeasures = new LinkedHashMap<>();
        Set<LineageCorpus.Doc> parentDocs = new HashSet<>();
        List<MeasureAlignments.Aligned> all = alignments.all();
        for (int i = 0; i < all.size(); i++) {
            MeasureAlignments.Aligned a = all.get(i);
            if (i == 0 || all.get(i - 1).child() != a.child()) parentDocs.clear();
            if (a.score() < threshold || !parentDocs.add(a.parent().doc())) continue;
            long pair = (long) a.child().doc().index << 32 | a.parent().doc().index;
            followingMeasures.computeIfAbsent(pair, k -> new int[1])[0]++;
        }
        List<LineageCorpus.Doc> byIndex = new ArrayList<>(corpus.documents());
        List<Link> out = new ArrayList<>();
        for (var e : followingMeasures.entrySet()) {
            LineageCorpus.Doc child = byIndex.get((int) (e.getKey() >>> 32));
            LineageCorpus.Doc parent = byIndex.get((int) (long) e.getKey());
            if (explicit.contains(child.iri() + " " + parent.iri())) continue;
            long total = Math.max(1, child.measures.size());
            int n = e.getValue()[0];
            if (n < Math.max(2, Math.ceil(total * 0.2))) continue;
            double score = Math.min(1.0, (double) n / total);
            out.add(new Link(child.iri(), parent.iri(), LinkMethod.INFERRED_FROM_TEXT, score,
                    n + " of " + total + " measures follow measures of " + parent.label()));
        }
        return out;
    }

    /** Measures of documents that have parent documents with measures, which follow none of them. */
    private static List<LineageCorpus.Measure> withoutCounterpart(LineageCorpus corpus, MeasureAlignments alignments, List<Link> documentLinks) {
        Set<String> hasParentWithMeasures = new HashSet<>();
        for (Link l : documentLinks) {
            LineageCorpus.Doc parent = corpus.docs.get(l.parent());
            if (parent != null && !parent.measures.isEmpty()) hasParentWithMeasures.add(l.child());
        }
        return corpus.measures.stream()
                .filter(m -> hasParentWithMeasures.contains(m.doc().iri()) && !alignments.aligned(m)).toList();
    }
}
