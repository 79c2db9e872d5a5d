package org.policylineage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.QuerySolution;
import org.policylineage.query.Sparql;
import org.policylineage.store.PolicyStore;

/**
 * Precision and recall of the lineage in a store against the true lineage a synthetic corpus was
 * written with ({@code truth.tsv}): measure alignments (each measure and the parent measure it was
 * copied or rewritten from), document links (each document and its parent or a document it cites), and target links
 * (the measures holding a target and the parent target it was set from).
 */
final class TruthScore {
    /** One kind of link: how many the truth has, how many were found, how many of those are true. */
    record Score(int truth, int found, int correct) {
        double precision() { return found == 0 ? 0 : (double) correct / found; }
        double recall() { return truth == 0 ? 0 : (double) correct / truth; }
    }

    record Result(Score measures, Score documents, Score targets) {}

    private TruthScore() {}

    static Result of(Path truthFile, PolicyStore store) throws IOException {
        Set<String> measures = new HashSet<>(), documents = new HashSet<>(), targets = new HashSet<>();
        for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "document" -> {
                    // A document derives from its parent and from every document it cites (a county plan
                    // citing its city's and its province's).
                    if (!f[9].isEmpty()) documents.add(f[1] + " " + f[9]);
                    for (String cited : f[11].split("\\|")) if (!cited.isEmpty()) documents.add(f[1] + " " + cited);
                }
                case "measure" -> { if (!f[7].isEmpty()) measures.add(f[1] + " " + f[2] + " " + f[7] + " " + f[8]); }
                case "target" -> { if (!f[8].isEmpty()) targets.add(f[1] + " " + f[2] + " " + f[8] + " " + f[9]); }
                default -> { }
            }
        }
        return new Result(score(measures, store, "sparql/bench/measure-alignments.rq", true),
                score(documents, store, "sparql/bench/document-links.rq", false),
                score(targets, store, "sparql/bench/target-links.rq", true));
    }

    private static Score score(Set<String> truth, PolicyStore store, String query, boolean withOrdinals) {
        Set<String> predicted = new HashSet<>();
        // Streamed: a national corpus has millions of alignments.
        store.forEachRow(Sparql.query(query), r -> predicted.add(withOrdinals
                ? text(r, "childFile") + " " + text(r, "childOrdinal") + " " + text(r, "parentFile") + " " + text(r, "parentOrdinal")
                : text(r, "childFile") + " " + text(r, "parentFile")));
        int correct = 0;
        for (String p : predicted) if (truth.contains(p)) correct++;
        return new Score(truth.size(), predicted.size(), correct);
    }

    private static String text(QuerySolution r, String var) {
        return r.getLiteral(var).getLexicalForm();
    }
}
