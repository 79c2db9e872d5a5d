package org.policylineage.store;

import java.io.OutputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateRequest;

/**
 * An external SPARQL 1.1 store (a standalone Fuseki, Virtuoso, GraphDB) reached over its query,
 * update and Graph Store endpoints. Its default graph must be the union of its named graphs.
 */
public final class RemoteStore implements PolicyStore {
    private final String queryEndpoint;
    private final RDFConnection connection;

    public RemoteStore(String queryEndpoint, String updateEndpoint, String gspEndpoint, String user, String password) {
        this.queryEndpoint = queryEndpoint;
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (user != null && !user.isBlank()) {
            http.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password == null ? new char[0] : password.toCharArray());
                }
            });
        }
        this.connection = RDFConnectionRemote.newBuilder()
                .queryEndpoint(queryEndpoint)
                .updateEndpoint(updateEndpoint)
                .gspEndpoint(gspEndpoint)
                .httpClient(http.build())
                .build();
    }

    @Override
    public String describe() { return "remote SPARQL store at " + queryEndpoint; }

    @Override
    public ResultSetRewindable select(Query query, Duration timeout) {
        try (QueryExecution qe = exec(query, timeout)) {
            return ResultSetFactory.copyResults(qe.execSelect());
        }
    }

    @Override
    public void forEachRow(Query query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = exec(query, null)) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    @Override
    public void replaceGraph(String graphIri, Path ntriples) {
        // The Graph Store Protocol PUT streams the file and replaces the graph as one request.
        connection.put(graphIri, ntriples.toString());
    }

    @Override
    public void inTransaction(Runnable work) {
        work.run();
    }

    @Override
    public boolean ask(Query query) {
        try (QueryExecution qe = exec(query, null)) {
            return qe.execAsk();
        }
    }

    @Override
    public Model graphQuery(Query query, Duration timeout) {
        try (QueryExecution qe = exec(query, timeout)) {
            return query.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
        }
    }

    private QueryExecution exec(Query query, Duration timeout) {
        var b = connection.newQuery().query(query);
        if (timeout != null) b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return b.build();
    }

    @Override
    public void update(UpdateRequest update) {
        connection.update(update);
    }

    @Override
    public void write(Map<String, Model> replace, Collection<String> drop) {
        for (String g : drop) {
            try {
                connection.delete(g);
            } catch (RuntimeException e) {
                // A graph that is already gone is what we wanted.
                if (!String.valueOf(e.getMessage()).contains("404")) throw e;
            }
        }
        for (Map.Entry<String, Model> e : replace.entrySet()) connection.put(e.getKey(), e.getValue());
    }

    @Override
    public Model graph(String graphIri) {
        try {
            return connection.fetch(graphIri);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            if (e.getStatusCode() == 404) return org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            throw e;
        }
    }

    @Override
    public void export(OutputStream out, Lang lang) {
        Query q = QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        select(q, null).forEachRemaining(row -> dsg.add(row.get("g").asNode(), row.get("s").asNode(),
                row.get("p").asNode(), row.get("o").asNode()));
        RDFDataMgr.write(out, dsg, lang);
    }

    @Override
    public long size() {
        Query q = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        return select(q, null).next().getLiteral("n").getLong();
    }

    @Override
    public Optional<DatasetGraph> dataset() { return Optional.empty(); }

    @Override
    public void close() {
        connection.close();
    }
}
