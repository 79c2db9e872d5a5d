package org.policylineage.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.policylineage.search.SearchIndex;
import org.policylineage.web.api.ApiModel.DocumentSummary;
import org.policylineage.web.api.ApiModel.FacetValue;
import org.policylineage.web.api.ApiModel.SearchHit;
import org.policylineage.web.api.ApiModel.SearchResults;
import org.springframework.stereotype.Component;

/**
 * Search results as a researcher reads them: each hit with its document told apart (文号, issuers, region, date),
 * narrowed by facets (level, region, year, kind of document), each facet counted over the results the other
 * filters leave. A document's certificate types (named by its measures) and indicators (of its targets) are facets too.
 */
@Component
class SearchService {
    /** Results read from the index before filtering: more than a reader pages through, so facet counts are of all of them. */
    static final int CANDIDATES = 500;

    /** The facets, each with how a document's values for it are read. */
    private static final Map<String, Function<Found, List<Value>>> FACETS = new LinkedHashMap<>();

    /** A document of the results: its summary, and its values of the facets the summary does not hold, by facet. */
    private record Found(DocumentSummary summary, Map<String, List<Value>> concepts) {}

    /** One value of a facet: what a filter names, and what a reader sees (in Chinese, and by language where known). */
    private record Value(String key, String label, Map<String, String> labels) {
        Value(String key) {
            this(key, key, Map.of());
        }
    }

    static {
        FACETS.put("level", f -> f.summary().level() == null ? List.of() : List.of(new Value(f.summary().level())));
        FACETS.put("region", f -> f.concepts().getOrDefault("region", List.of()));
        FACETS.put("year", f -> {
            String date = f.summary().issued() != null ? f.summary().issued() : f.summary().earliestDate();
            return date == null ? List.of() : List.of(new Value(date.substring(0, 4)));
        });
        FACETS.put("kind", f -> f.summary().kinds().stream().map(Value::new).toList());
        FACETS.put("cert", f -> f.concepts().getOrDefault("cert", List.of()));
        FACETS.put("indicator", f -> f.concepts().getOrDefault("indicator", List.of()));
    }

    private final SearchIndex index;
    private final ApiQueries api;

    SearchService(SearchIndex index, ApiQueries api) {
        this.index = index;
        this.api = api;
    }

    /**
     * @param filters facet name to the value asked for (level notation, region IRI, year, kind notation, certificate type
     *                IRI, indicator IRI)
     */
    SearchResults search(String q, Map<String, String> filters, int limit) {
        List<org.policylineage.search.SearchHit> found = index.search(q, CANDIDATES);
        Map<String, Found> documents = found(found.stream().map(org.policylineage.search.SearchHit::document).distinct().toList());
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String facet : FACETS.keySet()) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            Map<String, Value> labels = new LinkedHashMap<>();
            for (var hit : found) {
                Found d = documents.get(hit.document());
                if (!passes(d, filters, facet)) continue;
                for (Value v : FACETS.get(facet).apply(d)) {
                    counts.computeIfAbsent(v.key(), k -> new int[1])[0]++;
                    labels.putIfAbsent(v.key(), v);
                }
            }
            List<FacetValue> values = new ArrayList<>();
            counts.forEach((v, c) -> values.add(new FacetValue(v, labels.get(v).label(), labels.get(v).labels(), c[0])));
            values.sort(Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
            facets.put(facet, values);
        }
        List<SearchHit> hits = found.stream().filter(h -> passes(documents.get(h.document()), filters, null))
                .map(h -> SearchHit.builder().iri(h.iri()).type(h.type()).label(h.label()).snippet(h.snippet())
                        .document(documents.get(h.document()).summary()).score(h.score()).build())
                .toList();
        return new SearchResults(q, index.terms(q), hits.size(), hits.stream().limit(limit).toList(), facets);
    }

    /** The documents of the results with their summaries and facet values, read in two queries for all of them. */
    private Map<String, Found> found(List<String> docIris) {
        Map<String, DocumentSummary> summaries = api.summariesByIri(docIris);
        Map<String, List<org.policylineage.query.Row>> facets = api.documentFacets(docIris);
        Map<String, Found> documents = new LinkedHashMap<>();
        for (String docIri : docIris) {
            Map<String, List<Value>> concepts = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            for (var r : facets.getOrDefault(docIri, List.of())) {
                if (!seen.add(r.string("facet") + " " + r.string("value"))) continue;
                String label = r.has("label") ? r.string("label") : r.string("value");
                Map<String, String> labels = r.has("labelEn") ? Map.of("zh", label, "en", r.string("labelEn")) : Map.of("zh", label);
                concepts.computeIfAbsent(r.string("facet"), k -> new ArrayList<>()).add(new Value(r.string("value"), label, labels));
            }
            DocumentSummary summary = summaries.get(docIri);
            // A document gone since it was indexed is still a result, with what the index knows of it.
            if (summary == null) {
                summary = DocumentSummary.builder().iri(docIri).label(docIri).inCorpus(false).kinds(List.of()).issuers(List.of()).build();
            }
            documents.put(docIri, new Found(summary, concepts));
        }
        return documents;
    }

    /** Whether a document passes every filter but the one named {@code except}. */
    private static boolean passes(Found d, Map<String, String> filters, String except) {
        for (var f : filters.entrySet()) {
            if (f.getKey().equals(except) || f.getValue() == null || f.getValue().isBlank()) continue;
            if (FACETS.get(f.getKey()).apply(d).stream().noneMatch(v -> v.key().equals(f.getValue()))) return false;
        }
        return true;
    }
}
