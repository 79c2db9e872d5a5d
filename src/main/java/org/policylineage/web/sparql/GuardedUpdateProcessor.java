package org.policylineage.web.sparql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update operation, refusing {@code LOAD} from anywhere but the allow-list before anything
 * runs. Jena's LOAD reads whatever its IRI names: {@code LOAD <file:///etc/passwd>} read a local
 * file (and its parse error quoted the first line), {@code LOAD <http://…>} made this server fetch
 * any address. A {@code file:} IRI is always refused; an http(s) IRI only when it starts with an
 * entry of {@code policy-lineage.security.load-allowed} (empty by default). The refusal names the
 * IRI and the setting, and nothing read from it. After an update has run, {@code afterUpdate} runs
 * (the corrected view is worked out again: an update may add, change or remove what corrections judge).
 */
final class GuardedUpdateProcessor extends SPARQL_Update {
    private final List<URI> allowed;
    private final long maxBytes;
    private final Runnable afterUpdate;

    GuardedUpdateProcessor(List<String> loadAllowed, long maxBytes, Runnable afterUpdate) {
        this.allowed = loadAllowed == null ? List.of() : loadAllowed.stream().filter(s -> !s.isBlank()).map(URI::create).toList();
        for (URI u : allowed) {
            if (!u.isAbsolute() || !isHttp(u) || u.getHost() == null) {
                throw new IllegalArgumentException("policy-lineage.security.load-allowed: not an http(s) IRI: " + u);
            }
        }
        this.maxBytes = maxBytes;
        this.afterUpdate = afterUpdate;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            ServletOps.error(413, "the update is larger than " + maxBytes + " bytes (policy-lineage.ingest.max-document-size)");
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(bytes, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            request = null; // Fuseki reports the syntax error itself, below.
        }
        if (request != null) {
            for (Update u : request.getOperations()) {
                if (u instanceof UpdateLoad load) {
                    String refusal = refusal(load.getSource());
                    if (refusal != null) ServletOps.errorForbidden(refusal);
                }
            }
        }
        super.execute(action, new ByteArrayInputStream(bytes));
        afterUpdate.run();
    }

    /** Why LOAD may not read this IRI, or null when it may. */
    String refusal(String source) {
        URI uri;
        try {
            uri = URI.create(source);
        } catch (IllegalArgumentException e) {
            return "LOAD refused: <" + source + "> is not an IRI this server may read";
        }
        if (uri.getScheme() != null && uri.getScheme().equalsIgnoreCase("file")) {
            return "LOAD refused: <" + source + "> is a local file, and LOAD never reads local files";
        }
        for (URI a : allowed) {
            if (isHttp(uri) && uri.getHost() != null && a.getScheme().equalsIgnoreCase(uri.getScheme())
                    && a.getHost().equalsIgnoreCase(uri.getHost()) && port(a) == port(uri)
                    && (uri.getRawPath() == null ? "" : uri.getRawPath()).startsWith(a.getRawPath() == null ? "" : a.getRawPath())) {
                return null;
            }
        }
        return "LOAD refused: <" + source + "> is not on the allow-list policy-lineage.security.load-allowed "
                + (allowed.isEmpty() ? "(empty: LOAD is off)" : allowed.toString());
    }

    private static boolean isHttp(URI u) {
        String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return s.equals("http") || s.equals("https");
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
