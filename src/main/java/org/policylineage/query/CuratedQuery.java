package org.policylineage.query;

import java.util.List;

/**
 * A query of {@code queries/}: its name (file name without .rq), the comment that opens it, and its text.
 *
 * @param description   the opening comment lines, without their #, in English
 * @param descriptionZh the same in Chinese: the opening comment's lines that begin {@code zh:}, without it; empty
 *                      when the query has none
 */
public record CuratedQuery(String name, String description, String descriptionZh, String text) {

    /** The first line of the description: what the query answers. */
    public String summary() {
        return description.lines().findFirst().orElse(name);
    }

    /** The first line of the Chinese description, or the English summary when there is none. */
    public String summaryZh() {
        return descriptionZh.lines().findFirst().orElse(summary());
    }

    public List<String> descriptionLines() {
        return description.lines().toList();
    }
}
