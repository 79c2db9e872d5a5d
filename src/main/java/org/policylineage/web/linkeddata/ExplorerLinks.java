package org.policylineage.web.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.policylineage.rdf.DocumentPaths;
import org.policylineage.rdf.IriScheme;
import org.policylineage.vocab.PL;
import org.springframework.web.util.UriUtils;

/** The explorer page a browser is sent to for a resource, chosen by the resource's type. */
final class ExplorerLinks {
    private ExplorerLinks() {}

    static String pageFor(String iri, Set<String> types, IriScheme iris) {
        String documents = iris.document("");
        if (types.contains(PL.PolicyDocument.getURI()) && iri.startsWith(documents)
                && DocumentPaths.isPath(iri.substring(documents.length()))) {
            return "/explore/doc/" + UriUtils.encodePath(iri.substring(documents.length()), StandardCharsets.UTF_8);
        }
        String page = types.contains(PL.Target.getURI()) ? "target"
                : types.contains(PL.Measure.getURI()) ? "measure"
                : types.contains(PL.Agency.getURI()) ? "agency"
                : types.contains(PL.CertificateType.getURI()) ? "cert"
                : types.contains(PL.PolicyDocument.getURI()) ? "lineage"
                : "resource";
        return "/explore/" + page + "?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }
}
