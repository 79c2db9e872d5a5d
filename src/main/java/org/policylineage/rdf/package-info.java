/**
 * A document's records to its RDF graph, with the IRIs every resource gets ({@link
 * org.policylineage.rdf.IriScheme}) and selectors into the original text. Gives Jena models to
 * {@code ingest}; never reads or writes the store.
 */
package org.policylineage.rdf;
