package org.policylineage.web.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.search.SearchIndexer;
import org.policylineage.web.api.ApiModel.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chinese full-text search over titles, measures and targets. */
@RestController
@RequestMapping("/api")
@Tag(name = "search")
class SearchController {
    private final SearchService search;
    private final SearchIndexer indexer;

    SearchController(SearchService search, SearchIndexer indexer) {
        this.search = search;
        this.indexer = indexer;
    }

    @GetMapping("/search")
    @Operation(summary = "Search titles, measures and targets (Chinese, segmented with HanLP), best match first, with the words "
            + "searched for, each result's document (文号, issuers, region, date) and facets with counts (level, region, year, kind, "
            + "certificate type, indicator)")
    SearchResults search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit,
                         @Parameter(description = "national, regional, provincial, municipal or county") @RequestParam(required = false) String level,
                         @Parameter(description = "a region IRI") @RequestParam(required = false) String region,
                         @Parameter(description = "year of issue (or earliest possible year)") @RequestParam(required = false) String year,
                         @Parameter(description = "kind of document (notice, plan, …)") @RequestParam(required = false) String kind,
                         @Parameter(description = "a certificate type IRI its measures name") @RequestParam(required = false) String cert,
                         @Parameter(description = "an indicator IRI its targets set") @RequestParam(required = false) String indicator,
                         HttpServletResponse response) {
        // While the index catches up with a store loaded from the command line, results may be missing documents.
        if (indexer.pending() > 0) response.setHeader("X-Search-Index-Pending", String.valueOf(indexer.pending()));
        if (q.isBlank()) throw new IllegalArgumentException("the search text is empty");
        if (q.length() > 200) throw new IllegalArgumentException("the search text is longer than 200 characters");
        if (limit < 1 || limit > 200) throw new IllegalArgumentException("limit must be 1..200");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("level", level);
        filters.put("region", region);
        filters.put("year", year);
        filters.put("kind", kind);
        filters.put("cert", cert);
        filters.put("indicator", indicator);
        return search.search(q, filters, limit);
    }
}
