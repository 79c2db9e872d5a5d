package org.policylineage.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylineage.TestCorpus;
import org.policylineage.query.CuratedQuery;
import org.policylineage.query.QueryLibrary;
import org.policylineage.query.QueryParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every curated query and the API's answers on the seed corpus, compared with the answers recorded in
 * {@code seed-answers.txt} before the store's graphs were made smaller: a change of how facts are stored must
 * leave what a user sees as it was. Record them again, on purpose, with {@code -Dseed-answers.record=true}
 * (written to src/test/resources), and read the diff before committing it.
 */
class SeedAnswersTest {
    private static final Path FIXTURE = Path.of("src/test/resources/seed-answers.txt");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Times of ingestion and of the lineage computation: the only facts that differ from one load to the next. */
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
    private static final Pattern BLANK = Pattern.compile("\\b_:[A-Za-z0-9]+|\\b[0-9a-f]{32}\\b");

    private static TestCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = TestCorpus.get();
    }

    @Test
    void everyCuratedQueryAndApiAnswerIsAsRecorded() throws IOException {
        Map<String, String> answers = answers();
        StringBuilder text = new StringBuilder();
        answers.forEach((k, v) -> text.append("### ").append(k).append('\n').append(v).append('\n'));
        // What this run answered, beside the fixture, to diff when they differ.
        Files.writeString(Files.createDirectories(Path.of("target")).resolve("seed-answers.txt"), text, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("seed-answers.record")) Files.writeString(FIXTURE, text, StandardCharsets.UTF_8);
        Map<String, String> recorded = read(FIXTURE);
        assertThat(answers.keySet()).as("the questions asked").containsExactlyElementsOf(recorded.keySet());
        for (var e : recorded.entrySet()) assertThat(answers.get(e.getKey()).stripTrailing()).as(e.getKey()).isEqualTo(e.getValue());
    }

    /** Each question (a query with its bindings, or an API call) and its answer, normalised, in a fixed order. */
    private static Map<String, String> answers() {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> documents = iris("SELECT ?x { ?x a pl:PolicyDocument ; pl:inCorpus true } ORDER BY ?x");
        List<String> targets = iris("SELECT ?x { ?x a pl:Target } ORDER BY ?x");
        List<String> measures = iris("SELECT ?x { ?x a pl:Measure } ORDER BY ?x");
        List<String> indicators = iris("SELECT DISTINCT ?x { ?t pl:indicator ?x } ORDER BY ?x");
        List<String> agencies = iris("SELECT DISTINCT ?x { ?m pl:hasResponsibility/pl:agency ?x } ORDER BY ?x");
        List<String> certificateTypes = iris("SELECT DISTINCT ?x { ?m pl:certificateType ?x } ORDER BY ?x");
        List<String> cited = iris("SELECT DISTINCT ?x { ?c pl:cited ?x } ORDER BY ?x");

        for (CuratedQuery q : QueryLibrary.bundled().all()) {
            if (!q.description().contains("(required")) out.put("query " + q.name(), rows(q, Map.of()));
            // An optional parameter only narrows the answer above; a required one has no answer without it.
            for (String parameter : requiredParameters(q)) {
                List<String> values = switch (parameter) {
                    case "doc", "citing", "childDoc", "parentDoc", "docA" -> documents;
                    case "cited" -> cited;
                    case "target", "child", "parent" -> targets;
                    case "measure", "parentMeasure" -> measures;
                    case "indicator" -> indicators;
                    case "agency" -> agencies;
                    case "certType" -> certificateTypes;
                    default -> List.of();
                };
                for (String v : values) out.put("query " + q.name() + " ?" + parameter + "=" + v, rows(q, Map.of(parameter, v)));
            }
        }
        ApiQueries api = new ApiQueries(corpus.store, corpus.iris);
        CoverageQueries coverage = new CoverageQueries(corpus.store, api);
        out.put("api overview", json(api::overview));
        out.put("api documents", json(() -> api.documents(ApiQueries.DocumentFilter.ALL, 0, 1000)));
        out.put("api summaries", json(() -> api.summariesOf(documents)));
        for (String d : documents) {
            out.put("api document " + d, json(() -> api.document(d, 0, 1000)));
            out.put("api alignments " + d, json(() -> api.documentAlignments(d, 0, 5000)));
            out.put("api coverage " + d, json(() -> coverage.coverage(d)));
        }
        for (String d : cited) out.put("api document " + d, json(() -> api.document(d, 0, 1000)));
        for (String t : targets) {
            out.put("api target lineage " + t, json(() -> api.targetLineage(t)));
            out.put("api rollup " + t, json(() -> coverage.rollup(t)));
        }
        for (String m : measures) out.put("api measure alignments " + m, json(() -> api.measureAlignments(m)));
        for (String i : indicators) out.put("api indicator " + i, json(() -> api.indicator(i)));
        for (String a : agencies) out.put("api agency " + a, json(() -> api.agency(a)));
        for (String c : certificateTypes) out.put("api certificate type " + c, json(() -> api.certificateType(c)));
        return out;
    }

    /** The parameters a query's description says it needs: {@code ?target (required, …)}, or the first of {@code Parameters: ?measure (…); optional …}. */
    private static List<String> requiredParameters(CuratedQuery q) {
        String line = q.descriptionLines().stream().map(String::strip).filter(l -> l.startsWith("Parameters:")).findFirst().orElse("");
        String needed = line.contains("optional") ? line.substring(0, line.indexOf("optional")) : line;
        return Pattern.compile("\\?(\\w+)").matcher(needed).results().map(m -> m.group(1)).distinct().toList();
    }

    /** The rows of a query as sorted lines: row order is the store's where the query sets none. */
    private static String rows(CuratedQuery q, Map<String, String> bindings) {
        Map<String, Node> values = new LinkedHashMap<>();
        bindings.forEach((k, v) -> values.put(k, NodeFactory.createURI(v)));
        Query query = QueryParameters.bind(QueryFactory.create(q.text()), values);
        ResultSet rs = corpus.store.select(query);
        List<String> lines = new ArrayList<>();
        int n = 0;
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder line = new StringBuilder();
            for (String v : rs.getResultVars()) {
                RDFNode node = s.get(v);
                if (node == null) continue;
                line.append(v).append('=').append(node.isAnon() ? "_:b" : node.isLiteral()
                        ? joined(node.asLiteral().getLexicalForm()) + "^^" + node.asLiteral().getDatatypeURI() : node.toString()).append('\t');
            }
            lines.add(normalise(line.toString().strip()));
            n++;
        }
        java.util.Collections.sort(lines);
        return n + " rows\n" + String.join("\n", lines);
    }

    private static String json(Supplier<Object> answer) {
        try {
            return normalise(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(JSON.valueToTree(answer.get()))));
        } catch (RuntimeException e) {
            return "refused: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /**
     * The answer with every list in one order: lists the queries leave unordered come in the order of the store's
     * node ids, which differ from one load to the next.
     */
    private static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = JSON.createObjectNode();
            n.properties().forEach(e -> o.set(e.getKey(), sorted(e.getValue())));
            return o;
        }
        if (!n.isArray()) return n;
        List<JsonNode> items = new ArrayList<>();
        n.forEach(c -> items.add(sorted(c)));
        items.sort(java.util.Comparator.comparing(JsonNode::toString));
        ArrayNode a = JSON.createArrayNode();
        items.forEach(a::add);
        return a;
    }

    /** Items a query joins into one string (GROUP_CONCAT), in the store's order: sorted. */
    private static String joined(String lexical) {
        for (String separator : List.of("、", " ", ", ", "; ", "；")) {
            if (lexical.contains(separator)) return String.join(separator, java.util.Arrays.stream(lexical.split(separator)).sorted().toList());
        }
        return lexical;
    }

    private static String normalise(String s) {
        return BLANK.matcher(TIME.matcher(s).replaceAll("<time>")).replaceAll("_:b");
    }

    private static List<String> iris(String select) {
        List<String> out = new ArrayList<>();
        corpus.store.forEachRow(QueryFactory.create("PREFIX pl: <" + org.policylineage.vocab.PL.NS + ">\n" + select), r -> out.add(r.getResource("x").getURI()));
        return out;
    }

    private static Map<String, String> read(Path fixture) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
            if (line.startsWith("### ")) {
                if (key != null) out.put(key, value.toString().stripTrailing());
                key = line.substring(4);
                value.setLength(0);
            } else {
                value.append(line).append('\n');
            }
        }
        if (key != null) out.put(key, value.toString().stripTrailing());
        return out;
    }
}
