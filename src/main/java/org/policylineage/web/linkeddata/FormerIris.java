package org.policylineage.web.linkeddata;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.policylineage.extract.DocNumber;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.rdf.DocumentPaths;
import org.policylineage.rdf.IriScheme;
import org.policylineage.rdf.Slugs;
import org.policylineage.store.PolicyStore;
import org.springframework.stereotype.Component;

/**
 * Finds the present path of a document from the one segment its IRI had before {@link DocumentPaths}:
 * {@code su-zheng-ban-fa-abb2a-2022-21} (文号: issuer code's pinyin, a hash of the code, year, serial),
 * a title's slug, or {@code untitled-…}. Nothing about former IRIs is stored: they are worked out from
 * what the store holds (the 文号's parts, the titles), so a store loaded after the change answers them too.
 */
@Component
public class FormerIris {
    private static final Pattern NUMBERED = Pattern.compile("([a-z0-9-]+)-[0-9a-f]{5}-([0-9]{4})-([0-9]{1,5})");
    private static final Pattern TITLE_HASH = Pattern.compile("(.+)-[0-9a-f]{8}");
    /** What follows a document's segment in the IRI of one of its parts (IriScheme). */
    static final Set<String> PART_KINDS = Set.of("section", "measure", "target", "citation", "agency");

    private final PolicyStore store;
    private final IriScheme iris;

    FormerIris(PolicyStore store, IriScheme iris) {
        this.store = store;
        this.iris = iris;
    }

    /**
     * Where a path that names a document by its former segment after {@code prefix} leads: the document's present
     * path under id/doc/ (not percent-encoded) and what followed the former segment (a part, as written).
     */
    record Moved(String prefix, String present, String tail) {}

    /**
     * The move of a URL path or IRI path ({@code /id/doc/su-fu-ban-40933-2022-140/target/7-1}) that names a document by
     * its former IRI after one of {@code prefixes}, each with the kinds of part that may follow the document. A former
     * path is one segment where a present one has three, so the two are told apart by shape: after a former segment
     * comes nothing, an extension, or a part's kind. {@code extension}: whether {@code .ttl} and the like may end it.
     */
    Optional<Moved> moved(String path, Map<String, Set<String>> prefixes, boolean extension) {
        for (var p : prefixes.entrySet()) {
            if (!path.startsWith(p.getKey()) || path.length() == p.getKey().length()) continue;
            String rest = path.substring(p.getKey().length());
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            String tail = slash < 0 ? "" : rest.substring(slash);
            if (!tail.isEmpty()) {
                String next = tail.substring(1).split("/", 2)[0];
                if (!p.getValue().contains(next)) return Optional.empty();
            }
            int dot = segment.lastIndexOf('.');
            if (extension && tail.isEmpty() && dot > 0) {
                tail = segment.substring(dot);
                segment = segment.substring(0, dot);
            }
            String after = tail;
            return currentPath(segment).map(now -> new Moved(p.getKey(), now, after));
        }
        return Optional.empty();
    }

    /** Where a document's IRI, or one of its parts' or its graph's, was minted: under the base, by the same paths. */
    private static final Map<String, Set<String>> MINTED = Map.of("/id/doc/", PART_KINDS, "/graph/doc/", Set.of());

    /**
     * The present IRI of a document, a part or a graph named by its former IRI
     * ({@code …/id/doc/su-fu-ban-40933-2022-140/target/7-1} → {@code …/id/doc/su-fu-ban/2022/140/target/7-1}), or empty
     * for any other IRI.
     */
    public Optional<String> currentIri(String iri) {
        String base = iris.base();
        if (!iri.startsWith(base)) return Optional.empty();
        return moved("/" + iri.substring(base.length()), MINTED, false)
                .map(m -> base + m.prefix().substring(1) + m.present() + m.tail());
    }

    /** The present path under id/doc/ of the document whose former path was {@code former}. */
    public Optional<String> currentPath(String former) {
        if (!former.matches("[a-z0-9][a-z0-9-]{0,199}")) return Optional.empty();
        Matcher n = NUMBERED.matcher(former);
        if (n.matches()) {
            List<Row> rows = Rows.of(store, "sparql/linkeddata/former-numbered.rq", Map.of(
                    "year", NodeFactory.createLiteralDT(n.group(2), XSDDatatype.XSDgYear),
                    "serial", NodeFactory.createLiteralDT(String.valueOf(Integer.parseInt(n.group(3))), XSDDatatype.XSDinteger)));
            for (Row r : rows) {
                DocNumber number = new DocNumber(r.string("code"), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)));
                if (Slugs.former(number).equals(former)) return ownPath(r.string("doc"));
            }
            return Optional.empty();
        }
        Matcher cut = TITLE_HASH.matcher(former);
        for (String last : cut.matches() ? List.of(former, cut.group(1)) : List.of(former)) {
            List<Row> rows = Rows.of(store, "sparql/linkeddata/former-by-last-segment.rq",
                    Map.of("suffix", NodeFactory.createLiteralString("/" + last)));
            for (Row r : rows) {
                boolean untitled = former.startsWith("untitled-") && !r.has("key");
                if (untitled || (r.has("key") && Slugs.of(r.string("key")).equals(former))) {
                    Optional<String> path = ownPath(r.string("doc"));
                    if (path.isPresent()) return path;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> ownPath(String docIri) {
        String prefix = iris.document("");
        if (!docIri.startsWith(prefix)) return Optional.empty();
        String path = docIri.substring(prefix.length());
        return DocumentPaths.isPath(path) ? Optional.of(path) : Optional.empty();
    }
}
