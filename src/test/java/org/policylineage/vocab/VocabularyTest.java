package org.policylineage.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary the code writes is the one {@code ontology/} declares: every term of {@link PL} and
 * every constant of the enums is declared there, and every class, property and concept the ontology
 * declares in those namespaces has its constant.
 */
class VocabularyTest {
    private static final Model ONTOLOGY = ontology();

    @Test
    void everyTermOfPlIsDeclaredInTheOntology() throws Exception {
        Set<String> undeclared = new TreeSet<>();
        for (String iri : plTerms()) if (!declared(iri)) undeclared.add(iri);
        assertThat(undeclared).as("terms of PL that ontology/ does not declare").isEmpty();
    }

    @Test
    void everyClassAndPropertyOfTheOntologyIsInPl() throws Exception {
        Set<String> inCode = new TreeSet<>(plTerms());
        Set<String> missing = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(PL.NS) && !inCode.contains(s.getURI())) missing.add(s.getURI());
            });
        }
        assertThat(missing).as("ontology terms with no constant in PL").isEmpty();
    }

    @Test
    void theEnumsAreTheirConceptSchemes() {
        checkScheme(DocumentLevel.NS, names(DocumentLevel.values()));
        checkScheme(CitationRelation.NS, names(CitationRelation.values()));
        checkScheme(LinkMethod.NS, names(LinkMethod.values()));
        checkScheme(CurationAction.NS, names(CurationAction.values()));
        checkScheme(CurationStatus.NS, names(CurationStatus.values()));
        checkScheme(TargetChangeKind.NS, names(TargetChangeKind.values()));
    }

    private static void checkScheme(String ns, Set<String> constants) {
        Set<String> concepts = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(ns)) concepts.add(s.getURI());
        });
        assertThat(constants).as("the constants of " + ns).isEqualTo(concepts);
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> out = new TreeSet<>();
        for (Enum<?> v : values) out.add(iriOf(v));
        return out;
    }

    private static String iriOf(Enum<?> v) {
        if (v instanceof DocumentLevel l) return l.iri();
        if (v instanceof CitationRelation r) return r.iri();
        if (v instanceof CurationAction a) return a.iri();
        if (v instanceof CurationStatus s) return s.iri();
        if (v instanceof TargetChangeKind k) return k.iri();
        return ((LinkMethod) v).iri();
    }

    private static boolean declared(String iri) {
        return ONTOLOGY.contains(ONTOLOGY.createResource(iri), RDF.type, (RDFNode) null);
    }

    /** The IRIs of PL's Resource and Property constants, its nested classes' included. */
    private static List<String> plTerms() throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(List.of(PL.class));
        classes.addAll(List.of(PL.class.getDeclaredClasses()));
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                    out.add(((Resource) f.get(null)).getURI());
                }
            }
        }
        return out;
    }

    private static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        for (String file : List.of("ontology/policy-lineage.ttl", "ontology/schemes.ttl", "ontology/certificate-types.ttl")) {
            RDFDataMgr.read(m, file);
        }
        return m;
    }
}
