package org.policylineage.web.api;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors as RFC 9457 problem details (application/problem+json) whose detail a user can act on. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A correction refused: nothing was stored, and the detail says why. */
    @ExceptionHandler(org.policylineage.curation.CorrectionRefused.class)
    ResponseEntity<ProblemDetail> refused(org.policylineage.curation.CorrectionRefused e) {
        return problem(CorrectionController.status(e), e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({IngestController.PayloadTooLargeException.class, org.springframework.web.multipart.MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /**
     * Accept names no type the operation answers in: said as problem details all the same (Spring writes a
     * ProblemDetail as application/problem+json when nothing else is acceptable), so the client learns what to ask for.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "Accept names no type this operation answers in; it answers "
                + e.getSupportedMediaTypes() + " (errors as application/problem+json)");
    }

    /**
     * The store did not answer in time (policy-lineage.query.timeout) or, for a remote store, not at all: the request
     * may succeed later, so 503, not 500.
     */
    @ExceptionHandler({QueryCancelledException.class, QueryExceptionHTTP.class, HttpException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        String why = e instanceof QueryCancelledException ? "the store's query took longer than policy-lineage.query.timeout"
                : "the store did not answer (" + e.getMessage() + ")";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, why + "; try again later"));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }
}
