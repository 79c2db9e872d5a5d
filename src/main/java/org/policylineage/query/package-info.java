/**
 * SPARQL the code and users run: the curated queries of {@code queries/}, parameter binding and
 * result writing. Reads the store; writes nothing.
 */
package org.policylineage.query;
