package org.policylineage.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the policy-lineage ontology ({@code ontology/policy-lineage.ttl}) and its concept schemes. */
public final class PL {
    public static final String NS = "https://w3id.org/policy-lineage/def#";
    public static final String DEF = "https://w3id.org/policy-lineage/def/";

    private PL() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Section = resource("Section");
    public static final Resource Measure = resource("Measure");
    public static final Resource DocumentLevel = resource("DocumentLevel");
    public static final Resource DocumentKind = resource("DocumentKind");
    public static final Resource DocumentStatus = resource("DocumentStatus");
    public static final Resource SourceFile = resource("SourceFile");
    public static final Resource IngestActivity = resource("IngestActivity");
    public static final Resource LineageActivity = resource("LineageActivity");
    public static final Resource Agency = resource("Agency");
    public static final Resource AgencyFunction = resource("AgencyFunction");
    public static final Resource Responsibility = resource("Responsibility");
    public static final Resource Region = resource("Region");
    public static final Resource RegionLevel = resource("RegionLevel");
    public static final Resource CertificateType = resource("CertificateType");
    public static final Resource CertificateTypeStatement = resource("CertificateTypeStatement");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource Target = resource("Target");
    public static final Resource QuantitativeTarget = resource("QuantitativeTarget");
    public static final Resource Milestone = resource("Milestone");
    public static final Resource Citation = resource("Citation");
    public static final Resource CitationRelation = resource("CitationRelation");
    public static final Resource LinkMethod = resource("LinkMethod");
    public static final Resource MeasureAlignment = resource("MeasureAlignment");
    public static final Resource SharedPassage = resource("SharedPassage");
    public static final Resource TargetLink = resource("TargetLink");
    public static final Resource Ancestry = resource("Ancestry");
    public static final Resource Continuation = resource("Continuation");
    public static final Resource TargetChange = resource("TargetChange");
    public static final Resource TargetChangeKind = resource("TargetChangeKind");
    public static final Property changeKind = property("changeKind");
    public static final Property earlierDocument = property("earlierDocument");
    public static final Property laterDocument = property("laterDocument");
    public static final Property earlierTarget = property("earlierTarget");
    public static final Property laterTarget = property("laterTarget");
    public static final Property earlierValue = property("earlierValue");
    public static final Property laterValue = property("laterValue");

    public static final Property level = property("level");
    public static final Property status = property("status");
    public static final Property inCorpus = property("inCorpus");
    public static final Property issuerCode = property("issuerCode");
    public static final Property documentYear = property("documentYear");
    public static final Property serialNumber = property("serialNumber");
    public static final Property earliestDate = property("earliestDate");
    public static final Property jurisdictionEvidence = property("jurisdictionEvidence");
    public static final Property titleKey = property("titleKey");
    public static final Property sourceFile = property("sourceFile");
    public static final Property document = property("document");
    public static final Property ordinal = property("ordinal");
    public static final Property heading = property("heading");
    public static final Property text = property("text");
    public static final Property evidence = property("evidence");
    public static final Property fileName = property("fileName");
    public static final Property sha256 = property("sha256");
    public static final Property encoding = property("encoding");
    public static final Property content = property("content");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Resource Page = resource("Page");
    public static final Resource PageReading = resource("PageReading");
    public static final Resource OriginalFile = resource("OriginalFile");
    public static final Resource TextLayer = resource("TextLayer");
    public static final Resource OCR = resource("OCR");
    public static final Property page = property("page");
    public static final Property pageNumber = property("pageNumber");
    public static final Property pageStart = property("pageStart");
    public static final Property readBy = property("readBy");
    public static final Property ocrConfidence = property("ocrConfidence");
    public static final Property original = property("original");
    public static final Property bytes = property("bytes");
    /** A token that changes with every write of documents: the corpus-state graph holds the present one, the lineage graph the one it was computed from. */
    public static final Property documentsRevision = property("documentsRevision");
    /** In the corpus-state graph: no stored document is under a former IRI, so a start need not look for one. */
    public static final Property documentIrisMoved = property("documentIrisMoved");
    public static final Property jurisdiction = property("jurisdiction");
    public static final Property hasResponsibility = property("hasResponsibility");
    public static final Property responsibleAgency = property("responsibleAgency");
    public static final Property agency = property("agency");
    public static final Property asWritten = property("asWritten");
    public static final Property lead = property("lead");
    public static final Property position = property("position");
    public static final Property regionLevel = property("regionLevel");
    public static final Property divisionCode = property("divisionCode");
    public static final Property memberOf = property("memberOf");
    public static final Property rank = property("rank");
    public static final Property certificateType = property("certificateType");
    public static final Property hasTarget = property("hasTarget");
    public static final Property measure = property("measure");
    public static final Property indicator = property("indicator");
    public static final Property indicatorAsWritten = property("indicatorAsWritten");
    public static final Property value = property("value");
    public static final Property upperValue = property("upperValue");
    public static final Property unit = property("unit");
    public static final Property comparator = property("comparator");
    public static final Property aspirational = property("aspirational");
    public static final Property deadline = property("deadline");
    public static final Property changeDirection = property("changeDirection");
    public static final Property baselineYear = property("baselineYear");
    public static final Property scope = property("scope");
    public static final Property hasCitation = property("hasCitation");
    public static final Property citing = property("citing");
    public static final Property cited = property("cited");
    public static final Property relation = property("relation");
    public static final Property citedTitle = property("citedTitle");
    public static final Property citedNumber = property("citedNumber");
    public static final Property foundIn = property("foundIn");
    public static final Property forwards = property("forwards");
    public static final Property method = property("method");
    public static final Property score = property("score");
    public static final Property explanation = property("explanation");
    public static final Property childMeasure = property("childMeasure");
    public static final Property parentMeasure = property("parentMeasure");
    public static final Property followsMeasure = property("followsMeasure");
    public static final Property reuseCoefficient = property("reuseCoefficient");
    public static final Property sharedPassage = property("sharedPassage");
    public static final Property sharedText = property("sharedText");
    public static final Property childStart = property("childStart");
    public static final Property childEnd = property("childEnd");
    public static final Property parentStart = property("parentStart");
    public static final Property parentEnd = property("parentEnd");
    public static final Property noCounterpart = property("noCounterpart");
    public static final Property childTarget = property("childTarget");
    public static final Property parentTarget = property("parentTarget");
    public static final Property derivesFromTarget = property("derivesFromTarget");
    public static final Property share = property("share");
    public static final Property inheritedUnchanged = property("inheritedUnchanged");
    public static final Property deadlineDiffers = property("deadlineDiffers");
    public static final Property localAddition = property("localAddition");
    public static final Property descendant = property("descendant");
    public static final Property ancestor = property("ancestor");
    public static final Property depth = property("depth");
    public static final Property via = property("via");
    public static final Property derivesFrom = property("derivesFrom");
    public static final Property hasAncestor = property("hasAncestor");

    /** Document kinds (文种): {@code def/kind/}. */
    public static final class Kind {
        public static final String NS = DEF + "kind/";
        private Kind() {}
    }

    /** Document status: {@code def/status/}. */
    public static final class Status {
        public static final String NS = DEF + "status/";
        public static final Resource issued = ResourceFactory.createResource(NS + "issued");
        public static final Resource draft = ResourceFactory.createResource(NS + "draft");
        private Status() {}
    }

    // Document levels, citation relations and link methods are enums beside this class:
    // DocumentLevel, CitationRelation, LinkMethod.

    /** Region levels: {@code def/region-level/}. */
    public static final class RegionLevels {
        public static final String NS = DEF + "region-level/";
        private RegionLevels() {}
    }

    /** Certificate types: {@code def/cert-type/}. */
    public static final class CertType {
        public static final String NS = DEF + "cert-type/";
        private CertType() {}
    }

    // Curation: corrections beside what they judge (ontology/policy-lineage.ttl, "curation").
    public static final Resource Correction = resource("Correction");
    public static final Resource CurationAction = resource("CurationAction");
    public static final Resource CurationStatus = resource("CurationStatus");
    public static final Resource Curator = resource("Curator");
    public static final Property action = property("action");
    public static final Property curationStatus = property("curationStatus");
    public static final Property correction = property("correction");
    public static final Property appliesTo = property("appliesTo");
    public static final Property orphaned = property("orphaned");
    public static final Property replaces = property("replaces");
    public static final Property removes = property("removes");
    public static final Property confidence = property("confidence");
}
