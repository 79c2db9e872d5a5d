package org.policylineage.curation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.policylineage.extract.DocNumber;
import org.policylineage.rdf.Literals;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.ELI;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.TIME;

/**
 * A field a curator may set, by the name the API and the explorer use: the property it is stored
 * as, and how a value typed by a person becomes that property's value (and back).
 */
public enum CuratedField {
    VALUE(CuratedKind.TARGET, "value", PL.value),
    UNIT(CuratedKind.TARGET, "unit", PL.unit),
    /** The year a target is due, stored as the extractor stores it: a time:Instant in a year. */
    DEADLINE(CuratedKind.TARGET, "deadline", PL.deadline),
    TITLE(CuratedKind.DOCUMENT, "title", DCTerms.title),
    DATE(CuratedKind.DOCUMENT, "date", ELI.date_document),
    RELATION(CuratedKind.CITATION, "relation", PL.relation),
    /** The 文号 of the document an added citation cites; the cited document's IRI is read from it. */
    NUMBER(CuratedKind.CITATION, "number", PL.citedNumber);

    private final CuratedKind kind;
    private final String name;
    private final Property property;

    CuratedField(CuratedKind kind, String name, Property property) {
        this.kind = kind;
        this.name = name;
        this.property = property;
    }

    public CuratedKind kind() { return kind; }

    public String fieldName() { return name; }

    public Property property() { return property; }

    public static Optional<CuratedField> of(CuratedKind kind, String name) {
        for (CuratedField f : values()) if (f.kind == kind && f.name.equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    /**
     * Adds {@code subject} {@link #property()} the value typed; a node the value needs is named
     * under {@code nodeIri}, so that a correction's graph has no blank node and reads back the same.
     */
    void write(Model m, Resource subject, String nodeIri, String typed) {
        String v = typed == null ? "" : typed.strip();
        if (v.isEmpty()) throw invalid("is empty");
        subject.addProperty(property, switch (this) {
            case VALUE -> {
                try {
                    yield Literals.decimal(new BigDecimal(v));
                } catch (NumberFormatException e) {
                    throw invalid("must be a number, not “" + v + "”");
                }
            }
            case UNIT -> m.createLiteral(v);
            case DEADLINE -> {
                if (!v.matches("\\d{4}")) throw invalid("must be a year of four digits, not “" + v + "”");
                yield m.createResource(nodeIri).addProperty(RDF.type, TIME.Instant)
                        .addLiteral(TIME.inXSDgYear, m.createTypedLiteral(v, XSDDatatype.XSDgYear));
            }
            case TITLE -> m.createLiteral(v, "zh");
            case DATE -> {
                try {
                    yield m.createTypedLiteral(LocalDate.parse(v).toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw invalid("must be a date written 2022-03-01, not “" + v + "”");
                }
            }
            case RELATION -> CitationRelation.ofNotation(v).orElseThrow(() -> invalid("must be one of implements, forwards, "
                    + "mentions, reports-on, not “" + v + "”")).resource();
            case NUMBER -> m.createLiteral(DocNumber.parse(v).orElseThrow(() -> invalid("is not a 文号 such as 苏政办发〔2022〕21号: “" + v + "”"))
                    .canonical());
        });
    }

    /** The value as a person reads it back: the number, the year, the relation's notation. */
    String read(Statement s) {
        RDFNode o = s.getObject();
        if (this == DEADLINE) {
            Statement year = o.asResource().getProperty(TIME.inXSDgYear);
            return year == null ? "" : year.getString();
        }
        if (this == RELATION) return CitationRelation.ofIri(o.asResource().getURI()).map(CitationRelation::notation).orElse(o.toString());
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI();
    }

    private CorrectionRefused invalid(String what) {
        return new CorrectionRefused(CorrectionRefused.Reason.INVALID, "the " + kind.notation() + "'s " + name + " " + what);
    }
}
