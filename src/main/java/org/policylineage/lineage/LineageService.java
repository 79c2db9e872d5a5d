package org.policylineage.lineage;

import org.policylineage.vocab.LinkMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

import org.apache.jena.graph.NodeFactory;
import org.policylineage.Settings;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.IriScheme;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.store.PolicyStore;
import org.policylineage.text.TextNormaliser;

/**
 * Computes the lineage graph from the documents in the store: measure alignments, document links
 * (explicit and inferred), target links with shares, local additions, and the materialised closure
 * of documents, targets and the measures that hold targets, then replaces the lineage graph in one
 * write. Texts are read a document at a time and the graph is written to a file as it is found, so
 * memory holds what documents, measures and targets are, not their text or evidence.
 */
public final class LineageService {
    /** Children are aligned in runs of this many, in order of place, so their parents stay cached. */
    private static final int RUN = 16;
    /** How much better an older generation's measure must match for a measure to follow it past its nearer parent. */
    private static final double SKIP_MARGIN = 0.1;

    private final PolicyStore store;
    private final IriScheme iris;
    private final Settings.Lineage settings;
    private final ReferenceData reference = ReferenceData.bundled();

    public LineageService(PolicyStore store, IriScheme iris, Settings.Lineage settings) {
        this.store = store;
        this.iris = iris;
        this.settings = settings;
    }

    public LineageSummary rebuild() {
        return rebuild(computed -> { });
    }

    /**
     * Rebuilds the lineage graph, telling {@code onComputed} what was found before the store loads
     * it: at 100k documents the load is the longer part, and a user waits through it.
     */
    public LineageSummary rebuild(Consumer<LineageSummary> onComputed) {
        Path file = tempFile();
        try {
            // Read before the documents are: an ingest committed after this leaves the lineage marked stale.
            String revision = revision(iris.corpusStateGraph());
            // Computed in its own frame: what the computation held is garbage before the store writes the graph.
            LineageSummary computed = compute(file, revision);
            onComputed.accept(computed);
            long t0 = System.nanoTime();
            store.replaceGraph(iris.lineageGraph(), file);
            return computed.stored((System.nanoTime() - t0) / 1_000_000);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind costs disk, not correctness.
            }
        }
    }

    /**
     * Whether the lineage graph was computed from the documents as they are stored: an ingest writes a
     * new documents revision in its own transaction, and the lineage graph records the revision it was
     * computed from. A store from before revisions were written counts as up to date.
     */
    public boolean upToDate() {
        String documents = revision(iris.corpusStateGraph());
        return documents == null || documents.equals(revision(iris.lineageGraph()));
    }

    private String revision(String graph) {
        List<Row> rows = Rows.of(store, "sparql/lineage/revision.rq", Map.of("graph", NodeFactory.createURI(graph)));
        return rows.isEmpty() ? null : rows.get(0).string("revision");
    }

    /** Computes the lineage graph into {@code file}, recording the documents revision it starts from. */
    private LineageSummary compute(Path file, String revision) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        String regionPrefix = iris.region("");
        LineageCorpus corpus = LineageCorpus.load(store, reference, iri -> iri.startsWith(regionPrefix) ? iri.substring(regionPrefix.length()) : iri);

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
        try (DocumentTexts texts = new DocumentTexts(store, new TextNormaliser(reference.lexicon().webChrome(), reference.lexicon().pageMetadataFields()),
                settings.textCache().toBytes(), settings.wordCache().toBytes(), corpus.docs.size(), file.toAbsolutePath().getParent());
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
            MeasureAligner aligner = new MeasureAligner(settings.alignmentThreshold(), settings.seedWords());
            InferredLineage inference = new InferredLineage(hierarchy);
            ConcurrentLinkedQueue<MeasureAlignments.Aligned> aligned = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Link> inferredLinks = new ConcurrentLinkedQueue<>();
            List<LineageCorpus.Doc> order = inTreeOrder(docs, corpus, explicitParents);
            List<List<LineageCorpus.Doc>> runs = new ArrayList<>();
            for (int i = 0; i < order.size(); i += RUN) runs.add(order.subList(i, Math.min(order.size(), i + RUN)));
            inOrderByFreeThreads(runs, run -> {
                for (LineageCorpus.Doc child : run) {
                    for (Alignment a : alignChild(child, texts, candidates, aligner, inference, programmes, hierarchy, explicitAncestors, inferredLinks)) {
                        writer.alignment(a);
                        LinkMethod method = a.methods().contains(LinkMethod.TEXT_REUSE) ? LinkMethod.TEXT_REUSE : a.methods().get(0);
                        aligned.add(new MeasureAlignments.Aligned(a.child(), a.parent(), method, a.score()));
                    }
                }
            });
            MeasureAlignments alignments = new MeasureAlignments(aligned);
            aligned.clear();
            // Only alignments that stand on their own: the weaker ones supporting an inferred parent do not add parents.
            documentLinks.addAll(inferredDocumentLinks(corpus, alignments, settings.alignmentThreshold(), linked));
            for (Link l : inferredLinks) if (linked.add(l.child() + " " + l.parent())) documentLinks.add(l);

            List<Closure.Entry> documentAncestry = Closure.of(documentLinks);
            TargetLinker.Result targets = new TargetLinker().link(corpus, documentAncestry, alignments);
            targets.links().forEach(writer::targetLink);
            targets.localAdditions().forEach(writer::localAddition);
            documentLinks.forEach(writer::derivation);
            documentAncestry.forEach(writer::documentAncestry);

            Map<LineageCorpus.Target, List<TargetLinker.TargetLink>> targetParents = new IdentityHashMap<>();
            for (TargetLinker.TargetLink l : targets.links()) targetParents.computeIfAbsent(l.child(), k -> new ArrayList<>()).add(l);
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

            List<LineageCorpus.Measure> orphans = withoutCounterpart(corpus, alignments, documentLinks);
            orphans.forEach(writer::noCounterpart);
            List<String> graphs = docs.stream().map(d -> iris.documentGraph(iris.slugOf(d.iri()))).toList();
            writer.provenance(started, Instant.now(), "alignment threshold " + settings.alignmentThreshold() + ", seeds of "
                    + settings.seedWords() + " words, " + settings.candidates() + " candidate documents by text", graphs, revision);
            long triples = writer.triples();
            writer.close();
            return new LineageSummary(docs.size(), corpus.measures.size(), texts.reads(), aligner.documentPairs(), aligner.measurePairs(),
                    alignments.size(), documentLinks.size(), targets.links().size(), targets.localAdditions().size(),
                    orphans.size(), triples, (System.nanoTime() - t0) / 1_000_000, 0);
        }
    }

    /**
     * Each run to the next thread free, in order: the threads work side by side down the tree and
     * share the parents cached. A parallel stream splits the list into fixed parts up front, and at
     * 100k one thread was left alone with the part holding the documents that cite nothing.
     */
    private static <T> void inOrderByFreeThreads(List<T> runs, Consumer<T> work) {
        AtomicInteger next = new AtomicInteger();
        IntStream.range(0, Math.max(1, Runtime.getRuntime().availableProcessors())).parallel().forEach(thread -> {
            for (int i = next.getAndIncrement(); i < runs.size(); i = next.getAndIncrement()) work.accept(runs.get(i));
        });
    }

    /** Everything found for one child document: its alignments, each pair once with all its methods. */
    private static List<Alignment> alignChild(LineageCorpus.Doc child, DocumentTexts texts, CandidateParents candidates,
                                              MeasureAligner aligner, InferredLineage inference, NamedProgrammes programmes,
                                              Hierarchy hierarchy, Map<String, Set<String>> explicitAncestors,
                                              ConcurrentLinkedQueue<Link> inferredLinks) {
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
        return withoutSkippedGenerations(found.values(), explicitAncestors);
    }

    /**
     * A measure copied down a chain (province, city, county) matches every generation above it; it
     * follows the nearest. An alignment with a measure of a document that another aligned parent
     * document itself cites is dropped, unless the child is clearly closer to the older wording.
     */
    private static List<Alignment> withoutSkippedGenerations(java.util.Collection<Alignment> found,
                                                             Map<String, Set<String>> explicitAncestors) {
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
            found.put(key, new Alignment(mention.measure(), pm, List.of(LinkMethod.NAMED_PROGRAMME), 0.9, 0, 0, List.of(passage), 1));
        } else if (!existing.methods().contains(LinkMethod.NAMED_PROGRAMME)) {
            List<LinkMethod> methods = new ArrayList<>(existing.methods());
            methods.add(LinkMethod.NAMED_PROGRAMME);
            List<Alignment.Passage> passages = new ArrayList<>(existing.passages());
            passages.add(passage);
            found.put(key, new Alignment(existing.child(), existing.parent(), methods, Math.max(existing.score(), 0.9),
                    existing.reuseCoefficient(), existing.parentCoverage(), passages, existing.passageCount() + 1));
        }
    }

    private static String key(Alignment a) {
        return a.child().iri() + " " + a.parent().iri();
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

    private static Path tempFile() {
        try {
            return Files.createTempFile("policy-lineage-", ".nt");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the lineage graph", e);
        }
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
