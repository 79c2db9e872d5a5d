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
import org.apache.jena.vocabulary.RDFS;
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
    VALUE(CuratedKind.TARGET, "value", PL.value, Use.REQUIRED_TO_ADD),
    /** The upper end of a range (3000—5000): removable, when the text states one value. */
    UPPER(CuratedKind.TARGET, "upper", PL.upperValue, Use.REMOVABLE),
    UNIT(CuratedKind.TARGET, "unit", PL.unit, Use.REQUIRED_TO_ADD),
    COMPARATOR(CuratedKind.TARGET, "comparator", PL.comparator, Use.ANY),
    /** The year a target is due, stored as the extractor stores it: a time:Instant in a year; removable. */
    DEADLINE(CuratedKind.TARGET, "deadline", PL.deadline, Use.REMOVABLE),
    /** The words of the text an added target is read from: its label, as an extracted target's. */
    QUOTE(CuratedKind.TARGET, "quote", RDFS.label, Use.ADD_ONLY),
    /** The quantity an added target measures, as the text names it; its indicator is named from it. */
    INDICATOR(CuratedKind.TARGET, "indicator", PL.indicatorAsWritten, Use.ADD_ONLY),
    TITLE(CuratedKind.DOCUMENT, "title", DCTerms.title, Use.ANY),
    DATE(CuratedKind.DOCUMENT, "date", ELI.date_document, Use.ANY),
    RELATION(CuratedKind.CITATION, "relation", PL.relation, Use.ANY),
    /** The 文号 of the document an added citation cites; the cited document's IRI is read from it. */
    NUMBER(CuratedKind.CITATION, "number", PL.citedNumber, Use.ADD_ONLY),
    /** The measure an added alignment's measure (the correction's target) follows. */
    PARENT_MEASURE(CuratedKind.ALIGNMENT, "parent", PL.parentMeasure, Use.ADD_ONLY),
    /** The target an added target link's target (the correction's target) comes from. */
    PARENT_TARGET(CuratedKind.TARGET_LINK, "parent", PL.parentTarget, Use.ADD_ONLY),
    /** The agency (its IRI) an added responsibility names. */
    AGENCY(CuratedKind.RESPONSIBILITY, "agency", PL.agency, Use.ADD_ONLY),
    /** Whether the agency leads (牵头) the measure: true or false (false when not given). */
    LEAD(CuratedKind.RESPONSIBILITY, "lead", PL.lead, Use.ANY),
    /** The certificate type (its notation, organic-product, or IRI) an added statement says the measure names. */
    TYPE(CuratedKind.CERTIFICATE_TYPE, "type", RDF.object, Use.ADD_ONLY);

    /** How a curator may use a field. */
    enum Use {
        /** In an edit or an addition. */
        ANY,
        /** Needed to add a fact of the kind; else as {@link #ANY}. */
        REQUIRED_TO_ADD,
        /** May be given the value {@link #NONE} in an edit: the fact has no such value. */
        REMOVABLE,
        /** Only when a fact is added: it says what the fact is, which an edit of it would change into another fact. */
        ADD_ONLY
    }

    /** The value a curator gives a removable field to say the fact has none (no deadline, no upper value). */
    public static final String NONE = "none";

    private static final java.util.Set<String> COMPARATORS = java.util.Set.of(">=", ">", "<=", "<", "~", "=");

    private final CuratedKind kind;
    private final String name;
    private final Property property;
    private final Use use;

    CuratedField(CuratedKind kind, String name, Property property, Use use) {
        this.kind = kind;
        this.name = name;
        this.property = property;
        this.use = use;
    }

    public CuratedKind kind() { return kind; }

    public String fieldName() { return name; }

    public Property property() { return property; }

    /** Set only when a fact is added (what the added fact is), never by an edit. */
    public boolean addOnly() { return use == Use.ADD_ONLY; }

    /** Needed when a fact of its kind is added. */
    public boolean requiredToAdd() {
        return use == Use.REQUIRED_TO_ADD || use == Use.ADD_ONLY;
    }

    /** Whether {@code typed} says the fact has no value of this field. */
    public boolean removes(String typed) { return use == Use.REMOVABLE && typed != null && typed.strip().equals(NONE); }

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
        if (v.isEmpty()) throw invalid("is empty" + (use == Use.REMOVABLE ? " (to say there is none, give it the value " + NONE + ")" : ""));
        if (removes(v)) {
            subject.addProperty(PL.removes, property);
            return;
        }
        subject.addProperty(property, switch (this) {
            case VALUE, UPPER -> {
                try {
                    yield Literals.decimal(new BigDecimal(v));
                } catch (NumberFormatException e) {
                    throw invalid("must be a number, not “" + v + "”" + (this == UPPER ? " (or " + NONE + ")" : ""));
                }
            }
            case UNIT, INDICATOR -> m.createLiteral(v);
            case COMPARATOR -> {
                if (!COMPARATORS.contains(v)) throw invalid("must be one of >=, >, <=, <, ~, =, not “" + v + "”");
                yield m.createLiteral(v);
            }
            case QUOTE, TITLE -> m.createLiteral(v, "zh");
            case DEADLINE -> {
                if (!v.matches("\\d{4}")) throw invalid("must be a year of four digits or " + NONE + ", not “" + v + "”");
                yield m.createResource(nodeIri).addProperty(RDF.type, TIME.Instant)
                        .addLiteral(TIME.inXSDgYear, m.createTypedLiteral(v, XSDDatatype.XSDgYear));
            }
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
            case PARENT_MEASURE, PARENT_TARGET, AGENCY -> {
                if (!v.matches("https?://\\S+")) throw invalid("must be the IRI of what it names, not “" + v + "”");
                yield m.createResource(v);
            }
            case LEAD -> {
                if (!v.equals("true") && !v.equals("false")) throw invalid("must be true or false, not “" + v + "”");
                yield m.createTypedLiteral(Boolean.parseBoolean(v));
            }
            case TYPE -> {
                if (!certificateType(v).substring(PL.CertType.NS.length()).matches("[a-z0-9-]+")) {
                    throw invalid("must be a certificate type's notation (organic-product) or IRI, not “" + v + "”");
                }
                yield m.createResource(certificateType(v));
            }
        });
    }

    /** The IRI of a certificate type given by its notation (organic-product) or its IRI. */
    static String certificateType(String typed) {
        String v = typed.strip();
        return v.startsWith(PL.CertType.NS) ? v : PL.CertType.NS + v;
    }

    /** What the body of a correction says of this field, as typed: the value, or {@link #NONE} when it removes it; null when silent. */
    String read(Resource body) {
        if (body.hasProperty(PL.removes, property)) return NONE;
        Statement s = body.getProperty(property);
        return s == null ? null : read(s);
    }

    /** The value as a person reads it back: the number, the year, the relation's notation. */
    private String read(Statement s) {
        RDFNode o = s.getObject();
        if (this == DEADLINE) {
            Statement year = o.asResource().getProperty(TIME.inXSDgYear);
            return year == null ? "" : year.getString();
        }
        if (this == RELATION) return CitationRelation.ofIri(o.asResource().getURI()).map(CitationRelation::notation).orElse(o.toString());
        if (this == TYPE) return o.asResource().getURI().substring(PL.CertType.NS.length());
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.asResource().getURI();
    }

    private CorrectionRefused invalid(String what) {
        return new CorrectionRefused(CorrectionRefused.Reason.INVALID, "the " + kind.notation() + "'s " + name + " " + what);
    }
}
