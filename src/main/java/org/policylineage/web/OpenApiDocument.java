package org.policylineage.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.policylineage.Settings;
import org.policylineage.ingest.IngestOutcome;
import org.policylineage.web.api.ApiModel;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as the service behaves, which springdoc cannot see by itself: a record component
 * that may be null is marked so ("null" among its types) and one of a primitive type is required; every
 * operation lists the statuses it really answers, errors of the REST API as RFC 9457 problem details
 * (Spring's {@code ProblemDetail}); linked-data IRIs answer 303; and {@code /sparql}, served by Fuseki
 * rather than a controller, is described too.
 */
@Configuration
class OpenApiDocument {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> RDF_TYPES = List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
    private static final List<String> RESULT_TYPES = List.of("application/sparql-results+json", "application/sparql-results+xml",
            "text/csv", "text/tab-separated-values");

    @Bean
    OpenAPI openApi(Settings settings) {
        return new OpenAPI().info(new Info().title("policy-lineage")
                .version("1")
                .description("Chinese government policy documents as linked data: documents, numbered measures, agencies, "
                        + "certificate types, targets and citations, with the lineage linking each local target and measure to its "
                        + "provincial and national sources (method, score and evidence of every link). The REST API under /api "
                        + "answers JSON and RFC 9457 problem details; every minted IRI under /id dereferences (303) to RDF or to "
                        + "the explorer; /sparql is a SPARQL 1.1 endpoint; /void describes the dataset in VoID and DCAT-AP 3.")
                .license(new License().name("data: " + settings.publication().licence()).url(settings.publication().licence())));
    }

    @Bean
    OpenApiCustomizer truthfulResponses() {
        return api -> {
            api.getComponents().addSchemas("ProblemDetail", problemDetail());
            nullability(api);
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> responses(path, method, op)));
            api.getPaths().addPathItem("/sparql", sparql());
        };
    }

    /** RFC 9457's members as Spring's ProblemDetail writes them. */
    private static Schema<?> problemDetail() {
        Schema<?> s = new Schema<>().types(Set.of("object")).description("RFC 9457 problem details");
        s.addProperty("type", new Schema<>().types(Set.of("string")).format("uri"));
        s.addProperty("title", new Schema<>().types(Set.of("string")));
        s.addProperty("status", new Schema<>().types(Set.of("integer")));
        s.addProperty("detail", new Schema<>().types(Set.of("string")));
        s.addProperty("instance", new Schema<>().types(Set.of("string")).format("uri"));
        return s;
    }

    /** The records the REST API answers with, by the simple name springdoc gives their schemas. */
    private static Map<String, Class<?>> records() {
        Map<String, Class<?>> out = new HashMap<>();
        List<Class<?>> all = new ArrayList<>(List.of(ApiModel.class.getDeclaredClasses()));
        all.add(IngestOutcome.class);
        all.addAll(List.of(SessionController.class.getDeclaredClasses()));
        all.addAll(List.of(IngestOutcome.class.getDeclaredClasses()));
        for (Class<?> c : all) if (c.isRecord()) out.put(c.getSimpleName(), c);
        return out;
    }

    /** A record's components of a primitive type are required; all others may be null, and say so. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullability(OpenAPI api) {
        Map<String, Class<?>> records = records();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() == null || name.equals("ProblemDetail")) return;
            Map<String, Class<?>> types = new HashMap<>();
            Class<?> record = records.get(name);
            if (record != null) for (RecordComponent c : record.getRecordComponents()) types.put(c.getName(), c.getType());
            Map<String, Schema> properties = schema.getProperties();
            List<String> required = new ArrayList<>();
            properties.replaceAll((property, s) -> {
                Class<?> type = types.get(property);
                if (type != null && type.isPrimitive()) {
                    required.add(property);
                    return s;
                }
                return nullable(s);
            });
            if (!required.isEmpty()) schema.setRequired(required);
        });
    }

    @SuppressWarnings("rawtypes")
    private static Schema nullable(Schema s) {
        if (s.get$ref() != null) return new Schema<>().anyOf(List.of(s, new Schema<>().types(Set.of("null"))));
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            Set<String> types = new LinkedHashSet<>(s.getTypes());
            types.add("null");
            s.setTypes(types);
        }
        return s;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }

    private static ApiResponse text(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("text/plain",
                new MediaType().schema(new Schema<>().types(Set.of("string")))));
    }

    private static Content types(List<String> types) {
        Content c = new Content();
        for (String t : types) c.addMediaType(t, new MediaType());
        return c;
    }

    private static void responses(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses r = op.getResponses();
        if (path.startsWith("/api/")) {
            r.addApiResponse("400", problem("a parameter is missing or malformed; detail says which"));
            r.addApiResponse("406", problem("Accept names no type this operation answers in; detail names the types it does"));
            r.addApiResponse("503", problem("the store did not answer within policy-lineage.query.timeout, or a remote store not at all; "
                    + "try again after Retry-After seconds").addHeaderObject("Retry-After",
                    new Header().schema(new Schema<>().types(Set.of("integer")))));
            boolean names = path.contains("{") || List.of("/api/document", "/api/resolve", "/api/targets/lineage",
                    "/api/measures/alignments", "/api/indicators", "/api/concepts", "/api/agencies", "/api/certificate-types").contains(path);
            if (names && method == PathItem.HttpMethod.GET) r.addApiResponse("404", problem("nothing is stored under what the request names"));
            if (method == PathItem.HttpMethod.POST) {
                ApiResponse ok = r.get("200");
                r.addApiResponse("201", new ApiResponse().description("INGESTED: the document is stored").content(ok.getContent()));
                ok.description("REPLACED or DUPLICATE (the same bytes are stored already; nothing changes)");
                r.addApiResponse("409", new ApiResponse().description("CONFLICT: the document is stored already and replace= was not given; "
                        + "nothing changes").content(ok.getContent()));
                r.addApiResponse("422", new ApiResponse().description("REJECTED: unreadable, no structure, or replace= names no stored document")
                        .content(ok.getContent()));
                r.addApiResponse("413", problem("the body is over policy-lineage.ingest.max-document-size"));
                r.addApiResponse("401", new ApiResponse().description("no or wrong admin credentials (HTTP Basic)"));
                r.addApiResponse("429", new ApiResponse().description("too many failed logins from this address; try after the window"));
            }
            return;
        }
        if (path.startsWith("/id/") || path.startsWith("/def") || path.startsWith("/graph/")) {
            r.remove("200");
            r.addApiResponse("303", new ApiResponse().description("See Other: Location is the RDF document (by Accept or ?format=) "
                    + "or, for a browser, the explorer page").addHeaderObject("Location", new Header().schema(new Schema<>().types(Set.of("string")))));
            r.addApiResponse("404", text("nothing is known of this IRI"));
        }
        if (path.equals("/id/dataset") || path.equals("/id/catalog") || path.equals("/void") || path.equals("/.well-known/void")) {
            r.remove("303");
            r.remove("404");
            r.addApiResponse("200", new ApiResponse().description("VoID and DCAT-AP 3 description of the dataset").content(types(RDF_TYPES)));
        }
        if (path.startsWith("/data")) {
            r.addApiResponse("200", new ApiResponse().description("the RDF describing the resource, both ways").content(types(RDF_TYPES)));
            r.addApiResponse("304", new ApiResponse().description("If-None-Match names the current ETag"));
            r.addApiResponse("404", text("nothing is known of this IRI"));
            if (path.equals("/data")) r.addApiResponse("400", text("iri is not an IRI"));
        }
        if (path.startsWith("/dumps/")) {
            r.addApiResponse("200", new ApiResponse().description("every named graph, as TriG or N-Quads, gzipped for .gz")
                    .content(types(List.of("application/trig", "application/n-quads", "application/gzip"))));
            r.addApiResponse("404", new ApiResponse().description("no such dump format"));
        }
    }

    /** The SPARQL 1.1 protocol endpoint (query by GET; POST form and application/sparql-query are the same). */
    private static PathItem sparql() {
        Operation get = new Operation().addTagsItem("sparql").summary("SPARQL 1.1 query; without a query, the service description")
                .description("Results in the type Accept prefers (q-values): SELECT/ASK as JSON, XML, CSV or TSV; CONSTRUCT/DESCRIBE "
                        + "as Turtle, JSON-LD, RDF/XML or N-Triples. Rows are capped (X-Row-Cap says when rows were cut). Errors come "
                        + "from Jena Fuseki as plain text.")
                .addParametersItem(new Parameter().in("query").name("query").required(false).description("the SPARQL query")
                        .schema(new Schema<>().types(Set.of("string"))))
                .addParametersItem(new Parameter().in("query").name("timeout").required(false)
                        .description("seconds; can only lower policy-lineage.query.timeout").schema(new Schema<>().types(Set.of("number"))));
        List<String> answers = new ArrayList<>(RESULT_TYPES);
        answers.addAll(RDF_TYPES);
        ApiResponses r = new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("results, a graph, or (no query) the service description")
                        .content(types(answers)))
                .addApiResponse("400", text("the query does not parse"))
                .addApiResponse("406", text("Accept names no type the query can be given in"))
                .addApiResponse("413", text("the query is over policy-lineage.query.max-query-size"))
                .addApiResponse("422", text("a GROUP_CONCAT grew over policy-lineage.query.max-string-length"))
                .addApiResponse("503", text("the query timed out, or too many queries are waiting (Retry-After)"));
        get.setResponses(r);
        return new PathItem().get(get);
    }
}
