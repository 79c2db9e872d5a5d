package org.policylineage.extract.devset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One development-set text with its hand-checked gold (see src/test/resources/devset/GUIDE.md). */
record Gold(String id, String text, boolean accepted, Optional<String> number, Optional<String> title,
            List<String> titlesAlso, Optional<String> date, Optional<String> kind, Optional<String> level,
            List<Citation> citations, List<Target> targets) {

    record Citation(Optional<String> title, Optional<String> number, String relation) {}

    record Target(String indicator, BigDecimal value, BigDecimal upper, String unit, Optional<String> comparator,
                  Integer deadline, boolean staged, String quote) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Gold read(Path gold, Path text) {
        try {
            JsonNode n = JSON.readTree(Files.readString(gold));
            List<Citation> citations = new ArrayList<>();
            for (JsonNode c : n.path("citations")) {
                citations.add(new Citation(string(c, "title"), string(c, "number"), string(c, "relation").orElse("mentions")));
            }
            List<Target> targets = new ArrayList<>();
            for (JsonNode t : n.path("targets")) {
                targets.add(new Target(string(t, "indicator").orElse(""), decimal(t, "value"), decimal(t, "upper"),
                        string(t, "unit").orElse(""), string(t, "comparator"),
                        t.path("deadline").isNumber() ? t.path("deadline").asInt() : null,
                        t.path("staged").asBoolean(false), string(t, "quote").orElse("")));
            }
            List<String> also = new ArrayList<>();
            for (JsonNode a : n.path("titlesAlso")) if (a.isString()) also.add(a.asString());
            return new Gold(string(n, "id").orElse(gold.getFileName().toString()), Files.readString(text),
                    n.path("accepted").asBoolean(true), string(n, "number"), string(n, "title"), also,
                    string(n, "date"), string(n, "kind"), string(n, "level"), citations, targets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> string(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isString() && !v.asString().isBlank() ? Optional.of(v.asString()) : Optional.empty();
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isNumber()) return v.decimalValue();
        if (v.isString() && !v.asString().isBlank()) return new BigDecimal(v.asString().strip());
        return null;
    }
}
