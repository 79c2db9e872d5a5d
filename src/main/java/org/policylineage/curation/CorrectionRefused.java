package org.policylineage.curation;

/** A correction that is not stored, and why, in words a curator can act on. Nothing was written. */
public final class CorrectionRefused extends RuntimeException {
    /** Why: the request is malformed, or what it names does not exist. */
    public enum Reason { INVALID, NOT_FOUND }

    private final Reason reason;

    public CorrectionRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() { return reason; }
}
