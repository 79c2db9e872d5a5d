package org.policylineage.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policylineage.extract.AgencyMention;
import org.policylineage.extract.DocNumber;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;

/** Document IRIs read from the 文号 (or issuer, date and title), with no hash and no dependence on what else is stored. */
class DocumentPathsTest {
    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final DocumentPaths PATHS = new DocumentPaths(REFERENCE);

    private static String path(String number) {
        return PATHS.of(DocNumber.parse(number).orElseThrow());
    }

    @Test
    void aNumberGivesIssuerYearAndSerial() {
        assertThat(path("苏政办发〔2022〕21号")).isEqualTo("su-zheng-ban-fa/2022/21");
        assertThat(path("苏府办〔2022〕140号")).isEqualTo("su-fu-ban/2022/140");
        assertThat(path("国办发〔2022〕8号")).isEqualTo("guo-ban-fa/2022/8");
        assertThat(DocumentPaths.isPath(path("苏政办发〔2022〕21号"))).isTrue();
    }

    @Test
    void abbreviationsThatSoundAlikeAreSpeltByTheirRegions() {
        // 甘 Gansu and 赣 Jiangxi, 吉 Jilin and 冀 Hebei, 晋 Shanxi and 津 Tianjin, 渝 Chongqing and 豫 Henan: one level, all spelt out.
        assertThat(path("甘政发〔2023〕1号")).isEqualTo("gansu-zheng-fa/2023/1");
        assertThat(path("赣府发〔2023〕1号")).isEqualTo("jiangxi-fu-fa/2023/1");
        assertThat(path("吉政发〔2023〕1号")).isEqualTo("jilin-zheng-fa/2023/1");
        assertThat(path("冀政发〔2023〕1号")).isEqualTo("hebei-zheng-fa/2023/1");
        assertThat(path("渝府发〔2023〕1号")).isEqualTo("chongqing-fu-fa/2023/1");
        assertThat(path("豫政发〔2023〕1号")).isEqualTo("henan-zheng-fa/2023/1");
        // 苏 (a province) outranks 宿 (a city): Jiangsu keeps su, Suqian is spelt out.
        assertThat(path("宿政发〔2023〕1号")).isEqualTo("suqian-zheng-fa/2023/1");
        assertThat(path("苏政发〔2023〕1号")).isEqualTo("su-zheng-fa/2023/1");
    }

    @Test
    void everyRegionAbbreviationGivesItsOwnIssuer() {
        Map<String, String> byIssuer = new HashMap<>();
        for (Region r : REFERENCE.regions().all()) {
            if (r.abbreviation().isEmpty()) continue;
            for (String form : List.of("政发", "政办发", "府发", "府办")) {
                String code = r.abbreviation() + form;
                String earlier = byIssuer.putIfAbsent(PATHS.issuer(code), code);
                assertThat(earlier == null || earlier.equals(code)).as(code + " and " + earlier + " → " + PATHS.issuer(code)).isTrue();
            }
        }
    }

    @Test
    void aCodeReferenceDataDoesNotKnowIsWrittenInItsCharacters() {
        // 长 and 昌 both read chang: pinyin alone would give two cities' documents one IRI.
        assertThat(path("长政办发〔2021〕287号")).isEqualTo("长政办发/2021/287");
        assertThat(path("昌政办发〔2021〕287号")).isEqualTo("昌政办发/2021/287");
        assertThat(DocumentPaths.isPath(path("长政办发〔2021〕287号"))).isTrue();
    }

    @Test
    void aDocumentWithoutNumberIsNamedByIssuerDateAndTitle() {
        Region jiangsu = REFERENCE.regions().bySlug("jiangsu").orElseThrow();
        AgencyMention office = new AgencyMention("江苏省人民政府办公厅", REFERENCE.agencies().resolve("江苏省人民政府办公厅", jiangsu), true, 0, 10);
        String path = PATHS.unnumbered(List.of(office), Optional.of(jiangsu), Optional.of(LocalDate.of(2023, 5, 12)),
                Optional.of("关于推进绿色食品认证的通知"), "untitled-0");
        assertThat(path).isEqualTo("jiangsu-general-office/2023-05-12/guan-yu-tui-jin-lv-se-shi-pin-ren-zheng-de-tong-zhi");
        assertThat(PATHS.unnumbered(List.of(), Optional.of(jiangsu), Optional.empty(), Optional.empty(), "untitled-0123456789ab"))
                .isEqualTo("jiangsu/undated/untitled-0123456789ab");
        assertThat(PATHS.unnumbered(List.of(), Optional.empty(), Optional.empty(), Optional.of("某某规划"), "x"))
                .isEqualTo("unknown/undated/mou-mou-gui-hua");
        String longTitle = "关于印发".repeat(30) + "的通知";
        String cut = PATHS.unnumbered(List.of(), Optional.empty(), Optional.empty(), Optional.of(longTitle), "x");
        assertThat(DocumentPaths.isPath(cut)).isTrue();
        assertThat(cut).doesNotMatch(".*-[0-9a-f]{8}$");
    }

    @Test
    void aFormerOrPartialPathIsNoDocumentPath() {
        assertThat(DocumentPaths.isPath("su-zheng-ban-fa-abb2a-2022-21")).isFalse();
        assertThat(DocumentPaths.isPath("su-zheng-ban-fa/2022")).isFalse();
        assertThat(DocumentPaths.isPath("su-zheng-ban-fa/2022/21/measure")).isFalse();
        assertThat(DocumentPaths.isPath("../2022/21")).isFalse();
    }
}
