package org.policylineage.query;

import java.util.List;

/**
 * A query of {@code queries/}: its name (file name without .rq), the comment that opens it, and its text.
 *
 * @param description the opening comment lines, without their #
 */
public record CuratedQuery(String name, String description, String text) {

    /** The first line of the description: what the query answers. */
    public String summary() {
        return description.lines().findFirst().orElse(name);
    }

    public List<String> descriptionLines() {
        return description.lines().toList();
    }
}
