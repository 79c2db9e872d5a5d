package org.policylineage.text;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/** Splits text into words with HanLP, dropping punctuation, each word with its offsets in the text; not thread-safe. */
public final class Words {
    private final Segment segment;

    /** HanLP's default segmentation, as search indexes and queries text. */
    public Words() {
        this(HanLP.newSegment().enableOffset(true));
    }

    private Words(Segment segment) {
        this.segment = segment;
    }

    /**
     * Segmentation without person-name recognition, for comparing wording: policy texts name
     * almost no people, and the recognisers take about two thirds of HanLP's time on them while
     * changing about one word in a hundred, the same way on both sides of a comparison.
     */
    public static Words withoutPersonNames() {
        return new Words(HanLP.newSegment().enableOffset(true).enableNameRecognize(false)
                .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false));
    }

    /** A word and where it stands in the text. */
    public record Token(String text, int start, int end) {}

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        for (Term t : segment.seg(text)) {
            if (t.nature == Nature.w || t.word.isBlank() || isPunctuation(t.word)) continue;
            out.add(new Token(t.word, t.offset, t.offset + t.word.length()));
        }
        return out;
    }

    private static boolean isPunctuation(String w) {
        for (int i = 0; i < w.length(); i++) {
            int type = Character.getType(w.charAt(i));
            boolean punct = type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.CONNECTOR_PUNCTUATION || type == Character.MATH_SYMBOL;
            if (!punct) return false;
        }
        return true;
    }
}
