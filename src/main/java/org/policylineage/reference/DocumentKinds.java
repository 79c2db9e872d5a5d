package org.policylineage.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policylineage.vocab.PL;

/** The document kinds (文种) of the ontology, read from the end of a title. */
public final class DocumentKinds {

    /** A kind label: the words a title ends with, and the kind concept. */
    public record KindLabel(String label, String iri, String notation) {}

    private final List<KindLabel> labels = new ArrayList<>();

    DocumentKinds(Model ontology) {
        ontology.listSubjectsWithProperty(RDF.type, PL.DocumentKind).forEachRemaining(k -> {
            String notation = k.getProperty(SKOS.notation).getString();
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                k.listProperties(p).forEachRemaining(s -> {
                    if (s.getLanguage().equals("zh")) labels.add(new KindLabel(s.getString(), k.getURI(), notation));
                });
            }
        });
        labels.sort(Comparator.comparingInt((KindLabel l) -> l.label().length()).reversed());
    }

    /** The kind a title ends with (…的实施意见 → implementing opinions), ignoring closing marks. */
    public Optional<KindLabel> kindOfTitle(String title) {
        String t = title.replaceAll("[》」』\"”\\s]+$", "").replaceAll("[（(][^（()）]*[）)]$", "");
        for (KindLabel l : labels) {
            if (t.endsWith(l.label())) return Optional.of(l);
        }
        return Optional.empty();
    }

    /** Whether a line names a kind of document anywhere in it (河南省建设制造强省三年行动计划出炉). */
    public boolean namedIn(String line) {
        for (KindLabel l : labels) {
            if (line.contains(l.label())) return true;
        }
        return false;
    }

    /** The kind named right after a word such as 制定 or 提出如下 in a preamble (制定以下政策举措). */
    public Optional<KindLabel> kindAt(String text, int index) {
        for (KindLabel l : labels) {
            if (text.startsWith(l.label(), index)) return Optional.of(l);
        }
        return Optional.empty();
    }

    public Optional<KindLabel> byNotation(String notation) {
        return labels.stream().filter(l -> l.notation().equals(notation)).findFirst();
    }
}
