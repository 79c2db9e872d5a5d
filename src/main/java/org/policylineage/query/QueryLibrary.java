package org.policylineage.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The curated queries researchers start from, bundled from {@code queries/}. */
public final class QueryLibrary {
    private final Map<String, CuratedQuery> queries = new LinkedHashMap<>();

    private QueryLibrary() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:queries/*.rq");
            java.util.Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource r : files) {
                try (InputStream in = r.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String name = r.getFilename().replaceAll("\\.rq$", "");
                    queries.put(name, new CuratedQuery(name, header(text, false), header(text, true), text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final QueryLibrary BUNDLED = new QueryLibrary();
    }

    public static QueryLibrary bundled() { return Holder.BUNDLED; }

    public List<CuratedQuery> all() { return List.copyOf(queries.values()); }

    public Optional<CuratedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name.replaceAll("\\.rq$", "").replaceAll("^.*/", "")));
    }

    /** The opening comment's lines without their #: those in Chinese (begun {@code zh:}) or the others. */
    private static String header(String text, boolean chinese) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            String comment = line.replaceFirst("^#\\s?", "");
            boolean zh = comment.startsWith(ZH);
            if (zh == chinese) b.append(zh ? comment.substring(ZH.length()).strip() : comment).append('\n');
        }
        return b.toString().strip();
    }

    private static final String ZH = "zh:";
}
