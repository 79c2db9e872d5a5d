package org.policylineage.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.policylineage.vocab.CitationRelation;
import org.policylineage.text.TextNormaliser;

/** The word lists the extractors read (units, comparators, cue words, web-page chrome), from data/reference/lexicon. */
public final class Lexicon {

    /** A word that says how a value compares, before or after the number. */
    public record ComparatorWord(String word, boolean before, String comparator, String direction) {}

    private final List<String> units;
    private final List<String> magnitudes;
    private final List<String> perUnits;
    private final List<String> pastMarkers;
    private final List<String> pastClauseMarkers;
    private final List<String> pastParagraphMarkers;
    private final List<String> pastHeadingMarkers;
    private final List<String> rewardWords;
    private final List<String> equivalenceWords;
    private final List<String> structureNouns;
    private final List<String> mediaTitleEnds;
    private final List<ComparatorWord> comparators;
    private final List<String> targetVerbs;
    private final Map<String, String> scopeWords;
    private final List<String> indicatorNoise;
    private final List<Pattern> webChrome;
    private final Map<String, String> pageMetadataFields;
    private final Map<String, String> reportCues;
    private final List<String> reportingCues;
    private final List<String> implementCues;
    private final List<String> forwardCues;
    private final List<String> repealCues;
    private final List<String> amendCues;

    Lexicon(Model ontology) {
        units = byLengthDescending(Resources.lines("reference/lexicon/units.txt"));
        magnitudes = byLengthDescending(Resources.lines("reference/lexicon/magnitudes.txt"));
        perUnits = byLengthDescending(Resources.lines("reference/lexicon/per-units.txt"));
        List<String> past = new ArrayList<>(), pastClause = new ArrayList<>(), pastParagraph = new ArrayList<>(),
                pastHeading = new ArrayList<>();
        for (Map<String, String> row : Resources.csv("reference/lexicon/past-markers.csv")) {
            (switch (row.get("scope")) {
                case "clause" -> pastClause;
                case "paragraph" -> pastParagraph;
                case "heading" -> pastHeading;
                default -> past;
            }).add(row.get("word"));
        }
        pastMarkers = byLengthDescending(past);
        pastClauseMarkers = byLengthDescending(pastClause);
        pastParagraphMarkers = byLengthDescending(pastParagraph);
        pastHeadingMarkers = byLengthDescending(pastHeading);
        rewardWords = byLengthDescending(Resources.lines("reference/lexicon/reward-words.txt"));
        equivalenceWords = byLengthDescending(Resources.lines("reference/lexicon/equivalence-words.txt"));
        structureNouns = byLengthDescending(Resources.lines("reference/lexicon/structure-nouns.txt"));
        mediaTitleEnds = byLengthDescending(Resources.lines("reference/lexicon/media-titles.txt"));
        comparators = new ArrayList<>();
        for (Map<String, String> row : Resources.csv("reference/lexicon/comparators.csv")) {
            comparators.add(new ComparatorWord(row.get("word"), row.get("position").equals("before"),
                    row.get("comparator"), row.get("direction")));
        }
        comparators.sort(Comparator.comparingInt((ComparatorWord c) -> c.word().length()).reversed());
        targetVerbs = byLengthDescending(Resources.lines("reference/lexicon/target-verbs.txt"));
        scopeWords = new LinkedHashMap<>();
        for (Map<String, String> row : Resources.csv("reference/lexicon/scope-words.csv")) {
            scopeWords.put(row.get("word"), row.get("scope"));
        }
        indicatorNoise = byLengthDescending(Resources.lines("reference/lexicon/indicator-noise.txt"));
        webChrome = Resources.lines("reference/lexicon/web-chrome.txt").stream().map(Pattern::compile).toList();
        pageMetadataFields = new LinkedHashMap<>();
        for (Map<String, String> row : Resources.csv("reference/lexicon/page-metadata.csv")) {
            pageMetadataFields.put(row.get("word"), row.get("field"));
        }
        reportCues = new LinkedHashMap<>();
        for (Map<String, String> row : Resources.csv("reference/lexicon/report-cues.csv")) reportCues.put(row.get("word"), row.get("kind"));
        reportingCues = cues(ontology, CitationRelation.REPORTS_ON.iri());
        implementCues = cues(ontology, CitationRelation.IMPLEMENTS.iri());
        forwardCues = cues(ontology, CitationRelation.FORWARDS.iri());
        repealCues = cues(ontology, CitationRelation.REPEALS.iri());
        amendCues = cues(ontology, CitationRelation.AMENDS.iri());
    }

    private static List<String> cues(Model ontology, String relation) {
        List<String> out = new ArrayList<>();
        ontology.listObjectsOfProperty(ResourceFactory.createResource(relation), SKOS.altLabel)
                .forEachRemaining(o -> out.add(o.asLiteral().getString()));
        return byLengthDescending(out);
    }

    private static List<String> byLengthDescending(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** Units without magnitude, longest first. */
    public List<String> units() { return units; }

    /** Magnitude words between a value and its unit (万, 亿), longest first. */
    public List<String> magnitudes() { return magnitudes; }

    /** What a unit may be counted per and is no unit alone: 年 in 330万吨/年, 千人 in 5批次/千人. */
    public List<String> perUnits() { return perUnits; }

    /** Words that put a sentence, from where they stand, in the past or present: statistics, not targets. */
    public List<String> pastMarkers() { return pastMarkers; }

    /** Words that put only their own clause in the past or present (在…基础上). */
    public List<String> pastClauseMarkers() { return pastClauseMarkers; }

    /** Words that, opening a paragraph, put all of it in the past (过去一年). */
    public List<String> pastParagraphMarkers() { return pastParagraphMarkers; }

    /** Words that, in a heading (a section's, a measure's, a line of its own), make what it heads a review of the past (工作回顾, 发展基础). */
    public List<String> pastHeadingMarkers() { return pastHeadingMarkers; }

    /** Words before a quantity that make it a subsidy, reward or threshold. */
    public List<String> rewardWords() { return rewardWords; }

    /** Words right before a quantity that make it an equivalence (相当于…), not an aim. */
    public List<String> equivalenceWords() { return equivalenceWords; }

    /** How names of newspapers and broadcasts end (日报, 报纸摘要): 《》 around them cites no document. */
    public List<String> mediaTitleEnds() { return mediaTitleEnds; }

    /** Whether a name is a newspaper's, broadcast's or news site's (人民日报, 中国质量新闻网): short, with a media ending. */
    public boolean isMediaName(String name) {
        // 人民日报图文数据库（1946-2021）: the years a source covers are no part of its name.
        String n = COVERED_YEARS.matcher(name).replaceFirst("");
        return n.length() <= LONGEST_MEDIA_NAME && mediaTitleEnds.stream().anyMatch(n::endsWith);
    }

    private static final Pattern COVERED_YEARS = Pattern.compile("[（(][0-9]{4}\\s*[-—–至]\\s*[0-9]{4}[）)]$");

    private static final int LONGEST_MEDIA_NAME = 10;

    /** Nouns after a count that make it a count of the document's own parts. */
    public List<String> structureNouns() { return structureNouns; }

    /** Comparator words, longest first. */
    public List<ComparatorWord> comparators() { return comparators; }

    public List<String> targetVerbs() { return targetVerbs; }

    /** Scope words (全市, 全省, …) to the scope they set: own, city, province or country. */
    public Map<String, String> scopeWords() { return scopeWords; }

    public List<String> indicatorNoise() { return indicatorNoise; }

    public List<Pattern> webChrome() { return webChrome; }

    /** Page-metadata field names as written (发文字号) to the field they are read as (文号). */
    public Map<String, String> pageMetadataFields() { return Collections.unmodifiableMap(pageMetadataFields); }

    /** A normaliser that strips this lexicon's web chrome and reads its page-metadata fields. */
    public TextNormaliser normaliser() { return new TextNormaliser(webChrome, pageMetadataFields()); }

    /** Words in a text's opening that make it a report (news-report) or an interpretation, to that kind's notation. */
    public Map<String, String> reportCues() { return Collections.unmodifiableMap(reportCues); }

    /** Words before a citation in a report that name the document it reports on (印发, 出台, 解读…). */
    public List<String> reportingCues() { return reportingCues; }

    /** Words around a citation that make it an implementing citation (贯彻, 落实, 根据, 精神, 要求…). */
    public List<String> implementCues() { return implementCues; }

    /** Words around a citation that make it a forwarding citation (转发). */
    public List<String> forwardCues() { return forwardCues; }

    /** Words in a citation's clause that make the citing document repeal or replace it (同时废止, 不再执行). */
    public List<String> repealCues() { return repealCues; }

    /** Words in a citation's clause that make the citing document amend it (修订, 修改). */
    public List<String> amendCues() { return amendCues; }
}
