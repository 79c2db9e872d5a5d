package org.policylineage.vocab;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** How a document cites another: the concepts of {@code def/relation/} (ontology/schemes.ttl). */
public enum CitationRelation implements LinkKind {
    /** The citing document implements the cited one (贯彻落实, 根据): a link lineage follows. */
    IMPLEMENTS("implements"),
    /** The citing notice forwards the cited document (转发, 印发): a link lineage follows. */
    FORWARDS("forwards"),
    MENTIONS("mentions"),
    /** A report or 解读 about the cited document. */
    REPORTS_ON("reports-on"),
    /** The citing document repeals or replaces the cited one (同时废止, 不再执行): ELI's repeals. */
    REPEALS("repeals"),
    /** The citing document amends the cited one (作如下修改): ELI's amends. */
    AMENDS("amends");

    public static final String NS = PL.DEF + "relation/";

    private final String notation;
    private final Resource resource;

    CitationRelation(String notation) {
        this.notation = notation;
        this.resource = ResourceFactory.createResource(NS + notation);
    }

    @Override
    public String notation() { return notation; }

    @Override
    public Resource resource() { return resource; }

    public String iri() { return resource.getURI(); }

    /** Whether the citing document follows the cited one, so lineage links them. */
    public boolean isExplicitLineage() { return this == IMPLEMENTS || this == FORWARDS; }

    /** Whether the citing document changes the cited one (ELI's changes: repeals, amends). */
    public boolean isChange() { return this == REPEALS || this == AMENDS; }

    public static Optional<CitationRelation> ofNotation(String notation) {
        for (CitationRelation r : values()) if (r.notation.equals(notation)) return Optional.of(r);
        return Optional.empty();
    }

    public static Optional<CitationRelation> ofIri(String iri) {
        for (CitationRelation r : values()) if (r.iri().equals(iri)) return Optional.of(r);
        return Optional.empty();
    }
}
