package org.policylineage.lineage.engine;

import org.policylineage.vocab.LinkKind;

/**
 * One upward edge of the lineage: a document, measure or target and what it follows.
 *
 * @param kind the citation's relation (implements, forwards) or the method that found the link
 */
record Link(String child, String parent, LinkKind kind, double score, String explanation) {}
