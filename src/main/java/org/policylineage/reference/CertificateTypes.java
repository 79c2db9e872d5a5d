package org.policylineage.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policylineage.text.TextNormaliser;
import org.policylineage.vocab.PL;

/** The certificate-type scheme of the ontology, and the certificate types a text names. */
public final class CertificateTypes {

    /** One certificate type with its labels. */
    public record CertificateType(String iri, String notation, String labelZh, String labelEn) {}

    /** A certificate type named in text at [start, end). */
    public record Mention(int start, int end, CertificateType type) {}

    private final List<CertificateType> types = new ArrayList<>();
    private final AhoCorasickDoubleArrayTrie<CertificateType> labels = new AhoCorasickDoubleArrayTrie<>();

    CertificateTypes(Model ontology) {
        TreeMap<String, CertificateType> dictionary = new TreeMap<>();
        ontology.listSubjectsWithProperty(RDF.type, PL.CertificateType).forEachRemaining(c -> {
            CertificateType t = new CertificateType(c.getURI(), c.getProperty(SKOS.notation).getString(),
                    label(c, "zh"), label(c, "en"));
            types.add(t);
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                c.listProperties(p).forEachRemaining(s -> {
                    if (s.getLanguage().equals("zh")) dictionary.put(TextNormaliser.normaliseFragment(s.getString()), t);
                });
            }
        });
        labels.build(dictionary);
    }

    private static String label(Resource c, String lang) {
        return c.listProperties(SKOS.prefLabel).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .filter(o -> o.asLiteral().getLanguage().equals(lang))
                .map(o -> o.asLiteral().getString())
                .findFirst().orElse("");
    }

    public List<CertificateType> all() { return List.copyOf(types); }

    public Optional<CertificateType> byIri(String iri) {
        return types.stream().filter(t -> t.iri().equals(iri)).findFirst();
    }

    /** Certificate types named in normalised text, longest label first where labels overlap. */
    public List<Mention> find(String text) {
        List<Mention> all = new ArrayList<>();
        labels.parseText(text, (begin, end, type) -> {
            if (latinBoundary(text, begin, end)) all.add(new Mention(begin, end, type));
        });
        return LeftmostLongest.of(all, Mention::start, Mention::end);
    }

    /** A Latin label (GAP, GRS) must not be part of a longer Latin word. */
    private static boolean latinBoundary(String text, int begin, int end) {
        boolean latin = text.charAt(begin) < 0x80;
        if (!latin) return true;
        boolean before = begin > 0 && Character.isLetterOrDigit(text.charAt(begin - 1)) && text.charAt(begin - 1) < 0x80;
        boolean after = end < text.length() && Character.isLetter(text.charAt(end)) && text.charAt(end) < 0x80;
        return !before && !after;
    }
}
