package org.policylineage.web.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.policylineage.query.Row;
import org.policylineage.query.Rows;
import org.policylineage.store.PolicyStore;
import org.policylineage.web.api.ApiModel.CoveredMeasure;
import org.policylineage.web.api.ApiModel.DocumentCoverage;
import org.policylineage.web.api.ApiModel.DocumentSummary;
import org.policylineage.web.api.ApiModel.LinkEvidence;
import org.policylineage.web.api.ApiModel.MeasureRef;
import org.policylineage.web.api.ApiModel.ParentCoverage;
import org.policylineage.web.api.ApiModel.Rollup;
import org.policylineage.web.api.ApiModel.RollupChild;
import org.policylineage.web.api.ApiModel.RollupSums;
import org.policylineage.web.api.ApiModel.TargetView;
import org.springframework.stereotype.Component;

/**
 * A document's coverage of its parents' measures and the roll-up of its targets, read with the curated queries a
 * researcher runs at /sparql (coverage.rq, no-counterpart.rq, target-rollup.rq, target-lineage.rq), so the explorer
 * and a query never disagree.
 */
@Component
class CoverageQueries {
    private final PolicyStore store;
    private final ApiQueries api;

    CoverageQueries(PolicyStore store, ApiQueries api) {
        this.store = store;
        this.api = api;
    }

    private List<Row> curated(String name, Map<String, Node> bindings) {
        return Rows.of(store, "queries/" + name + ".rq", bindings);
    }

    /**
     * What one answer has read already: a document's summary and its targets are read once however many links name
     * them (a province's target followed by the same cities' targets, target after target).
     */
    private final class Reads {
        final Map<String, DocumentSummary> summaries = new HashMap<>();
        final Map<String, Map<String, TargetView>> targets = new HashMap<>();

        DocumentSummary summary(String docIri) {
            return summaries.computeIfAbsent(docIri, api::summaryOf);
        }

        TargetView target(String docIri, String targetIri) {
            TargetView t = targets.computeIfAbsent(docIri, api::targetsOf).get(targetIri);
            return t != null ? t : api.targetView(targetIri);
        }
    }

    DocumentCoverage coverage(String docIri) {
        Node doc = ApiQueries.iri(docIri);
        Reads reads = new Reads();
        reads.summary(docIri);
        Map<String, List<CoveredMeasure>> byParent = new LinkedHashMap<>();
        for (Row r : curated("coverage", Map.of("childDoc", doc))) {
            MeasureRef parent = new MeasureRef(r.string("parentMeasure"), r.integer("parentOrdinal"), r.string("parentHeading"));
            MeasureRef child = r.has("childMeasure") ? new MeasureRef(r.string("childMeasure"), 0, null) : null;
            byParent.computeIfAbsent(r.string("parentDoc"), k -> new ArrayList<>()).add(new CoveredMeasure(parent, child));
        }
        List<ParentCoverage> parents = new ArrayList<>();
        byParent.forEach((parentDoc, measures) -> {
            int passedDown = (int) measures.stream().filter(m -> m.childMeasure() != null).count();
            parents.add(new ParentCoverage(reads.summary(parentDoc), passedDown, measures.size() - passedDown, measures));
        });
        List<MeasureRef> local = curated("no-counterpart", Map.of("doc", doc)).stream()
                .map(r -> new MeasureRef(r.string("measure"), r.integer("ordinal"), r.string("heading"))).toList();
        Map<String, List<Row>> sums = groupedByParent(curated("target-rollup", Map.of("parentDoc", doc)));
        List<Rollup> rollups = new ArrayList<>();
        groupedByParent(curated("target-lineage", Map.of("parentDoc", doc))).forEach((parent, links) ->
                rollups.add(rollup(reads, reads.target(docIri, parent), links, sums.getOrDefault(parent, List.of()))));
        return new DocumentCoverage(docIri, parents, local, rollups);
    }

    /** Whether the targets that follow one target add up to it; a roll-up with no children when none follow it. */
    Rollup rollup(String targetIri) {
        TargetView parent = api.targetView(targetIri);
        Node t = ApiQueries.iri(targetIri);
        return rollup(new Reads(), parent, curated("target-lineage", Map.of("parent", t)), curated("target-rollup", Map.of("parent", t)));
    }

    private static Map<String, List<Row>> groupedByParent(List<Row> rows) {
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        for (Row r : rows) grouped.computeIfAbsent(r.string("parent"), k -> new ArrayList<>()).add(r);
        return grouped;
    }

    /**
     * The roll-up of one parent target: its linked children with their evidence, summed as target-rollup.rq sums them
     * (a link with a share, due the same year).
     */
    private Rollup rollup(Reads reads, TargetView parent, List<Row> links, List<Row> sums) {
        List<RollupChild> children = new ArrayList<>();
        for (Row r : links) {
            String childDoc = r.string("childDoc");
            boolean counted = r.has("share") && !r.bool("deadlineDiffers");
            children.add(new RollupChild(reads.target(childDoc, r.string("child")), reads.summary(childDoc), r.decimal("share"),
                    counted, new LinkEvidence(r.string("method"), r.number("score"), r.bool("deadlineDiffers"), r.string("explanation"))));
        }
        children.sort((a, b) -> compareValues(b.target().value(), a.target().value()));
        if (sums.isEmpty()) return new Rollup(parent, children, 0, null);
        Row s = sums.get(0);
        return new Rollup(parent, children, s.integer("children"),
                new RollupSums(s.decimal("sumOfChildValues"), s.decimal("sumOfShares"), s.decimal("remaining")));
    }

    private static int compareValues(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
        return a.compareTo(b);
    }
}
