/**
 * The first stage: a document's bytes as published (PDF, Word, WPS, OFD, scanned pages, saved web pages, plain
 * text) to its text, with the pages it came on and how each page was read. Gives text to {@code text}; knows
 * nothing of extraction, RDF or the store.
 */
package org.policylineage.read;
