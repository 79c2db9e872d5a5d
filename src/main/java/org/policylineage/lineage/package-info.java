/**
 * Lineage: reads the stored corpus and writes the lineage graph (measure alignments, target links,
 * ancestries with method, score and evidence). {@link org.policylineage.lineage.LineageService} is its
 * public entry; the rest is its engine. Never touches extraction or HTTP.
 */
package org.policylineage.lineage;
