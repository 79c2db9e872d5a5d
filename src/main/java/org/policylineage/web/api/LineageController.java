package org.policylineage.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policylineage.web.api.ApiModel.IndicatorView;
import org.policylineage.web.api.ApiModel.MeasureAlignments;
import org.policylineage.web.api.ApiModel.TargetLineage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lineage: a target's chain, a measure's alignments with their evidence, an indicator across documents. */
@RestController
@RequestMapping("/api")
@Tag(name = "lineage")
class LineageController {
    private final ApiQueries api;
    private final CoverageQueries coverage;

    LineageController(ApiQueries api, CoverageQueries coverage) {
        this.api = api;
        this.coverage = coverage;
    }

    @GetMapping("/targets/lineage")
    @Operation(summary = "A target's chain up to the national documents, its parent targets and shares, and its siblings")
    TargetLineage targetLineage(@RequestParam String iri) {
        return api.targetLineage(iri);
    }

    @GetMapping("/targets/rollup")
    @Operation(summary = "Whether the lower documents' targets that follow a target add up to it: each with its share and the "
            + "link's evidence, and the sums of those of the same unit due the same year (as target-rollup.rq answers)")
    ApiModel.Rollup rollup(@RequestParam String iri) {
        return coverage.rollup(iri);
    }

    @GetMapping("/measures/alignments")
    @Operation(summary = "The measures a measure follows and those that follow it, with scores and shared passages")
    MeasureAlignments alignments(@RequestParam String iri) {
        return api.measureAlignments(iri);
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every target set for one indicator, across documents and levels")
    IndicatorView indicator(@RequestParam String iri) {
        return api.indicator(iri);
    }
}
