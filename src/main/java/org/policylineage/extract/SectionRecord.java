package org.policylineage.extract;

/** A top-level part of a document (一、总体要求): its number, heading and span of normalised text. */
public record SectionRecord(int ordinal, String number, String heading, int start, int end) implements NumberedPart {}
