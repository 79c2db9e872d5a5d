/**
 * The ontology's terms as Java constants, like Jena's vocabulary classes: {@link org.policylineage.vocab.PL}
 * and the enums of its concept schemes, each carrying its IRI. Kept in step with {@code ontology/} by
 * VocabularyTest.
 */
package org.policylineage.vocab;
