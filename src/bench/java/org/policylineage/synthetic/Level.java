package org.policylineage.synthetic;

/** The level of a synthetic document, named as the ontology's document levels are. */
enum Level {
    NATIONAL("national"),
    REGIONAL("regional"),
    PROVINCIAL("provincial"),
    MUNICIPAL("municipal"),
    COUNTY("county");

    private final String notation;

    Level(String notation) {
        this.notation = notation;
    }

    String notation() { return notation; }
}
