package org.policylineage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run at one corpus size, in the order they were measured: a name,
 * a value and a unit each. Kept as a TSV file per size so that runs at different sizes, made at
 * different times, make one report.
 */
final class Figures {
    record Figure(String name, String value, String unit) {}

    private final int size;
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    Figures(int size) {
        this.size = size;
    }

    int size() { return size; }

    Figures put(String name, double value, String unit) {
        String v = Math.abs(value) >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.3f", value);
        figures.put(name, new Figure(name, v, unit));
        return this;
    }

    Figures put(String name, String value) {
        figures.put(name, new Figure(name, value, ""));
        return this;
    }

    String get(String name) {
        Figure f = figures.get(name);
        return f == null ? null : f.value();
    }

    List<Figure> all() { return new ArrayList<>(figures.values()); }

    void write(Path file) throws IOException {
        StringBuilder b = new StringBuilder("# figures of a benchmark run at " + size + " documents: name, value, unit\n");
        for (Figure f : figures.values()) b.append(f.name()).append('\t').append(f.value()).append('\t').append(f.unit()).append('\n');
        Files.createDirectories(file.getParent());
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static Figures read(Path file, int size) throws IOException {
        Figures out = new Figures(size);
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            out.figures.put(f[0], new Figure(f[0], f[1], f.length > 2 ? f[2] : ""));
        }
        return out;
    }
}
