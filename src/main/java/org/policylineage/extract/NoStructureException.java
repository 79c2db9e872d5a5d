package org.policylineage.extract;

/** A text with nothing of a policy document in it: no title, 文号, citation, target, section or measure. */
public class NoStructureException extends Exception {
    public NoStructureException(String message) {
        super(message);
    }
}
