package org.policylineage.extract;

/**
 * A numbered part of a document: a section (一、总体要求) or a measure （三）, with its number, heading and span of
 * normalised text. Both are written to the graph the same way, as subdivisions of their document.
 */
public interface NumberedPart {
    /** Its place among the parts of its kind, from 1. */
    int ordinal();

    /** The number as written: 一、, （三）. */
    String number();

    String heading();

    int start();

    int end();
}
