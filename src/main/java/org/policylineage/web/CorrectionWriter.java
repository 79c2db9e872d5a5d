package org.policylineage.web;

import org.policylineage.curation.Correction;
import org.policylineage.curation.CorrectionRequest;
import org.policylineage.curation.Curation;
import org.policylineage.curation.CuratedKind;
import org.policylineage.lineage.LineageGraph;
import org.policylineage.vocab.CurationAction;
import org.springframework.stereotype.Component;

/**
 * Stores corrections made over HTTP and keeps lineage in step with them: a correction that changes
 * what lineage reads (a target's value, a citation, a rejected link) rebuilds the lineage graph
 * before the answer, so the next page shows lineage from the corrected facts.
 */
@Component
public class CorrectionWriter {
    private final Curation curation;
    private final LineageGraph lineage;

    public CorrectionWriter(Curation curation, LineageGraph lineage) {
        this.curation = curation;
        this.lineage = lineage;
    }

    public synchronized Correction submit(CorrectionRequest request, String curator) {
        Correction c = curation.submit(request, curator);
        if (c.action() != CurationAction.CONFIRM && c.kind() != CuratedKind.DOCUMENT) lineage.rebuild();
        return c;
    }

    public synchronized Curation.ImportOutcome importTrig(java.io.InputStream in) {
        Curation.ImportOutcome outcome = curation.importTrig(in);
        if (outcome.added() > 0) lineage.rebuild();
        return outcome;
    }
}
