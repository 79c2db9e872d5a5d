/**
 * Extraction: a normalised text to plain records of what a policy document says (front matter,
 * sections, measures, targets, citations, agencies, certificate types). Gives {@link
 * org.policylineage.extract.ExtractedDocument} to {@code rdf}; knows nothing of RDF or the store.
 */
package org.policylineage.extract;
