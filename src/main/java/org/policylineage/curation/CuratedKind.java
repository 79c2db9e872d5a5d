package org.policylineage.curation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.PL;

/**
 * What a correction may judge: the class of the fact, the actions a curator may take on it, and for an
 * addition, what the correction names as its target (the fact the added one belongs to).
 */
public enum CuratedKind {
    TARGET("target", PL.Target, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.EDIT, CurationAction.ADD),
            List.of(PL.Measure, PL.PolicyDocument)),
    CITATION("citation", PL.Citation, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.EDIT, CurationAction.ADD),
            List.of(PL.PolicyDocument)),
    DOCUMENT("document", PL.PolicyDocument, Set.of(CurationAction.CONFIRM, CurationAction.EDIT), List.of()),
    ALIGNMENT("alignment", PL.MeasureAlignment, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.ADD), List.of(PL.Measure)),
    TARGET_LINK("target-link", PL.TargetLink, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.ADD), List.of(PL.Target)),
    /** An agency named responsible for a measure. */
    RESPONSIBILITY("responsibility", PL.Responsibility, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.ADD),
            List.of(PL.Measure)),
    /** That a measure names a certificate type. */
    CERTIFICATE_TYPE("certificate-type", PL.CertificateTypeStatement, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.ADD),
            List.of(PL.Measure));

    private final String notation;
    private final Resource type;
    private final Set<CurationAction> actions;
    private final List<Resource> holders;

    CuratedKind(String notation, Resource type, Set<CurationAction> actions, List<Resource> holders) {
        this.notation = notation;
        this.type = type;
        this.actions = actions;
        this.holders = holders;
    }

    public String notation() { return notation; }

    public Resource type() { return type; }

    public boolean allows(CurationAction action) { return actions.contains(action); }

    /** The classes of what an added fact of this kind belongs to: the correction's target (the citing document, the child measure, …). */
    public List<Resource> holders() { return holders; }

    /** A link computed by lineage, named by the two things it links, rather than a fact read from a text. */
    public boolean isLink() { return this == ALIGNMENT || this == TARGET_LINK; }

    public static Optional<CuratedKind> ofNotation(String notation) {
        for (CuratedKind k : values()) if (k.notation.equals(notation)) return Optional.of(k);
        return Optional.empty();
    }

    public static Optional<CuratedKind> ofType(String typeIri) {
        for (CuratedKind k : values()) if (k.type.getURI().equals(typeIri)) return Optional.of(k);
        return Optional.empty();
    }
}
