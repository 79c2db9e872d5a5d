package org.policylineage.lineage;

import org.policylineage.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measure's body — its text without the closing responsibility note, which every measure shares —
 * as HanLP words, their hashes and the MinHash signature of their shingles.
 */
record MeasureText(LineageCorpus.Measure measure, List<Words.Token> tokens, long[] words, long[] signature, int chars) {
    private static final Pattern RESPONSIBILITY_NOTE = Pattern.compile("（[^（）]*(负责|牵头)[^（）]*）\\s*$");

    static MeasureText of(LineageCorpus.Measure m, Words tokenizer, int shingleSize, int minhashSize) {
        String text = m.text();
        Matcher note = RESPONSIBILITY_NOTE.matcher(text);
        String body = note.find() ? text.substring(0, note.start()) : text;
        List<Words.Token> tokens = tokenizer.tokenize(body);
        long[] words = Shingles.wordHashes(tokens);
        long[] signature = Shingles.minHash(Shingles.of(words, shingleSize), minhashSize);
        int chars = tokens.stream().mapToInt(t -> t.text().length()).sum();
        return new MeasureText(m, tokens, words, signature, chars);
    }

    String body() {
        return tokens.isEmpty() ? "" : measure.text().substring(0, tokens.get(tokens.size() - 1).end());
    }

    /** The runs of an alignment as passages in each document's normalised text. */
    static List<Alignment.Passage> passages(MeasureText child, MeasureText parent, List<LocalAligner.Run> runs) {
        List<Alignment.Passage> out = new ArrayList<>();
        for (LocalAligner.Run r : runs) {
            out.add(new Alignment.Passage(
                    child.measure().start() + child.tokens().get(r.childFrom()).start(),
                    child.measure().start() + child.tokens().get(r.childTo() - 1).end(),
                    parent.measure().start() + parent.tokens().get(r.parentFrom()).start(),
                    parent.measure().start() + parent.tokens().get(r.parentTo() - 1).end()));
        }
        return out;
    }
}
