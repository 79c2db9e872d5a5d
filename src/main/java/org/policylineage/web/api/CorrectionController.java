package org.policylineage.web.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.policylineage.curation.Correction;
import org.policylineage.curation.CorrectionRequest;
import org.policylineage.curation.CorrectionRefused;
import org.policylineage.curation.Curation;
import org.policylineage.curation.CuratedKind;
import org.policylineage.vocab.CurationAction;
import org.policylineage.web.CorrectionWriter;
import org.policylineage.web.api.ApiModel.CorrectionInput;
import org.policylineage.web.api.ApiModel.CorrectionView;
import org.policylineage.web.api.ApiModel.ImportResult;
import org.policylineage.web.api.ApiModel.Ref;
import org.policylineage.web.api.ApiModel.Replaced;
import org.policylineage.web.api.ApiModel.ReviewItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Curators' corrections: made one at a time (signed in as a curator), read by anyone, exported and
 * imported as one TriG file; and the review queue of computed links no one has judged, weakest first.
 */
@RestController
@RequestMapping("/api/corrections")
@Tag(name = "curation")
class CorrectionController {
    static final String TRIG = "application/trig";

    private final Curation curation;
    private final CorrectionWriter writer;

    CorrectionController(Curation curation, CorrectionWriter writer) {
        this.curation = curation;
        this.writer = writer;
    }

    @PostMapping
    @Operation(summary = "Make a correction (needs a curator's sign-in and, with a session, the CSRF token): confirm, reject or edit "
            + "a stored target (value, upper, unit, comparator, deadline; upper and deadline take none to remove them), citation, "
            + "document, alignment, target link, responsibility or certificate-type statement; or add (kind and the target it belongs to): "
            + "a citation (target: the citing document; values: number, the cited 文号, and relation), a target (target: its measure or "
            + "document; values: value, unit, quote, indicator, and comparator, deadline, upper), an alignment (target: the child measure; "
            + "values: parent) or a target link (target: the child target; values: parent), a responsibility (target: the measure; values: "
            + "agency, an agency's IRI, and lead) or a certificate type (target: the measure; values: type, its notation). A note saying why "
            + "is required")
    ResponseEntity<CorrectionView> submit(@RequestBody CorrectionInput input, Authentication user) {
        CurationAction action = input.action() == null ? null : CurationAction.ofNotation(input.action())
                .orElseThrow(() -> new IllegalArgumentException("action must be confirm, reject, edit or add, not " + input.action()));
        CuratedKind kind = input.kind() == null ? null : CuratedKind.ofNotation(input.kind())
                .orElseThrow(() -> new IllegalArgumentException("kind must be target, citation, document, alignment, target-link, responsibility "
                        + "or certificate-type, not " + input.kind()));
        Correction c = writer.submit(new CorrectionRequest(action, kind, input.target(), input.values(), input.note()), user.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(c));
    }

    @GetMapping
    @Operation(summary = "Corrections, oldest first: all of them, those of one fact (by the IRI they name or the fact they apply to now), "
            + "or only the orphaned ones (what they judged is no longer stored)")
    List<CorrectionView> list(@Parameter(description = "a fact's IRI: its history") @RequestParam(required = false) String target,
                              @Parameter(description = "true: only corrections whose fact is gone") @RequestParam(defaultValue = "false") boolean orphaned) {
        List<Correction> all = target == null || target.isBlank() ? curation.corrections() : curation.history(target);
        return all.stream().filter(c -> !orphaned || c.orphaned()).map(CorrectionController::view).toList();
    }

    @GetMapping("/queue")
    @Operation(summary = "The review queue: what no curator has judged, lowest score first: measure alignments and target links by "
            + "their lineage score, quantitative targets by the confidence extraction gave them (a target has no parent)")
    List<ReviewItem> queue(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit,
                           @Parameter(description = "only facts of this kind: target, alignment or target-link; all when absent")
                           @RequestParam(required = false) String kind,
                           HttpServletResponse response) {
        if (limit < 1 || limit > 1000) throw new IllegalArgumentException("limit must be between 1 and 1000");
        Optional<CuratedKind> only = kind == null || kind.isBlank() ? Optional.empty() : Optional.of(CuratedKind.ofNotation(kind)
                .filter(k -> k == CuratedKind.TARGET || k.isLink())
                .orElseThrow(() -> new IllegalArgumentException("kind must be target, alignment or target-link, not " + kind)));
        Curation.Queue q = curation.reviewQueue(only, offset, limit);
        response.setHeader("X-Total-Count", Integer.toString(q.total()));
        return q.items().stream().map(i -> new ReviewItem(i.iri(), i.kind().notation(), i.score(), new Ref(i.child(), i.childLabel()),
                i.parent() == null ? null : new Ref(i.parent(), i.parentLabel()), i.childDoc(), i.parentDoc(), i.explanation())).toList();
    }

    @GetMapping(path = "/export", produces = TRIG)
    @Operation(summary = "Every correction as one TriG file, a named graph each, to import into another store with the same base IRI")
    ResponseEntity<byte[]> export() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        curation.export(out);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"corrections.trig\"").body(out.toByteArray());
    }

    @PostMapping(path = "/import", consumes = {TRIG, "text/trig"})
    @Operation(summary = "Import corrections exported as TriG (needs a curator's sign-in): a correction already stored is left as it is, "
            + "so importing a file twice changes nothing")
    ImportResult importTrig(@RequestBody byte[] body) throws IOException {
        Curation.ImportOutcome o = writer.importTrig(new java.io.ByteArrayInputStream(body));
        return new ImportResult(o.read(), o.added(), o.unchanged());
    }

    static CorrectionView view(Correction c) {
        return new CorrectionView(c.iri(), c.action().notation(), c.kind().notation(), c.target(), c.quote().orElse(null), c.values(),
                c.note(), c.curator(), c.time().toString(),
                c.replaced().stream().map(r -> new Replaced(r.predicate(), r.object())).toList(), c.appliesTo().orElse(null), c.orphaned());
    }

    /** Kept here so the web layer's error handling sees it: a refused correction is a 400, or a 404 when what it names is not stored. */
    static HttpStatus status(CorrectionRefused e) {
        return e.reason() == CorrectionRefused.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
    }
}
