/**
 * Decodes and normalises text: bytes or read text to a normalised text with offsets into the original
 * (traditional to simplified, page chrome, whitespace). Gives text to {@code extract}; knows nothing of
 * extraction, RDF or the store.
 */
package org.policylineage.text;
