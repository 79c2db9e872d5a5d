package org.policylineage.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * Every curated query is sent as the query it is by SPARQLWrapper 1.8.5 (Debian 12's python3-sparqlwrapper), which
 * guesses a query's form from its text before sending it: it strips comment lines with a pattern that leaves every
 * second line of a comment block, then takes the first of SELECT, ASK, …, ADD, DROP, LOAD found anywhere, inside a
 * word too. A comment saying "added" or "dropped" made it send succession.rq as an update (`update=`), which /sparql
 * answers 400. The steps below are that client's (SPARQLWrapper/Wrapper.py, _parseQueryType), kept as it does them.
 */
class CuratedQueryFormsTest {
    private static final Pattern COMMENTS = Pattern.compile("(^|\n)\\s*#.*?\n");
    private static final Pattern PREFIXES = Pattern.compile("((\\s*BASE\\s*<.*?>)\\s*|(\\s*PREFIX\\s+.+:\\s*<.*?>)\\s*)*");
    private static final Pattern FORM = Pattern.compile("(CONSTRUCT|SELECT|ASK|DESCRIBE|INSERT|DELETE|CREATE|CLEAR|DROP|LOAD|COPY|MOVE|ADD)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void sparqlWrapperTakesEachCuratedQueryForItsOwnForm() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Query q = QueryFactory.create(text);
            String form = q.isSelectType() ? "SELECT" : q.isAskType() ? "ASK" : q.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
            assertThat(guessedForm(text)).as(f + ": the form SPARQLWrapper 1.8.5 reads from its text (a word of a comment?)").isEqualTo(form);
        }
    }

    private static String guessedForm(String query) {
        String cleaned = COMMENTS.matcher(query).replaceAll("\n\n");
        String withoutPrefixes = PREFIXES.matcher(cleaned.strip()).replaceAll("");
        Matcher m = FORM.matcher(withoutPrefixes);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "SELECT";
    }
}
