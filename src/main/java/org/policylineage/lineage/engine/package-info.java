/**
 * The lineage engine: candidates by sketch, local alignment of measures, inference for documents that
 * cite nothing, target links, closures, written to a file. Takes the stored corpus, gives the lineage
 * graph; package-private but for {@link org.policylineage.lineage.engine.LineageComputation}.
 */
package org.policylineage.lineage.engine;
