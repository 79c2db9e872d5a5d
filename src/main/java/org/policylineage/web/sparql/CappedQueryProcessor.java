package org.policylineage.web.sparql;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with the row cap applied to the query Fuseki has just parsed, so a
 * query is parsed once per request rather than parsed, rewritten and parsed again.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private final long maxRows;

    CappedQueryProcessor(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (RowCap.cap(query, maxRows)) action.setResponseHeader(RowCap.HEADER, Long.toString(maxRows));
    }
}
