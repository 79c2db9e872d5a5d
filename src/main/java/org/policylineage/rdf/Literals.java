package org.policylineage.rdf;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Literals in the canonical forms the store round-trips. TDB2 keeps a decimal inline with its
 * scale but reads it back canonical, so a quad holding "351"^^xsd:decimal reads as "351.0" and
 * deleteAny cannot find it again: replacing a graph then leaves the old value behind.
 */
public final class Literals {
    private Literals() {}

    /** The canonical lexical form of an xsd:decimal: no trailing zeros, at least one fraction digit (351.0, 0.35). */
    public static String canonicalDecimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 1) v = v.setScale(1);
        return v.toPlainString();
    }

    public static Literal decimal(BigDecimal value) {
        return ResourceFactory.createTypedLiteral(canonicalDecimal(value), XSDDatatype.XSDdecimal);
    }

    public static Literal decimal(double value) {
        return decimal(BigDecimal.valueOf(value));
    }

    /** The node itself, or, for a decimal written in another form, the same value in canonical form. */
    public static Node canonical(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(node.getLiteralDatatypeURI())) return node;
        try {
            String canonical = canonicalDecimal(new BigDecimal(node.getLiteralLexicalForm().strip()));
            return canonical.equals(node.getLiteralLexicalForm()) ? node : NodeFactory.createLiteralDT(canonical, XSDDatatype.XSDdecimal);
        } catch (NumberFormatException e) {
            return node;
        }
    }
}
