package org.policylineage.search;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.policylineage.text.TextNormaliser;
import org.policylineage.text.Words;

/**
 * A Lucene analyzer that splits Chinese into words with HanLP (the same segmentation lineage uses),
 * after the same normalisation as ingest, so 綠色食品 and 绿色食品 find the same text.
 */
public final class HanLPAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WordTokenizer());
    }

    private static final class WordTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final Words words = new Words();
        private Iterator<Words.Token> tokens;

        @Override
        public boolean incrementToken() throws IOException {
            if (tokens == null) {
                StringBuilder read = new StringBuilder();
                char[] buffer = new char[4096];
                for (int n; (n = input.read(buffer)) > 0; ) read.append(buffer, 0, n);
                // Offsets count in the normalised text; snippets are cut from stored fields, not from them.
                List<Words.Token> all = words.tokenize(TextNormaliser.normaliseFragment(read.toString()));
                tokens = all.iterator();
            }
            if (!tokens.hasNext()) return false;
            clearAttributes();
            var t = tokens.next();
            term.setEmpty().append(t.text().toLowerCase());
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = null;
        }
    }
}
