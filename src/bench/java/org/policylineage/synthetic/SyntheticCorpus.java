package org.policylineage.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.policylineage.reference.ReferenceData;
import org.policylineage.vocab.DocumentLevel;

/**
 * A reproducible synthetic corpus of Chinese policy documents with their true lineage, for benchmarks.
 *
 * <p>{@code SyntheticCorpus.builder().documents(1000).variant(42).build().writeTo(dir)} writes the same
 * bytes for the same size and variant. The corpus is a forest: a few national documents (国发, 国办发),
 * each implemented by some provinces (苏政办发, from {@code regions.csv}), whose generated cities and
 * counties implement the provincial and city documents in turn, plus cross-provincial plans issued
 * jointly by provinces' market-regulation bureaus without a 文号. A child takes its parent's measures
 * (most verbatim, some rewritten, some dropped), adds measures of its own from a pool built from the
 * real corpus, and sets its targets as shares of its parent's counts (percentages kept or raised a
 * little, deadlines sometimes brought forward). It cites its parent, and sometimes higher ancestors,
 * as 《title》（文号） in its preamble; about one in twenty cites nothing. The texts look like the real
 * ones: PDF extractions with hard line breaks, page numbers and stray spaces, a notice issuing a plan,
 * or a web page capture.
 *
 * <p>The folder receives:
 * <ul>
 * <li>{@code NNNNNN_xxxxxxxxxxxxxxxx.txt}: one file per document, numbered in a random order, so a
 *     file's name says nothing of its place in the tree;</li>
 * <li>{@code truth.tsv}: tab-separated rows of three kinds, told apart by the first cell; lines starting
 *     with # are comments, among them one header per kind. For each document, its {@code document} row,
 *     then its {@code measure} rows, then its {@code target} rows; parents come before their children.
 *     <ul>
 *     <li>{@code document}: file, doc_number (文号, empty for a regional plan), level (national,
 *         regional, provincial, municipal, county), region, theme, date, title, layout (pdf,
 *         pdf-notice, web), parent_file and parent_doc_number (empty for a national document),
 *         cited_files and cited_doc_numbers (the documents its preamble cites, |-separated, in text
 *         order; empty when it cites nothing, and then its lineage can only be inferred).</li>
 *     <li>{@code measure}: file, ordinal (n of （n）, counted through the whole document), section (as
 *         {@code synthetic/measures.tsv} names it), heading, how (verbatim: the parent's heading and
 *         body with only self-references such as 全省→全市 adapted; rewritten: with the edits listed;
 *         new: not from the parent), edits (synonym, reorder, insert, |-separated), parent_file and
 *         parent_ordinal of the measure it was taken from.</li>
 *     <li>{@code target}: file, measure_ordinal, indicator (as written, without the scope word 全市),
 *         unit, value, deadline (year), how (derived from the parent measure's target for the same
 *         indicator, or new), parent_file, parent_measure_ordinal, parent_value, parent_deadline.
 *         Only quantitative targets are listed; the dated qualitative goals of 主要目标 are not.</li>
 *     </ul></li>
 * <li>{@code geography.tsv}: the synthetic places (name, level, parent, issuer-code character), which
 *     the bundled reference data does not know.</li>
 * </ul>
 * Documents are generated depth first and written as they are made, so memory holds one branch of
 * the tree at a time whatever the size.
 */
public final class SyntheticCorpus {
    private static final long GEOGRAPHY_STREAM = 1, PLAN_STREAM = 2, FILE_NAME_STREAM = 3, DOCUMENT_STREAMS = 1L << 32;
    private static final String GEOGRAPHY_FILE = "geography.tsv";

    private final int documents;
    private final long variant;
    private final ReferenceData reference;

    private SyntheticCorpus(Builder b) {
        this.documents = b.documents;
        this.variant = b.variant;
        this.reference = b.reference == null ? ReferenceData.bundled() : b.reference;
    }

    public static Builder builder() { return new Builder(); }

    /** Options of a corpus: its size and variant (where its random draws start), and the reference data its provinces come from. */
    public static final class Builder {
        private int documents = 1000;
        private long variant = 42;
        private ReferenceData reference;

        private Builder() {}

        /** The total number of documents, at every level together. */
        public Builder documents(int n) {
            if (n < 1) throw new IllegalArgumentException("a corpus holds at least one document, not " + n);
            this.documents = n;
            return this;
        }

        public Builder variant(long v) {
            this.variant = v;
            return this;
        }

        public Builder reference(ReferenceData r) {
            this.reference = r;
            return this;
        }

        public SyntheticCorpus build() { return new SyntheticCorpus(this); }
    }

    /** What was written: documents per level and the bytes of texts and truth together. */
    public record Summary(Path folder, int documents, Map<String, Integer> byLevel, long bytes) {}

    /** Writes the corpus into {@code folder}, which must be empty or not exist yet. */
    public Summary writeTo(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                if (s.findAny().isPresent()) throw new IOException("the output folder is not empty: " + folder);
            }
        }
        Files.createDirectories(folder);
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (DocumentLevel l : DocumentLevel.values()) byLevel.put(l.notation(), 0);
        long[] bytes = {0};
        Geography geography;
        try (TruthWriter truth = new TruthWriter(folder)) {
            geography = compose((d, parent, rng, renderer) -> {
                byte[] text = renderer.render(d, rng).getBytes(StandardCharsets.UTF_8);
                Files.write(folder.resolve(d.file()), text);
                bytes[0] += text.length;
                truth.write(d, parent);
                byLevel.merge(d.level().notation(), 1, Integer::sum);
            });
        }
        writeGeography(folder, geography);
        bytes[0] += Files.size(folder.resolve(TruthWriter.FILE)) + Files.size(folder.resolve(GEOGRAPHY_FILE));
        return new Summary(folder, byLevel.values().stream().mapToInt(Integer::intValue).sum(), byLevel, bytes[0]);
    }

    /** What is done with each composed document: its parent (or null), and the random stream its text is rendered from. */
    @FunctionalInterface
    interface Sink {
        void accept(SyntheticDocument d, SyntheticDocument parent, SplittableRandom rng, TextRenderer renderer) throws IOException;
    }

    /** Composes every document in plan order, parents before children, and hands each to the sink; the geography drawn. */
    Geography compose(Sink sink) throws IOException {
        Templates templates = Templates.bundled();
        Geography geography = Geography.generate(reference.regions(), templates, stream(GEOGRAPHY_STREAM));
        List<TreePlanner.Planned> plan = new TreePlanner(geography, templates.themes().size(), stream(PLAN_STREAM)).plan(documents);
        String[] files = fileNames(plan.size(), stream(FILE_NAME_STREAM));
        Composer composer = new Composer(templates, geography);
        TextRenderer renderer = new TextRenderer(templates, geography);
        SyntheticDocument[] branch = new SyntheticDocument[plan.stream().mapToInt(TreePlanner.Planned::depth).max().orElse(0) + 1];
        for (TreePlanner.Planned p : plan) {
            SplittableRandom rng = stream(DOCUMENT_STREAMS + p.index());
            List<SyntheticDocument> ancestors = Arrays.asList(branch).subList(0, p.depth());
            SyntheticDocument parent = p.depth() == 0 ? null : branch[p.depth() - 1];
            if (parent != null && parent.plan().index() != p.parent()) {
                throw new IllegalStateException("plan out of order at document " + p.index());
            }
            SyntheticDocument d = parent == null
                    ? composer.national(p, files[p.index()], rng)
                    : composer.child(p, files[p.index()], List.copyOf(ancestors), rng);
            branch[p.depth()] = d;
            sink.accept(d, parent, rng, renderer);
        }
        return geography;
    }

    /** Independent random streams for each purpose, so one document's draws never shift another's. */
    private SplittableRandom stream(long purpose) {
        return new SplittableRandom(variant * 0x9E3779B97F4A7C15L + purpose);
    }

    /** File names in a random order of the documents: 000042_1f0c…e9.txt. */
    private static String[] fileNames(int n, SplittableRandom rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int width = Math.max(3, String.valueOf(n - 1).length());
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = String.format("%0" + width + "d_%016x.txt", order[i], rng.nextLong());
        return out;
    }

    private static void writeGeography(Path folder, Geography geography) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve(GEOGRAPHY_FILE), StandardCharsets.UTF_8)) {
            w.write("# Places of the synthetic corpus; provinces are those of regions.csv, cities and counties are generated.\n");
            w.write("name\tlevel\tparent\tissuer_code\n");
            for (Geography.Place p : geography.all()) {
                if (p.parent() < 0) continue;
                w.write(p.name() + "\t" + p.level().notation() + "\t" + geography.place(p.parent()).name() + "\t" + p.code() + "\n");
            }
        }
    }
}
