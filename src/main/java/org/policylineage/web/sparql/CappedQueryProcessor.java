package org.policylineage.web.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.policylineage.store.PolicyStore;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query operation with the row cap applied to the query Fuseki has just parsed, so a
 * query is parsed once per request rather than parsed, rewritten and parsed again; and with 406
 * for an Accept header none of the query's result types meets, which Fuseki would answer 200 in its
 * default type (XML for a SELECT), leaving the client to fail on a body it said it cannot read.
 */
final class CappedQueryProcessor extends SPARQL_QueryDataset {
    private static final String CAPPED = CappedQueryProcessor.class.getName() + ".capped";

    /** {@code ?view=extracted}: the statements as extraction and lineage stored them, without curators' corrections. */
    static final String VIEW = "view";

    private final long maxRows;
    private final PolicyStore store;
    private final Function<String, Optional<String>> presentIri;

    /** {@code presentIri}: the present IRI of a document named by its former IRI (see {@link PresentIris}). */
    CappedQueryProcessor(long maxRows, PolicyStore store, Function<String, Optional<String>> presentIri) {
        this.maxRows = maxRows;
        this.store = store;
        this.presentIri = presentIri;
    }

    /** The dataset Fuseki decides on, and the query with former document IRIs replaced by the present ones. */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query present = PresentIris.rewrite(decided.getRight(), presentIri);
        return present == decided.getRight() ? decided : Pair.create(decided.getLeft(), present);
    }

    @Override
    protected java.util.Collection<String> customParams() {
        return java.util.List.of(VIEW);
    }

    /** The default view is the corrected one; {@code ?view=extracted} asks for the extracted view instead. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        String view = action.getRequestParameter(VIEW);
        if ("extracted".equals(view)) store.useExtractedView(exec.getContext());
        else if (view != null && !view.equals("corrected")) {
            ServletOps.errorBadRequest("view must be corrected (the default) or extracted, not " + view);
        }
        return exec;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        refuseUnacceptable(action, query);
        if (query.isSelectType()) {
            // One row past the cap, so sendResults can tell rows that were cut from rows that just fill it.
            if (!(query.hasLimit() && query.getLimit() <= maxRows)) {
                query.setLimit(maxRows + 1);
                action.getRequest().setAttribute(CAPPED, Boolean.TRUE);
            }
        } else if (RowCap.cap(query, maxRows)) {
            // CONSTRUCT and DESCRIBE: the cap is on solutions, and a graph does not say how many made it.
            action.setResponseHeader(RowCap.HEADER, Long.toString(maxRows));
        }
    }

    /**
     * Holds back the rows of a capped SELECT until it is known whether there were more than the cap:
     * only then is {@code X-Row-Cap} true, and a header must precede the body. At most max-rows + 1
     * rows are held, the bound the cap already puts on a response.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (result.isRowSet() && action.getRequest().getAttribute(CAPPED) != null) {
            RowSet rows = result.rowSet();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && kept.size() <= maxRows) kept.add(rows.next());
            if (kept.size() > maxRows) {
                kept.remove(kept.size() - 1);
                action.setResponseHeader(RowCap.HEADER, Long.toString(maxRows));
            }
            result = new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        super.sendResults(action, result, prologue);
    }

    private static void refuseUnacceptable(HttpAction action, Query query) {
        String accept = action.getRequestHeader(HttpNames.hAccept);
        if (accept == null || accept.isBlank() || formatByParameter(action)) return;
        AcceptList asked;
        try {
            asked = new AcceptList(accept);
        } catch (RuntimeException e) {
            return; // an Accept Jena cannot parse asks for nothing in particular: Fuseki's default
        }
        // The offers Fuseki's own responses negotiate with, by the query's form.
        AcceptList offered = query.isSelectType() ? DEF.rsOfferTable
                : query.isAskType() ? DEF.rsOfferBoolean
                : query.isJsonType() ? DEF.jsonOffer
                : query.isConstructQuad() ? DEF.quadsOffer : DEF.constructOffer;
        if (AcceptList.match(asked, offered) == null) {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "none of the types in Accept (" + accept + ") is one this "
                    + query.queryType().name().toLowerCase() + " query can be answered in: " + offered);
        }
    }

    /** {@code ?output=}, {@code ?format=}, {@code ?results=} or {@code ?accept=}: Fuseki lets them override Accept. */
    private static boolean formatByParameter(HttpAction action) {
        for (String p : new String[] {HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3, HttpNames.paramAccept}) {
            if (action.getRequestParameter(p) != null) return true;
        }
        return false;
    }
}
