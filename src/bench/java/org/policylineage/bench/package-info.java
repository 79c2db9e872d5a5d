/**
 * The benchmark: generates synthetic corpora, runs the product on them and writes docs/benchmarks.md.
 * Not the product: built into policy-lineage-bench.jar, which runs on the product jar's classpath.
 */
package org.policylineage.bench;
