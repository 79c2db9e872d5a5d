package org.policylineage.lineage;

/**
 * One upward edge of the lineage: a document, measure or target and what it follows.
 *
 * @param relation notation of the relation or method: implements, forwards, inferred-from-text,
 *                 text-reuse, named-programme, same-indicator
 */
record Link(String child, String parent, String relation, double score, String explanation) {}
