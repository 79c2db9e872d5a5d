/**
 * Lineage: reads the stored corpus and writes the lineage graph (measure alignments, target links,
 * ancestries with method, score and evidence). This package is what the rest of the code calls
 * ({@link org.policylineage.lineage.LineageGraph}, {@link org.policylineage.lineage.LineageSummary});
 * {@code engine} computes the graph. Never touches extraction or HTTP.
 */
package org.policylineage.lineage;
