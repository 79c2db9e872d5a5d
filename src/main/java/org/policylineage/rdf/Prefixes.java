package org.policylineage.rdf;

import java.util.Map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.vocab.DocumentLevel;
import org.policylineage.vocab.LinkMethod;
import org.policylineage.vocab.ELI;
import org.policylineage.vocab.PL;
import org.policylineage.vocab.PROV;
import org.policylineage.vocab.TIME;

/** The namespace prefixes written into every serialisation. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("pl", PL.NS),
            Map.entry("level", DocumentLevel.NS),
            Map.entry("kind", PL.Kind.NS),
            Map.entry("status", PL.Status.NS),
            Map.entry("rel", CitationRelation.NS),
            Map.entry("method", LinkMethod.NS),
            Map.entry("cert", PL.CertType.NS),
            Map.entry("eli", ELI.NS),
            Map.entry("dcterms", DCTerms.NS),
            Map.entry("prov", PROV.NS),
            Map.entry("skos", SKOS.uri),
            Map.entry("org", ORG.NS),
            Map.entry("time", TIME.NS),
            Map.entry("oa", OA.NS),
            Map.entry("rdf", RDF.uri),
            Map.entry("rdfs", RDFS.uri),
            Map.entry("owl", OWL.NS),
            Map.entry("xsd", XSD.NS));
}
