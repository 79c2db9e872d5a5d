package org.policylineage.store;

import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Stored statements that queries are not to see, though they stay stored: what a correction
 * supersedes. A quad is hidden when its subject is one of {@code subjects}, its subject and
 * predicate are one of {@code subjectPredicates}, or its predicate and object are one of
 * {@code predicateObjects}, or it is one of {@code statements} (a statement shared by nothing else: that a
 * measure names a certificate type, or an agency); quads of {@code exemptGraph} (where the corrected
 * statements are) never are.
 * {@code curationGraphs} (the exempt graph and the corrections' own graphs) are what the extracted view leaves out.
 */
public record HiddenFacts(Set<Node> subjects, Set<Pair> subjectPredicates, Set<Pair> predicateObjects, Set<Triple> statements,
                          Node exemptGraph, Set<Node> curationGraphs) {
    /** Two nodes of a statement: subject and predicate, or predicate and object. */
    public record Pair(Node first, Node second) {}

    public HiddenFacts {
        subjects = Set.copyOf(subjects);
        subjectPredicates = Set.copyOf(subjectPredicates);
        predicateObjects = Set.copyOf(predicateObjects);
        statements = statements == null ? Set.of() : Set.copyOf(statements);
        curationGraphs = curationGraphs == null ? Set.of() : Set.copyOf(curationGraphs);
    }

    public boolean isEmpty() { return subjects.isEmpty() && subjectPredicates.isEmpty() && predicateObjects.isEmpty() && statements.isEmpty(); }
}
