/**
 * The synthetic-corpus generator: reproducible documents of every level with their true lineage (truth.tsv),
 * for the benchmark. Not the product.
 */
package org.policylineage.synthetic;
