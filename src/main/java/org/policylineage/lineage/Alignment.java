package org.policylineage.lineage;

import java.util.List;

/**
 * A child measure that follows a parent measure.
 *
 * @param method           text-reuse or named-programme (or both)
 * @param score            how strongly the text supports the link, 0..1
 * @param reuseCoefficient share of the child's words copied from the parent, 0..1
 * @param passages         the passages both share, as normalised offsets in each document's text
 */
record Alignment(LineageCorpus.Measure child, LineageCorpus.Measure parent, List<String> methods, double score,
                 double reuseCoefficient, double parentCoverage, List<Passage> passages) {

    /** A passage reused word for word: [childStart, childEnd) and [parentStart, parentEnd) in each document's normalised text. */
    record Passage(int childStart, int childEnd, int parentStart, int parentEnd) {}
}
