/**
 * Reference data every stage shares: regions, agency naming, issuer codes, document kinds,
 * certificate types and the lexicons of {@code data/reference/}, and the bundled ontology. Read-only.
 */
package org.policylineage.reference;
