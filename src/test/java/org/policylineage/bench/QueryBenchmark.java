package org.policylineage.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.policylineage.TestCorpus;
import org.policylineage.query.QueryLibrary;
import org.policylineage.query.QueryParameters;
import org.policylineage.query.Sparql;
import org.policylineage.web.api.ApiQueries;

/**
 * The curated queries a researcher starts from and the explorer's document page, on the seed
 * corpus in a real TDB2 store: the in-process cost of a query, before HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBenchmark {
    private TestCorpus corpus;
    private List<Node> targets;
    private Query trace;
    private Query targetLineage;
    private ApiQueries api;
    private String document;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        corpus = TestCorpus.get();
        targets = new ArrayList<>();
        corpus.store.forEachRow(Sparql.query("sparql/bench/sample-targets.rq"),
                r -> targets.add(NodeFactory.createURI(r.getResource("target").getURI())));
        if (targets.isEmpty()) throw new IllegalStateException("the seed corpus has no linked target");
        trace = QueryFactory.create(QueryLibrary.bundled().get("trace-target").orElseThrow().text());
        targetLineage = QueryFactory.create(QueryLibrary.bundled().get("target-lineage").orElseThrow().text());
        api = new ApiQueries(corpus.store, corpus.iris);
        document = corpus.documents.values().iterator().next();
    }

    private Node target() {
        next = (next + 1) % targets.size();
        return targets.get(next);
    }

    @Benchmark
    public int traceTarget() {
        return corpus.store.select(QueryParameters.bind(trace, Map.of("target", target()))).size();
    }

    @Benchmark
    public int targetLineage() {
        return corpus.store.select(QueryParameters.bind(targetLineage, Map.of("child", target()))).size();
    }

    @Benchmark
    public Object documentPage() {
        return api.document(document);
    }
}
