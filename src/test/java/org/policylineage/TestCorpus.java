package org.policylineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.lineage.LineageSummary;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.ingest.Ingester;
import org.policylineage.query.QueryLibrary;
import org.policylineage.query.QueryParameters;
import org.policylineage.rdf.IriScheme;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.TdbStore;
import org.policylineage.ingest.Ingestion;

/**
 * The corpus of data/corpus loaded once into a real TDB2 store in a temporary directory, shared
 * by the tests of one JVM; queries come back as rows of plain strings.
 */
public final class TestCorpus {
    public static final Path CORPUS = Path.of("data/corpus");

    private static TestCorpus loaded;

    public final Path directory;
    public final PolicyStore store;
    public final IriScheme iris;
    public final Settings settings;
    public final Ingester ingest;
    public final LineageGraph lineage;
    public final List<IngestOutcome> outcomes = new ArrayList<>();
    public final LineageSummary lineageSummary;
    /** Document IRI by source file name. */
    public final Map<String, String> documents = new LinkedHashMap<>();

    private TestCorpus() throws IOException {
        directory = Files.createTempDirectory("policy-lineage-test");
        settings = Settings.load(Map.of());
        store = TdbStore.open(directory.resolve("store"));
        Ingestion ingestion = Ingestion.on(store).settings(settings).build();
        iris = ingestion.iris();
        ingest = ingestion.ingester();
        lineage = ingestion.lineage();
        ingest.prepare();
        for (Path f : corpusFiles()) {
            IngestOutcome o = ingest.ingest(f.getFileName().toString(), Files.readAllBytes(f));
            outcomes.add(o);
            documents.put(o.fileName(), o.documentIri());
        }
        lineageSummary = lineage.rebuild();
    }

    /**
     * A fresh TDB2 store in {@code directory}, with the ingester and the lineage graph wired on it by the bundled
     * settings and the ontology and reference graphs written: the start of every test that needs a store of its own.
     */
    public static Ingestion freshStore(Path directory) {
        Ingestion ingestion = Ingestion.on(TdbStore.open(directory.resolve("store"))).settings(Settings.load(Map.of())).build();
        ingestion.ingester().prepare();
        return ingestion;
    }

    public static synchronized TestCorpus get() {
        if (loaded == null) {
            try {
                loaded = new TestCorpus();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                loaded.store.close();
                deleteTree(loaded.directory);
            }));
        }
        return loaded;
    }

    public static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The IRI of the document read from a corpus file whose name starts with the prefix (000, 001, …). */
    public String doc(String filePrefix) {
        return documents.entrySet().stream().filter(e -> e.getKey().startsWith(filePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no corpus file " + filePrefix)).getValue();
    }

    /** Runs a curated query with bindings; each row maps variable to its value as a string. */
    public List<Map<String, String>> rows(String curatedQuery, Map<String, String> bindings) {
        Map<String, Node> values = new LinkedHashMap<>();
        bindings.forEach((k, v) -> values.put(k, QueryParameters.parseValue(v)));
        Query q = QueryParameters.bind(org.apache.jena.query.QueryFactory.create(
                QueryLibrary.bundled().get(curatedQuery).orElseThrow().text()), values);
        return rows(q);
    }

    public List<Map<String, String>> rows(String curatedQuery) {
        return rows(curatedQuery, Map.of());
    }

    public List<Map<String, String>> rows(Query q) {
        List<Map<String, String>> out = new ArrayList<>();
        var rs = store.select(q);
        List<String> vars = rs.getResultVars();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : vars) {
                RDFNode n = s.get(v);
                if (n != null) row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return out;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temporary directory
        }
    }

    /** A small implementing-opinions document: 文号, title, a citation in the preamble, one target, two measures. */
    public static String document(String number, String title, String cites) {
        return number + "\n" + title + "\n各有关单位：\n为深入贯彻" + cites + "精神，结合实际，提出如下意见。\n一、重点任务\n"
                + "（一）推进绿色认证。到2025年，全市绿色食品认证证书达100张。（市市场监管局按职责分工负责）\n"
                + "（二）加强组织领导。建立工作机制。\n";
    }
}
