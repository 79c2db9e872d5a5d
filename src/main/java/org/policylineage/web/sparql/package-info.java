/**
 * The SPARQL endpoint: Fuseki inside the service on the embedded store, or a proxy to a remote store,
 * with the row cap, timeouts, admission control and update guard.
 */
package org.policylineage.web.sparql;
