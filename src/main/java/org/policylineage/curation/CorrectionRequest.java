package org.policylineage.curation;

import java.util.Map;

import org.policylineage.vocab.CurationAction;

/**
 * What a curator asks: an action on the fact {@code target} (an IRI; for an added citation, the
 * citing document), the new values by field name ({@link CuratedField}) for an edit or an addition,
 * and the reason. {@code kind} is needed only to add (what is added); otherwise it is read from the store.
 */
public record CorrectionRequest(CurationAction action, CuratedKind kind, String target, Map<String, String> values, String note) {
    public CorrectionRequest {
        // As typed, less the spaces around: an IRI or a 文号 pasted with a trailing space names the same thing.
        Map<String, String> stripped = new java.util.LinkedHashMap<>();
        if (values != null) values.forEach((k, v) -> stripped.put(k, v == null ? "" : v.strip()));
        values = Map.copyOf(stripped);
    }
}
