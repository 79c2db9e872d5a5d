package org.policylineage.read;

import org.policylineage.text.UnreadableSourceException;

/** A file that cannot be read as a document, with a message saying why in words its sender can act on. */
public final class ReadException extends UnreadableSourceException {
    public ReadException(String message) {
        super(message);
    }
}
