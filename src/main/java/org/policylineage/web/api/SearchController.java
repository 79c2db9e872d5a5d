package org.policylineage.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.search.SearchIndex;
import org.policylineage.search.SearchIndexer;
import org.policylineage.web.api.ApiModel.Ref;
import org.policylineage.web.api.ApiModel.SearchHit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chinese full-text search over titles, measures and targets. */
@RestController
@RequestMapping("/api")
@Tag(name = "search")
class SearchController {
    private final SearchIndex index;
    private final SearchIndexer indexer;

    SearchController(SearchIndex index, SearchIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
    }

    @GetMapping("/search")
    @Operation(summary = "Search titles, measures and targets (Chinese, segmented with HanLP), best match first")
    List<SearchHit> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit, HttpServletResponse response) {
        // While the index catches up with a store loaded from the command line, results may be missing documents.
        if (indexer.pending() > 0) response.setHeader("X-Search-Index-Pending", String.valueOf(indexer.pending()));
        if (q.isBlank()) throw new IllegalArgumentException("the search text is empty");
        if (q.length() > 200) throw new IllegalArgumentException("the search text is longer than 200 characters");
        if (limit < 1 || limit > 200) throw new IllegalArgumentException("limit must be 1..200");
        return index.search(q, limit).stream()
                .map(h -> new SearchHit(h.iri(), h.type(), h.label(), h.snippet(), new Ref(h.document(), h.documentLabel()), h.score()))
                .toList();
    }
}
