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
    /**
     * A document by the path of its IRI under /id/doc/: 苏政办发〔2022〕21号 is su-zheng-ban-fa/2022/21; one
     * without a 文号 is issuer, date and title (jiangsu-general-office/2023-05-12/…).
     */
    private static final String DOCUMENT = "/documents/{issuer}/{period}/{name}";

    private final ApiQueries api;
    private final CoverageQueries coverage;

    DocumentController(ApiQueries api, CoverageQueries coverage) {
        this.api = api;
        this.coverage = coverage;
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
        return api.documents(new ApiQueries.DocumentFilter(level, jurisdiction, year, inCorpus), offset, limit);
    }

    @GetMapping(DOCUMENT)
    @Operation(summary = "One document: metadata, text by section and measure, targets, agencies, certificate types, links both ways; "
            + "one page of its measures (offset, limit; page says how many there are)")
    DocumentDetail document(@PathVariable String issuer, @PathVariable String period, @PathVariable String name,
                            @Parameter(description = "first measure, in text order") @RequestParam(defaultValue = "0") int offset,
                            @Parameter(description = "measures (with their targets), and links each way, 1..1000")
                            @RequestParam(defaultValue = "" + ApiQueries.DEFAULT_MEASURES) int limit) {
        checkPage(offset, limit, 1000);
        return api.document(api.documentIri(issuer + "/" + period + "/" + name), offset, limit);
    }

    @GetMapping(DOCUMENT + "/source")
    @Operation(summary = "The file the document was read from, as published (PDF, Word, OFD, image, web page or text), "
            + "with its media type and file name")
    org.springframework.http.ResponseEntity<byte[]> source(@PathVariable String issuer, @PathVariable String period,
                                                           @PathVariable String name) {
        ApiQueries.SourceFile f = api.sourceFile(api.documentIri(issuer + "/" + period + "/" + name));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(f.mediaType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.inline()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.bytes());
    }

    @GetMapping(DOCUMENT + "/alignments")
    @Operation(summary = "The alignments of a document's measures, both ways, with scores and methods, a page at a time")
    List<ApiModel.DocumentAlignment> alignments(@PathVariable String issuer, @PathVariable String period, @PathVariable String name,
                                                @RequestParam(defaultValue = "0") int offset,
                                                @RequestParam(defaultValue = "1000") int limit) {
        checkPage(offset, limit, 5000);
        return api.documentAlignments(api.documentIri(issuer + "/" + period + "/" + name), offset, limit);
    }

    @GetMapping(DOCUMENT + "/coverage")
    @Operation(summary = "Which measures of each parent document this one passed down and which it dropped, the measures it added, "
            + "and for each of its targets that lower documents follow, whether their targets add up to it (as coverage.rq, "
            + "no-counterpart.rq and target-rollup.rq answer)")
    ApiModel.DocumentCoverage coverage(@PathVariable String issuer, @PathVariable String period, @PathVariable String name) {
        return coverage.coverage(api.documentIri(issuer + "/" + period + "/" + name));
    }

    @GetMapping("/documents/summaries")
    @Operation(summary = "Documents by IRI as lists show them (文号, title, level, region, date), those known; a page naming a few "
            + "documents reads them here rather than the whole list")
    List<DocumentSummary> summaries(@Parameter(description = "document IRIs, 1..100") @RequestParam List<String> iri) {
        if (iri.isEmpty() || iri.size() > 100) throw new IllegalArgumentException("give 1..100 document IRIs");
        return api.summariesOf(iri);
    }

    @GetMapping("/document")
    @Operation(summary = "One document by IRI (paged as /documents/{issuer}/{period}/{name})")
    DocumentDetail documentByIri(@RequestParam String iri, @RequestParam(defaultValue = "0") int offset,
                                 @RequestParam(defaultValue = "" + ApiQueries.DEFAULT_MEASURES) int limit) {
        checkPage(offset, limit, 1000);
        return api.document(iri, offset, limit);
    }

    private static void checkPage(int offset, int limit, int max) {
        if (offset < 0 || limit < 1 || limit > max) throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + max);
    }

    @GetMapping("/resolve")
    @Operation(summary = "Find the document a 文号 names, in any spelling: 苏政办发〔2022〕21号, 苏政办发[2022]21号, (2022)…")
    Resolution resolve(@RequestParam String number) {
        return api.resolve(number);
    }
}
