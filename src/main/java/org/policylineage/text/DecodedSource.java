package org.policylineage.text;

/**
 * The text of a source file and how it was read.
 *
 * @param text     the decoded text; for an HTML page, the page's visible text
 * @param encoding the character encoding detected (UTF-8, UTF-16LE, UTF-16BE, GB18030)
 * @param html     whether the source was an HTML page whose text was extracted
 */
public record DecodedSource(String text, String encoding, boolean html) {}
