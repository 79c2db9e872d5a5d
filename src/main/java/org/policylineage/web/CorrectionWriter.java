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
    /** What lineage is computed from: a correction of anything else (a document's title, a responsibility) leaves it as it is. */
    private static final java.util.Set<CuratedKind> LINEAGE_READS = java.util.EnumSet.of(CuratedKind.TARGET, CuratedKind.CITATION,
            CuratedKind.ALIGNMENT, CuratedKind.TARGET_LINK);

    private final Curation curation;
    private final LineageGraph lineage;

    public CorrectionWriter(Curation curation, LineageGraph lineage) {
        this.curation = curation;
        this.lineage = lineage;
    }

    public synchronized Correction submit(CorrectionRequest request, String curator) {
        Correction c = curation.submit(request, curator);
        if (c.action() != CurationAction.CONFIRM && LINEAGE_READS.contains(c.kind())) lineage.rebuild();
        return c;
    }

    public synchronized Curation.ImportOutcome importTrig(java.io.InputStream in) {
        Curation.ImportOutcome outcome = curation.importTrig(in);
        if (outcome.added() > 0) lineage.rebuild();
        return outcome;
    }
}
