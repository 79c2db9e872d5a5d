package org.policylineage.search;

/** One search result: a document, measure or target, the document it belongs to, and why it matched. */
public record SearchHit(String iri, String type, String label, String snippet, String document, String documentLabel, double score) {}
