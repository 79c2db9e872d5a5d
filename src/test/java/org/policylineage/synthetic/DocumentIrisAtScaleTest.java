package org.policylineage.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policylineage.extract.AgencyMention;
import org.policylineage.extract.DocNumber;
import org.policylineage.extract.Titles;
import org.policylineage.rdf.DocumentPaths;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;

/**
 * The IRI template names every document of the bench's largest corpus (100,000 documents, the generator's
 * places and 文号) apart: two numbers never share a path, nor two documents without one. The documents are
 * composed, not written or read: a path depends only on the 文号, or on issuer, date and title.
 */
class DocumentIrisAtScaleTest {
    private static final int DOCUMENTS = 100_000;

    @Test
    void noTwoDocumentsOfAHundredThousandShareAnIri() throws IOException {
        ReferenceData reference = ReferenceData.bundled();
        DocumentPaths paths = new DocumentPaths(reference);
        Map<String, String> byPath = new HashMap<>();
        List<String> collisions = new ArrayList<>();
        int[] numbered = {0};
        SyntheticCorpus.builder().documents(DOCUMENTS).variant(42).build().compose((d, parent, rng, renderer) -> {
            String identity;
            String path;
            if (d.number().isPresent()) {
                DocNumber n = DocNumber.parse(d.number().get()).orElseThrow();
                identity = n.canonical();
                path = paths.of(n);
                numbered[0]++;
            } else {
                Optional<Region> region = reference.regions().byName(d.place().name());
                List<AgencyMention> issuers = region.map(r -> d.issuers().stream()
                        .map(i -> new AgencyMention(i, reference.agencies().resolve(i, r), true, 0, i.length())).toList()).orElse(List.of());
                identity = d.file();
                path = paths.unnumbered(issuers, region, Optional.of(d.date()), Optional.of(Titles.normalise(d.title())), "untitled");
            }
            assertThat(DocumentPaths.isPath(path)).as(path).isTrue();
            String earlier = byPath.putIfAbsent(path, identity);
            if (earlier != null && !earlier.equals(identity)) collisions.add(path + ": " + earlier + " and " + identity);
        });
        assertThat(byPath).hasSizeGreaterThan(DOCUMENTS * 9 / 10);
        assertThat(numbered[0]).isPositive();
        assertThat(collisions).isEmpty();
    }
}
