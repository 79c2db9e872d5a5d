package org.policylineage.extract;

import java.util.Optional;

import org.policylineage.reference.ResolvedAgency;

/**
 * An agency named in a document, as written and, where its name and the document's jurisdiction
 * allow, resolved.
 *
 * @param lead  whether the document names it as the lead (牵头) agency
 * @param start normalised offset of the name
 */
public record AgencyMention(String asWritten, Optional<ResolvedAgency> agency, boolean lead, int start, int end) {}
