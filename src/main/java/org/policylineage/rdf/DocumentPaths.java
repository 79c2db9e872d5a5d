package org.policylineage.rdf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policylineage.extract.AgencyMention;
import org.policylineage.extract.DocNumber;
import org.policylineage.reference.ReferenceData;
import org.policylineage.reference.Region;
import org.policylineage.reference.ResolvedAgency;

/**
 * The path of a document's IRI under {@code id/doc/}, read from the document's own identity in the
 * spirit of ELI ({@code /eli/{agent}/{year}/{number}}); always three segments, so every sub-resource
 * ({@code …/measure/5}) sits at a known depth:
 * <ul>
 * <li>with a 文号: {@code {issuer}/{year}/{serial}}, the issuer being the number's code in pinyin:
 *     苏政办发〔2022〕21号 → {@code su-zheng-ban-fa/2022/21}. A function of the number and the reference
 *     data alone, so a citation names the same IRI before its document arrives.</li>
 * <li>Pinyin is used where reference data vouches for it: the code is in {@code issuer-codes.csv}, or
 *     begins with a region's abbreviation from {@code regions.csv}. Any other code is written as it is, in
 *     characters (长政办发〔2021〕287号 → {@code 长政办发/2021/287}, an IRI; its URI spells the characters in
 *     UTF-8 percent-encoding): the codes of places reference data does not list sound alike too often
 *     (长 and 昌, 禹 and 榆, 兰 and 岚), and nothing but the characters tells them apart.</li>
 * <li>without one: {@code {issuer}/{date}/{title}}, the issuer being the issuing agency as reference data
 *     resolves it ({@code jiangsu-general-office}), else the jurisdiction's slug, else {@code unknown};
 *     the date {@code 2023-05-12}, else {@code undated}; the title in pinyin, cut at a word.</li>
 * </ul>
 * Pinyin alone merges issuers whose codes begin with region abbreviations that sound alike (吉 and 冀,
 * 甘 and 赣, 苏 and 宿). Such an abbreviation is spelt by its region's slug instead ({@code gansu-zheng-fa},
 * {@code jiangxi-fu-fa}) unless every abbreviation it sounds like belongs to a lower level: 苏 of Jiangsu
 * stays {@code su}, 宿 of Suqian becomes {@code suqian}. Which abbreviations sound alike is read from
 * {@code regions.csv}, never from what the store holds, so a path never depends on the order of ingestion.
 */
public final class DocumentPaths {
    /** The segment of a document whose issuer reference data cannot name. */
    public static final String UNKNOWN_ISSUER = "unknown";
    /** The segment of a document whose date its text does not give. */
    public static final String UNDATED = "undated";
    private static final Pattern SEGMENT = Pattern.compile("[\\p{IsHan}a-z0-9][\\p{IsHan}a-z0-9-]{0,119}");

    private final ReferenceData reference;
    /** For each abbreviation that must not be spelt by its pinyin, the region slug it is spelt by. */
    private final Map<Character, String> spelledByRegion = new HashMap<>();
    /** The first characters of codes whose pinyin reference data vouches for. */
    private final java.util.Set<Character> abbreviations = new java.util.HashSet<>();

    public DocumentPaths(ReferenceData reference) {
        this.reference = reference;
        Map<Character, Region> highest = new HashMap<>();
        for (Region r : reference.regions().all()) {
            if (r.abbreviation().isEmpty()) continue;
            highest.merge(r.abbreviation().charAt(0), r, (a, b) -> rank(b) < rank(a) ? b : a);
            abbreviations.add(r.abbreviation().charAt(0));
        }
        for (var a : highest.entrySet()) {
            String sound = Slugs.pinyin(String.valueOf(a.getKey()));
            boolean outranked = highest.entrySet().stream().anyMatch(b -> !b.getKey().equals(a.getKey())
                    && Slugs.pinyin(String.valueOf(b.getKey())).equals(sound) && rank(b.getValue()) <= rank(a.getValue()));
            if (outranked) spelledByRegion.put(a.getKey(), a.getValue().slug());
        }
    }

    /** 苏政办发〔2022〕21号 → su-zheng-ban-fa/2022/21. */
    public String of(DocNumber number) {
        return issuer(number.issuerCode()) + "/" + number.year() + "/" + number.serial();
    }

    /** A document without a 文号: issuer, date and title; an untitled one by {@code fallbackName}. */
    public String unnumbered(List<AgencyMention> issuers, Optional<Region> jurisdiction, Optional<LocalDate> date,
                             Optional<String> title, String fallbackName) {
        String issuer = issuers.stream().filter(AgencyMention::lead).findFirst().or(() -> issuers.stream().findFirst())
                .flatMap(AgencyMention::agency).map(DocumentPaths::agency)
                .or(() -> jurisdiction.map(Region::slug)).orElse(UNKNOWN_ISSUER);
        String name = title.map(Slugs::title).filter(s -> !s.isEmpty()).orElse(fallbackName);
        return issuer + "/" + date.map(LocalDate::toString).orElse(UNDATED) + "/" + name;
    }

    /**
     * The issuer segment of a 文号's code: its pinyin, the first abbreviation spelt by its region where pinyin
     * would merge two; the code itself where reference data knows neither it nor its abbreviation.
     */
    public String issuer(String issuerCode) {
        String spelled = spelledByRegion.get(issuerCode.charAt(0));
        if (spelled == null) {
            boolean known = abbreviations.contains(issuerCode.charAt(0)) || reference.issuerCodes().lookup(issuerCode).isPresent();
            String pinyin = Slugs.pinyin(issuerCode);
            return known && !pinyin.isEmpty() ? pinyin : issuerCode;
        }
        // The code's own region when reference data knows it (宁 is Ningxia's and Nanjing's), else the abbreviation's highest.
        String region = reference.issuerCodes().lookup(issuerCode).map(i -> i.region())
                .filter(r -> r.abbreviation().equals(issuerCode.substring(0, 1))).map(Region::slug).orElse(spelled);
        String rest = Slugs.pinyin(issuerCode.substring(1));
        return rest.isEmpty() ? region : region + "-" + rest;
    }

    /** The date segment of a document IRI named by issuer, date and title ({@code …/2025-03-12/…}); empty for any other. */
    public static Optional<LocalDate> dateOf(String documentIri) {
        Matcher m = DATE_SEGMENT.matcher(documentIri);
        return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    }

    private static final Pattern DATE_SEGMENT = Pattern.compile("/([0-9]{4}-[0-9]{2}-[0-9]{2})/[^/]+$");

    /** Whether a path has the three segments every document path has. */
    public static boolean isPath(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length != 3) return false;
        for (String p : parts) if (!SEGMENT.matcher(p).matches()) return false;
        return true;
    }

    private static String agency(ResolvedAgency a) {
        return a.region().slug() + "-" + a.function().code();
    }

    private static int rank(Region r) {
        return switch (r.level()) {
            case "country" -> 0;
            case "province" -> 1;
            case "city" -> 2;
            default -> 3;
        };
    }
}
