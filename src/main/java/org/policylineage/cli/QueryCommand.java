package org.policylineage.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.policylineage.query.QueryLibrary;
import org.policylineage.query.QueryParameters;
import org.policylineage.query.ResultWriter;
import org.policylineage.store.PolicyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query FILE.rq}: runs a SPARQL query file, or a curated query by name, against the store. */
@Command(name = "query", description = "Run a SPARQL query file (or a curated query by name, e.g. targets).")
final class QueryCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "a .rq file, or the name of a query in queries/")
    String query;

    @Option(names = "--format", defaultValue = "text", description = "text, csv, tsv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--bind", paramLabel = "name=value", description = "bind a query variable: an IRI, a number or a string")
    List<String> bindings = List.of();

    @Option(names = "--timeout", paramLabel = "DURATION", description = "stop the query after this long, e.g. 30s")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        String text;
        Path file = Path.of(query);
        if (Files.isRegularFile(file)) {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } else {
            var curated = QueryLibrary.bundled().get(query);
            if (curated.isEmpty()) {
                Terminal.ERR.println("no such file or curated query: " + query + " (curated: "
                        + QueryLibrary.bundled().all().stream().map(c -> c.name()).toList() + ")");
                return 2;
            }
            text = curated.get().text();
        }
        ResultWriter.Format out;
        try {
            out = ResultWriter.Format.valueOf(format.toUpperCase());
        } catch (IllegalArgumentException e) {
            Terminal.ERR.println("unknown format " + format + ": use text, csv, tsv or json");
            return 2;
        }
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            Terminal.ERR.println("the query does not parse: " + e.getMessage());
            return 2;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (String b : bindings) {
            int eq = b.indexOf('=');
            if (eq <= 0) {
                Terminal.ERR.println("--bind takes name=value, not " + b);
                return 2;
            }
            values.put(b.substring(0, eq).replaceFirst("^\\?", ""), QueryParameters.parseValue(b.substring(eq + 1)));
        }
        q = QueryParameters.bind(q, values);
        // The corrected view, as the service's /sparql answers by default.
        try (PolicyStore store = storeOptions.openCorrected()) {
            if (q.isSelectType()) ResultWriter.write(store.select(q, timeout), out, Terminal.OUT);
            else if (q.isAskType()) Terminal.OUT.println(store.ask(q));
            else ResultWriter.write(store.graphQuery(q, timeout), out, Terminal.OUT);
        }
        Terminal.OUT.flush();
        return 0;
    }
}
