package org.policylineage.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policylineage.web.api.ApiModel.ConceptView;
import org.policylineage.web.api.ApiModel.CuratedQueryView;
import org.policylineage.web.api.ApiModel.Overview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The corpus at a glance, agencies, certificate types and other concepts, and the curated queries. */
@RestController
@RequestMapping("/api")
@Tag(name = "catalog")
class CatalogController {
    private final ApiQueries api;

    CatalogController(ApiQueries api) {
        this.api = api;
    }

    @GetMapping("/overview")
    @Operation(summary = "Counts of documents, measures, targets and links, and every document")
    Overview overview() {
        return api.overview();
    }

    @GetMapping("/agencies")
    @Operation(summary = "An agency: names, jurisdiction, function, documents it issued and measures it answers for")
    ConceptView agency(@RequestParam String iri) {
        return api.agency(iri);
    }

    @GetMapping("/certificate-types")
    @Operation(summary = "A certificate type: the measures naming it and the targets counting it")
    ConceptView certificateType(@RequestParam String iri) {
        return api.certificateType(iri);
    }

    @GetMapping("/concepts")
    @Operation(summary = "Labels of any concept: region, level, kind, indicator, agency function")
    ConceptView concept(@RequestParam String iri) {
        return api.concept(iri, List.of());
    }

    @GetMapping("/queries")
    @Operation(summary = "The curated queries of queries/, with their descriptions")
    List<CuratedQueryView> queries() {
        return api.queries();
    }
}
