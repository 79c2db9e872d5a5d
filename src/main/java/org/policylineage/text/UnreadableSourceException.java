package org.policylineage.text;

/** A source that cannot be read as a policy document: empty, binary, or in no known encoding. */
public class UnreadableSourceException extends Exception {
    public UnreadableSourceException(String message) {
        super(message);
    }
}
