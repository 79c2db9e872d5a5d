/**
 * SHACL validation of the stored graph against {@code ontology/shapes.ttl}. Reads the store; writes nothing.
 */
package org.policylineage.validation;
