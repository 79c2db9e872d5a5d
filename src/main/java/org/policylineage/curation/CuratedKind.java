package org.policylineage.curation;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.policylineage.vocab.CurationAction;
import org.policylineage.vocab.PL;

/** What a correction may judge: the class of the fact, and the actions a curator may take on it. */
public enum CuratedKind {
    TARGET("target", PL.Target, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.EDIT)),
    CITATION("citation", PL.Citation, Set.of(CurationAction.CONFIRM, CurationAction.REJECT, CurationAction.EDIT, CurationAction.ADD)),
    DOCUMENT("document", PL.PolicyDocument, Set.of(CurationAction.CONFIRM, CurationAction.EDIT)),
    ALIGNMENT("alignment", PL.MeasureAlignment, Set.of(CurationAction.CONFIRM, CurationAction.REJECT)),
    TARGET_LINK("target-link", PL.TargetLink, Set.of(CurationAction.CONFIRM, CurationAction.REJECT));

    private final String notation;
    private final Resource type;
    private final Set<CurationAction> actions;

    CuratedKind(String notation, Resource type, Set<CurationAction> actions) {
        this.notation = notation;
        this.type = type;
        this.actions = actions;
    }

    public String notation() { return notation; }

    public Resource type() { return type; }

    public boolean allows(CurationAction action) { return actions.contains(action); }

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
