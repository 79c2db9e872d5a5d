package org.policylineage.web.api;

/** A resource the graph does not hold: answered with 404 and the reason. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
