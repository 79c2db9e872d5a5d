package org.policylineage.rdf;

import org.policylineage.extract.DocNumber;
import org.policylineage.reference.ReferenceData;

/**
 * The IRIs this project mints, all under one configurable base, so that a deployment serves them
 * as dereferenceable linked data: {@code {base}id/doc/su-zheng-ban-fa/2022/21} (see {@link DocumentPaths}).
 */
public final class IriScheme {
    private final String base;
    private final DocumentPaths paths;

    public IriScheme(String base) {
        this(base, ReferenceData.bundled());
    }

    public IriScheme(String base, ReferenceData reference) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.paths = new DocumentPaths(reference);
    }

    public String base() { return base; }

    /** How document paths are read from a document's identity. */
    public DocumentPaths paths() { return paths; }

    /** A document by its path under id/doc/ ({@link DocumentPaths}). */
    public String document(String path) { return base + "id/doc/" + path; }

    /** A document by its 文号: {@code {base}id/doc/su-zheng-ban-fa/2022/21}. */
    public String document(DocNumber number) { return document(paths.of(number)); }
    public String section(String doc, int ordinal) { return doc + "/section/" + ordinal; }
    public String measure(String doc, String key) { return doc + "/measure/" + key; }
    public String target(String doc, String measureKey, int index) { return doc + "/target/" + measureKey + "-" + index; }
    /** A target stated outside every measure. */
    public String documentTarget(String doc, int index) { return doc + "/target/doc-" + index; }
    public String citation(String doc, int index) { return doc + "/citation/" + index; }
    /**
     * An agency named responsible for a measure, by the measure and the agency (not by its place in the note),
     * so that a correction names it again when the document is read again; {@code occurrence} tells apart the
     * rare second naming of the same agency in one measure.
     */
    public String responsibility(String measure, String agency, int occurrence) {
        String tail = agency.substring(agency.lastIndexOf("/agency/") + "/agency/".length()).replace('/', '-');
        return measure + "/responsibility/" + tail + (occurrence > 1 ? "-" + occurrence : "");
    }
    /** The statement that a measure names a certificate type (the concept's notation, the last segment of its IRI). */
    public String certificateTypeStatement(String measure, String type) {
        return measure + "/certificate-type/" + type.substring(type.lastIndexOf('/') + 1);
    }
    /** A document's text in one language (an ELI expression): {@code …/expression/zh}. */
    public String expression(String doc, String language) { return doc + "/expression/" + language; }
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
    public String sourceDownload(String docIri) { return base + "api/documents/" + pathOf(docIri) + "/source"; }
    public String software() { return base + "id/software/policy-lineage"; }
    /** A computed lineage node (alignment, target link, ancestry), named by a hash of what it links. */
    public String lineageNode(String kind, String key) { return base + "id/" + kind + "/" + Slugs.hash(key, 16); }

    public String documentGraph(String docPath) { return base + "graph/doc/" + docPath; }
    /** Holds the bytes of one original file, apart from the document graph that queries read. */
    public String originalGraph(String sha256) { return base + "graph/source/" + sha256.substring(0, 16); }
    public String referenceGraph() { return base + "graph/reference"; }
    public String ontologyGraph() { return base + "graph/ontology"; }
    public String lineageGraph() { return base + "graph/lineage"; }
    /** Holds the revision of the stored documents, written with them, so lineage can tell it is out of date. */
    public String corpusStateGraph() { return base + "graph/corpus-state"; }

    /** A curator's correction, and the named graph that holds it alone. */
    public String correction(String id) { return base + "id/correction/" + id; }
    public String correctionGraph(String id) { return base + "graph/correction/" + id; }
    /** Where the named graphs of corrections are, each under its own id. */
    public String correctionGraphs() { return base + "graph/correction/"; }
    /** What the corrections that still apply assert, worked out again after every write of documents or corrections. */
    public String curatedGraph() { return base + "graph/curated"; }
    public String curator(String username) { return base + "id/curator/" + Slugs.of(username); }
    /** A fact a curator added, named by the correction that added it. */
    public String addedCitation(String doc, String correctionId) { return doc + "/citation/curated-" + correctionId; }
    /** A target a curator added to a measure or a document. */
    public String addedTarget(String holder, String correctionId) { return document(pathOf(holder)) + "/target/curated-" + correctionId; }
    /** An agency a curator named responsible for a measure. */
    public String addedResponsibility(String measure, String correctionId) { return measure + "/responsibility/curated-" + correctionId; }

    public String regionScheme() { return base + "id/region"; }
    public String indicatorScheme() { return base + "id/indicator"; }
    public String agencyFunctionScheme() { return base + "id/agency-function"; }

    /** The path under id/doc/ of a document IRI minted by this scheme: its first three segments. */
    public String pathOf(String documentIri) {
        String rest = documentIri.substring(document("").length());
        int end = -1;
        for (int i = 0; i < 3; i++) {
            end = rest.indexOf('/', end + 1);
            if (end < 0) return rest;
        }
        return rest.substring(0, end);
    }
}
