/**
 * The REST API ({@code /api/…}) for the explorer and clients: JSON views of documents, lineage,
 * search and ingestion; errors as problem details.
 */
package org.policylineage.web.api;
