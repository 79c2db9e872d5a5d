package org.policylineage.rdf;

/**
 * The IRIs this project mints, all under one configurable base, so that a deployment serves them
 * as dereferenceable linked data: {@code {base}id/doc/su-zheng-ban-fa-abb2a-2022-21}.
 */
public final class IriScheme {
    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    public String document(String slug) { return base + "id/doc/" + slug; }
    public String section(String doc, int ordinal) { return doc + "/section/" + ordinal; }
    public String measure(String doc, String key) { return doc + "/measure/" + key; }
    public String target(String doc, String measureKey, int index) { return doc + "/target/" + measureKey + "-" + index; }
    /** A target stated outside every measure. */
    public String documentTarget(String doc, int index) { return doc + "/target/doc-" + index; }
    public String citation(String doc, int index) { return doc + "/citation/" + index; }
    public String agency(String key) { return base + "id/agency/" + key; }
    /** An agency named relative to a jurisdiction the document does not reveal: scoped to the document. */
    public String unresolvedAgency(String doc, String asWritten) { return doc + "/agency/" + Slugs.of(asWritten); }
    public String agencyFunction(String code) { return base + "id/agency-function/" + code; }
    public String region(String slug) { return base + "id/region/" + slug; }
    public String indicator(String key) { return base + "id/indicator/" + Slugs.of(key); }
    public String source(String sha256) { return base + "id/source/" + sha256.substring(0, 16); }
    /** The bytes of a source file as published. */
    public String original(String sha256) { return source(sha256) + "/original"; }
    /** A page of a paged source file. */
    public String page(String sha256, int number) { return source(sha256) + "/page/" + number; }
    /** Where the file a document was read from is served, as published. */
    public String sourceDownload(String docIri) { return base + "api/documents/" + slugOf(docIri) + "/source"; }
    public String software() { return base + "id/software/policy-lineage"; }
    /** A computed lineage node (alignment, target link, ancestry), named by a hash of what it links. */
    public String lineageNode(String kind, String key) { return base + "id/" + kind + "/" + Slugs.hash(key, 16); }

    public String documentGraph(String docSlug) { return base + "graph/doc/" + docSlug; }
    /** Holds the bytes of one original file, apart from the document graph that queries read. */
    public String originalGraph(String sha256) { return base + "graph/source/" + sha256.substring(0, 16); }
    public String referenceGraph() { return base + "graph/reference"; }
    public String ontologyGraph() { return base + "graph/ontology"; }
    public String lineageGraph() { return base + "graph/lineage"; }
    /** Holds the revision of the stored documents, written with them, so lineage can tell it is out of date. */
    public String corpusStateGraph() { return base + "graph/corpus-state"; }

    public String regionScheme() { return base + "id/region"; }
    public String indicatorScheme() { return base + "id/indicator"; }
    public String agencyFunctionScheme() { return base + "id/agency-function"; }

    /** The slug of a document IRI minted by this scheme. */
    public String slugOf(String documentIri) {
        return documentIri.substring(documentIri.lastIndexOf('/') + 1);
    }
}
