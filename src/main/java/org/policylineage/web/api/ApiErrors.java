package org.policylineage.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }
}
