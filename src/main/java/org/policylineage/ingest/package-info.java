/**
 * Ingestion: files to stored documents. Reads, extracts and builds each file's graph, then replaces
 * the graphs in one transaction and says what happened to each file ({@link
 * org.policylineage.ingest.IngestOutcome}). Used by the command line and the service; knows no HTTP.
 */
package org.policylineage.ingest;
