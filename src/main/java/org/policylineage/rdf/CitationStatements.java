package org.policylineage.rdf;

import org.apache.jena.rdf.model.Resource;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.ELI;
import org.policylineage.vocab.PL;

/**
 * What a citation's relation states between the two documents, beside the citation node: ELI's applies, our forwards,
 * and ELI's changes (repeals, amends) with their inverses. A document repealed by an issued document is no longer in
 * force; a draft that says it repeals something repeals nothing yet, so its citation keeps the relation and nothing more.
 */
public final class CitationStatements {
    private CitationStatements() {}

    public static void state(Resource citing, Resource cited, CitationRelation relation, boolean citingIsDraft) {
        citing.addProperty(ELI.cites, cited);
        if (relation == CitationRelation.IMPLEMENTS) citing.addProperty(ELI.applies, cited);
        if (relation == CitationRelation.FORWARDS) citing.addProperty(PL.forwards, cited);
        if (!relation.isChange() || citingIsDraft) return;
        citing.addProperty(ELI.changes, cited);
        cited.addProperty(ELI.changed_by, citing);
        if (relation == CitationRelation.REPEALS) {
            citing.addProperty(ELI.repeals, cited);
            cited.addProperty(ELI.repealed_by, citing).addProperty(ELI.in_force, ELI.InForce_notInForce);
        } else {
            citing.addProperty(ELI.amends, cited);
            cited.addProperty(ELI.amended_by, citing);
        }
    }
}
