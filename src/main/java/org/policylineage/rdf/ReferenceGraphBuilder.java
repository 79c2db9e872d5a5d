package org.policylineage.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policylineage.reference.AgencyFunction;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.vocab.PL;

/** The reference graph: regions and agency functions as SKOS concepts under the configured base. */
public final class ReferenceGraphBuilder {
    private final IriScheme iris;

    public ReferenceGraphBuilder(IriScheme iris) {
        this.iris = iris;
    }

    public Model build(ReferenceData reference) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        Resource regions = m.createResource(iris.regionScheme()).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "Regions", "en").addProperty(SKOS.prefLabel, "行政区域", "zh");
        for (Region r : reference.regions().all()) {
            Resource res = m.createResource(iris.region(r.slug()))
                    .addProperty(RDF.type, PL.Region).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, regions)
                    .addProperty(SKOS.prefLabel, r.name(), "zh")
                    .addProperty(SKOS.prefLabel, r.nameEn(), "en")
                    .addProperty(RDFS.label, r.name(), "zh")
                    .addProperty(SKOS.notation, r.slug())
                    .addProperty(PL.regionLevel, m.createResource(PL.RegionLevels.NS + r.level()));
            for (String alias : r.aliases()) res.addProperty(SKOS.altLabel, alias, "zh");
            if (!r.code().isEmpty()) res.addProperty(PL.divisionCode, r.code());
            if (!r.parentSlug().isEmpty()) res.addProperty(SKOS.broader, m.createResource(iris.region(r.parentSlug())));
            else res.addProperty(SKOS.topConceptOf, regions);
            for (String g : r.memberOf()) res.addProperty(PL.memberOf, m.createResource(iris.region(g)));
        }
        Resource functions = m.createResource(iris.agencyFunctionScheme()).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "Agency functions", "en").addProperty(SKOS.prefLabel, "部门职能", "zh");
        for (AgencyFunction f : reference.agencies().functions()) {
            m.createResource(iris.agencyFunction(f.code()))
                    .addProperty(RDF.type, PL.AgencyFunction).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.inScheme, functions)
                    .addProperty(SKOS.notation, f.code())
                    .addProperty(SKOS.prefLabel, f.nameEn(), "en")
                    .addProperty(SKOS.prefLabel, f.nameLocal().replace("{S}", ""), "zh");
        }
        m.createResource(iris.indicatorScheme()).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(SKOS.prefLabel, "Indicators", "en").addProperty(SKOS.prefLabel, "指标", "zh");
        return m;
    }
}
