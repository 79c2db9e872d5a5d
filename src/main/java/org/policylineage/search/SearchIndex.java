package org.policylineage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.policylineage.text.TextNormaliser;

/**
 * The full-text index of titles, measures and targets: Lucene with the HanLP analyzer, ranked by
 * BM25, with the exact phrase and title matches boosted. One entry per document, measure and target.
 */
public final class SearchIndex implements AutoCloseable {
    static final String ID = "iri", TYPE = "type", DOC = "doc", DOC_LABEL = "docLabel", LABEL = "label", TEXT = "text",
            GENERATED = "generated";

    private final Analyzer analyzer = new HanLPAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(Path dir) {
        try {
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** What one document contributes: its own entry, its measures and targets. */
    public record Entry(String iri, String type, String label, String text) {}

    /** Replaces everything indexed for a document, and makes it searchable at once. */
    public synchronized void put(String docIri, String docLabel, String generated, List<Entry> entries) {
        stage(docIri, docLabel, generated, entries);
        commit();
    }

    /**
     * Replaces everything indexed for a document, atomically, but searchable only after the next
     * {@link #commit()}: a catch-up of thousands of documents commits once per batch, not per
     * document. Safe to call from several threads; each analyses its own document.
     */
    public void stage(String docIri, String docLabel, String generated, List<Entry> entries) {
        List<Document> docs = new ArrayList<>();
        for (Entry e : entries) {
            Document d = new Document();
            d.add(new StringField(ID, e.iri(), Field.Store.YES));
            d.add(new StringField(TYPE, e.type(), Field.Store.YES));
            d.add(new StringField(DOC, docIri, Field.Store.YES));
            d.add(new StoredField(DOC_LABEL, docLabel));
            d.add(new StoredField(GENERATED, generated));
            d.add(new TextField(LABEL, e.label(), Field.Store.YES));
            if (e.text() != null) d.add(new TextField(TEXT, e.text(), Field.Store.YES));
            docs.add(d);
        }
        try {
            writer.updateDocuments(new Term(DOC, docIri), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was staged durable and searchable. */
    public synchronized void commit() {
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void remove(String docIri) {
        try {
            writer.deleteDocuments(new Term(DOC, docIri));
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each indexed document with the generation time of the graph it was indexed from. */
    public Map<String, String> indexedDocuments() {
        Map<String, String> out = new HashMap<>();
        withSearcher(s -> {
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(TYPE, "document")), Integer.MAX_VALUE / 2).scoreDocs) {
                Document d = stored.document(sd.doc);
                out.put(d.get(DOC), d.get(GENERATED));
            }
            return null;
        });
        return out;
    }

    /** The words a query is split into (HanLP, after the ingest's normalisation): what a result is marked for. */
    public List<String> terms(String text) {
        return analyze(text);
    }

    public List<SearchHit> search(String text, int limit) {
        List<String> words = analyze(text);
        if (words.isEmpty()) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String field : List.of(LABEL, TEXT)) {
            for (String w : words) q.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD);
            if (words.size() > 1) {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (String w : words) phrase.add(new Term(field, w));
                q.add(new BoostQuery(phrase.build(), 3f), BooleanClause.Occur.SHOULD);
            }
        }
        // Every word must occur somewhere: a result matches the whole query, not one word of it.
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(q.build(), BooleanClause.Occur.MUST);
        for (String w : words) {
            all.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(LABEL, w)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(TEXT, w)), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER);
        }
        Query query = all.build();
        return withSearcher(s -> {
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc sd : s.search(query, limit).scoreDocs) {
                Document d = stored.document(sd.doc);
                // The text when the words are in it, else the label: a target's text is its indicator, its quote the label.
                String body = d.get(TEXT) != null && contains(d.get(TEXT), words) ? d.get(TEXT) : d.get(LABEL);
                hits.add(SearchHit.builder().iri(d.get(ID)).type(d.get(TYPE)).label(d.get(LABEL))
                        .snippet(snippet(body, words)).document(d.get(DOC)).documentLabel(d.get(DOC_LABEL)).score(sd.score)
                        .build());
            }
            return hits;
        });
    }

    public int size() {
        return withSearcher(s -> s.count(new MatchAllDocsQuery()));
    }

    private List<String> analyze(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    private static boolean contains(String body, List<String> words) {
        String normal = TextNormaliser.normaliseFragment(body).toLowerCase();
        return words.stream().anyMatch(normal::contains);
    }

    /**
     * Some text around the first word of the query found, so a reader sees why it matched: normalised as the
     * query was (so the words are found in it as typed), with the source's line breaks gone.
     */
    static String snippet(String raw, List<String> words) {
        if (raw == null) return "";
        String body = TextNormaliser.normaliseFragment(raw);
        int at = -1;
        for (String w : words) {
            int i = body.toLowerCase().indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        if (at < 0) return body.length() <= 80 ? body : body.substring(0, 80) + "…";
        int from = Math.max(0, at - 30), to = Math.min(body.length(), at + 50);
        return (from > 0 ? "…" : "") + body.substring(from, to) + (to < body.length() ? "…" : "");
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
