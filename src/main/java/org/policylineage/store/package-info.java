/**
 * Where the graphs live: the embedded TDB2 store or a remote SPARQL 1.1 store behind one interface,
 * {@link org.policylineage.store.PolicyStore}. Takes graphs and SPARQL, gives materialised results;
 * knows nothing of extraction or lineage.
 */
package org.policylineage.store;
