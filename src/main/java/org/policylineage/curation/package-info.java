/**
 * Curation: takes curators' corrections (confirm, reject, edit, add) of stored facts and gives each
 * its own named graph, the curated graph (what the corrections that still apply assert) and the
 * statements the corrected view hides. Reads and writes the store; must not touch the extractors,
 * lineage or HTTP.
 */
package org.policylineage.curation;
