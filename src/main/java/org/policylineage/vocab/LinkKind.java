package org.policylineage.vocab;

import org.apache.jena.rdf.model.Resource;

/** What an upward link of the lineage rests on: a citation's relation or the method that found it. */
public sealed interface LinkKind permits CitationRelation, LinkMethod {
    String notation();

    Resource resource();
}
