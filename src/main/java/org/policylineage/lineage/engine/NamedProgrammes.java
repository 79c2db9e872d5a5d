package org.policylineage.lineage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

/**
 * A measure naming a quoted programme (“长三角绿色认证先行区”) follows the measure of a higher
 * document whose heading is about that programme. The names are collected while the texts are
 * read; the headings that name them are found in one pass over all headings.
 */
final class NamedProgrammes {
    private static final Pattern QUOTED_NAME = Pattern.compile("“([^“”]{4,20})”");

    /** A quoted name in a measure: its code points in the original text. */
    record Mention(LineageCorpus.Measure measure, String name, int start, int end) {}

    private final Map<LineageCorpus.Measure, List<Mention>> mentions = new HashMap<>();
    private Map<String, List<LineageCorpus.Measure>> headingsNaming = Map.of();

    /** Records the quoted names in the bodies of a document's measures. */
    synchronized void read(DocumentText text) {
        for (int i = 0; i < text.doc.measures.size(); i++) {
            String body = text.body(i);
            Matcher q = QUOTED_NAME.matcher(body);
            while (q.find()) {
                int from = text.measureStart(i) + q.start(1), to = text.measureStart(i) + q.end(1);
                int[] cp = text.codePoints(from, to);
                LineageCorpus.Measure m = text.doc.measures.get(i);
                mentions.computeIfAbsent(m, k -> new ArrayList<>()).add(new Mention(m, q.group(1), cp[0], cp[1]));
            }
        }
    }

    /** Finds the measures whose heading names a quoted programme, once every text has been read. */
    void index(List<LineageCorpus.Measure> measures, String[] headings) {
        TreeMap<String, String> names = new TreeMap<>();
        mentions.values().forEach(l -> l.forEach(m -> names.put(m.name(), m.name())));
        Map<String, List<LineageCorpus.Measure>> out = new HashMap<>();
        if (!names.isEmpty()) {
            AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
            trie.build(names);
            for (LineageCorpus.Measure m : measures) {
                trie.parseText(headings[m.index()], (begin, end, name) -> out.computeIfAbsent(name, k -> new ArrayList<>()).add(m));
            }
        }
        headingsNaming = out;
    }

    List<Mention> mentionsIn(LineageCorpus.Measure m) {
        return mentions.getOrDefault(m, List.of());
    }

    List<LineageCorpus.Measure> headingsNaming(String name) {
        return headingsNaming.getOrDefault(name, List.of());
    }
}
