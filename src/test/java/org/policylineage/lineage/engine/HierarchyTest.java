package org.policylineage.lineage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policylineage.reference.RegionDirectory;
import org.policylineage.reference.ReferenceData;

/** Which document may derive from which, by citation, level and place, looked up by document number. */
class HierarchyTest {
    private final RegionDirectory regions = ReferenceData.bundled().regions();
    private final LineageCorpus corpus = new LineageCorpus();

    private LineageCorpus.Doc doc(String iri, int rank, String region, String date) {
        LineageCorpus.Doc d = LineageCorpus.Doc.builder().index(corpus.docs.size()).iri(iri).label(iri).rank(rank)
                .jurisdiction(regions.bySlug(region).orElseThrow()).dateKey(date == null ? null : LocalDate.parse(date))
                .sourceIri("source:" + iri).build();
        corpus.docs.put(iri, d);
        return d;
    }

    @Test
    void aLowerLevelDerivesFromTheLevelsAboveItsPlaceOnly() {
        var nation = doc("nation", 1, "china", "2020-01-01");
        var delta = doc("delta", 2, "yangtze-river-delta", "2020-06-01");
        var jiangsu = doc("jiangsu", 3, "jiangsu", "2021-01-01");
        var zhejiang = doc("zhejiang", 3, "zhejiang", "2021-01-01");
        var wuxi = doc("wuxi", 4, "wuxi", "2022-01-01");
        Hierarchy h = new Hierarchy(regions, corpus, Map.of());

        assertThat(h.mayDeriveFrom(wuxi, jiangsu)).isTrue();
        assertThat(h.mayDeriveFrom(wuxi, nation)).isTrue();
        // Through its province's membership of the grouping: the containment walks parents, then groupings.
        assertThat(h.mayDeriveFrom(wuxi, delta)).isTrue();
        assertThat(h.mayDeriveFrom(wuxi, zhejiang)).isFalse();
        assertThat(h.mayDeriveFrom(jiangsu, wuxi)).isFalse();
        assertThat(h.mayDeriveFrom(wuxi, wuxi)).isFalse();
        // Asked again, from the remembered containment, the answers stay the same.
        assertThat(h.mayDeriveFrom(wuxi, zhejiang)).isFalse();
        assertThat(h.mayDeriveFrom(wuxi, delta)).isTrue();
    }

    @Test
    void aPlaceDerivesFromItsOwnEarlierDocumentsAndAnUndatedOneIsTheNewest() {
        var earlier = doc("earlier", 4, "wuxi", "2021-03-01");
        var later = doc("later", 4, "wuxi", "2023-03-01");
        var draft = doc("draft", 4, "wuxi", null);
        Hierarchy h = new Hierarchy(regions, corpus, Map.of());

        assertThat(h.mayDeriveFrom(later, earlier)).isTrue();
        assertThat(h.mayDeriveFrom(earlier, later)).isFalse();
        assertThat(h.mayDeriveFrom(draft, later)).isTrue();
        assertThat(h.mayDeriveFrom(later, draft)).isFalse();
    }

    @Test
    void aCitationDecidesWhateverTheLevels() {
        var province = doc("province", 3, "jiangsu", "2021-01-01");
        var city = doc("city", 4, "wuxi", "2020-01-01");
        // A province citing a city's plan as what it forwards: the citation wins over the levels.
        Hierarchy h = new Hierarchy(regions, corpus, Map.of("province", Set.of("city")));

        assertThat(h.cites(province, city)).isTrue();
        assertThat(h.mayDeriveFrom(province, city)).isTrue();
        assertThat(h.mayDeriveFrom(city, province)).isFalse();
    }

    @Test
    void aDocumentCitingOnlyWhatIsNotInTheCorpusIsSearchedByTextInItsOwnPlaceOnly() {
        var province = doc("province", 3, "jiangsu", "2021-01-01");
        var earlier = doc("earlier", 4, "wuxi", "2021-03-01");
        var child = doc("child", 4, "wuxi", "2022-03-01");
        var orphan = doc("orphan", 4, "wuxi", "2022-04-01");
        Hierarchy h = new Hierarchy(regions, corpus, Map.of("child", Set.of("http://example.org/not-ingested")));

        assertThat(h.citesAny(child)).isTrue();
        assertThat(h.cites(child, province)).isFalse();
        assertThat(h.searchByText(child, earlier)).isTrue();
        assertThat(h.searchByText(child, province)).isFalse();
        assertThat(h.citesAny(orphan)).isFalse();
        assertThat(h.searchByText(orphan, province)).isTrue();
    }
}
