package org.policylineage.lineage.engine;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.policylineage.text.Words;

/**
 * Measure bodies split into words, remembered by their text within a memory budget: a measure
 * copied word for word down a chain of documents is split once, not once for every document.
 */
final class BodyWords {
    /** A body's words: each word's hash, and where it starts and ends in the body. */
    record Split(long[] hashes, int[] starts, int[] ends) {}

    private final Cache<String, Split> cache;
    private final ThreadLocal<Words> words = ThreadLocal.withInitial(Words::withoutPersonNames);

    BodyWords(long budgetBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(budgetBytes)
                .weigher((String body, Split s) -> 2 * body.length() + 16 * s.hashes().length + 128)
                .build();
    }

    Split split(String body) {
        return cache.get(body, this::tokenize);
    }

    private Split tokenize(String body) {
        List<Words.Token> tokens = words.get().tokenize(body);
        long[] hashes = new long[tokens.size()];
        int[] starts = new int[tokens.size()], ends = new int[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            Words.Token t = tokens.get(i);
            hashes[i] = Shingles.wordHash(t.text());
            starts[i] = t.start();
            ends[i] = t.end();
        }
        return new Split(hashes, starts, ends);
    }
}
