/**
 * Ingestion: files to stored documents. Reads, extracts and builds each file's graph, then replaces
 * the graphs in one transaction and says what happened to each file ({@link
 * org.policylineage.ingest.IngestOutcome}); loads the seed corpus at start. {@link
 * org.policylineage.ingest.Ingestion} wires it with the lineage graph on a store. Used by the command
 * line and the service; knows no HTTP.
 */
package org.policylineage.ingest;
