package org.policylineage.reference;

import org.apache.jena.rdf.model.Model;

/** All reference data the extractors and the graph builder use, loaded once from the classpath. */
public final class ReferenceData {
    private final Model ontology;
    private final RegionDirectory regions;
    private final AgencyResolver agencies;
    private final IssuerCodes issuerCodes;
    private final CertificateTypes certificateTypes;
    private final DocumentKinds documentKinds;
    private final Lexicon lexicon;

    private ReferenceData() {
        ontology = Ontology.model();
        regions = RegionDirectory.load();
        agencies = new AgencyResolver(regions, AgencyResolver.loadFunctions());
        issuerCodes = new IssuerCodes(regions, agencies);
        certificateTypes = new CertificateTypes(ontology);
        documentKinds = new DocumentKinds(ontology);
        lexicon = new Lexicon(ontology);
    }

    private static final class Holder {
        static final ReferenceData BUNDLED = new ReferenceData();
    }

    /** The reference data bundled with the application. */
    public static ReferenceData bundled() { return Holder.BUNDLED; }

    public Model ontology() { return ontology; }
    public RegionDirectory regions() { return regions; }
    public AgencyResolver agencies() { return agencies; }
    public IssuerCodes issuerCodes() { return issuerCodes; }
    public CertificateTypes certificateTypes() { return certificateTypes; }
    public DocumentKinds documentKinds() { return documentKinds; }
    public Lexicon lexicon() { return lexicon; }
}
