package org.policylineage.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.policylineage.web.api.ApiModel.DocumentDetail;
import org.policylineage.web.api.ApiModel.DocumentSummary;
import org.policylineage.web.api.ApiModel.Resolution;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Documents: list and filter, one document in full, and the 文号 resolver. */
@RestController
@RequestMapping("/api")
@Tag(name = "documents")
class DocumentController {
    private final ApiService api;

    DocumentController(ApiService api) {
        this.api = api;
    }

    @GetMapping("/documents")
    @Operation(summary = "List documents, ingested ones first, with filters")
    List<DocumentSummary> documents(
            @Parameter(description = "national, regional, provincial, municipal or county") @RequestParam(required = false) String level,
            @Parameter(description = "a region slug (jiangsu) or IRI; its sub-regions are included") @RequestParam(required = false) String jurisdiction,
            @Parameter(description = "year of issue (or earliest possible year)") @RequestParam(required = false) Integer year,
            @Parameter(description = "true: only ingested documents; false: only those known from citations") @RequestParam(required = false) Boolean inCorpus,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "200") int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) throw new IllegalArgumentException("offset must be >= 0 and limit 1..1000");
        return api.documents(level, jurisdiction, year, inCorpus, offset, limit);
    }

    @GetMapping("/documents/{slug}")
    @Operation(summary = "One document: metadata, text by section and measure, targets, agencies, certificate types, links both ways")
    DocumentDetail document(@PathVariable String slug) {
        return api.document(api.documentIri(slug));
    }

    @GetMapping("/documents/{slug}/alignments")
    @Operation(summary = "Every alignment of a document's measures, both ways, with scores and methods")
    List<ApiModel.DocumentAlignment> alignments(@PathVariable String slug) {
        return api.documentAlignments(api.documentIri(slug));
    }

    @GetMapping("/document")
    @Operation(summary = "One document by IRI")
    DocumentDetail documentByIri(@RequestParam String iri) {
        return api.document(iri);
    }

    @GetMapping("/resolve")
    @Operation(summary = "Find the document a 文号 names, in any spelling: 苏政办发〔2022〕21号, 苏政办发[2022]21号, (2022)…")
    Resolution resolve(@RequestParam String number) {
        return api.resolve(number);
    }
}
