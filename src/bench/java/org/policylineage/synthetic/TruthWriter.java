package org.policylineage.synthetic;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policylineage.synthetic.SyntheticDocument.Citation;
import org.policylineage.synthetic.SyntheticDocument.Measure;
import org.policylineage.synthetic.SyntheticDocument.Target;

/** Writes truth.tsv, one document at a time; the format is described on {@link SyntheticCorpus}. */
final class TruthWriter implements Closeable {
    static final String FILE = "truth.tsv";
    static final String DOCUMENT_HEADER = "#document\tfile\tdoc_number\tlevel\tregion\ttheme\tdate\ttitle\tlayout"
            + "\tparent_file\tparent_doc_number\tcited_files\tcited_doc_numbers";
    static final String MEASURE_HEADER = "#measure\tfile\tordinal\tsection\theading\thow\tedits\tparent_file\tparent_ordinal";
    static final String TARGET_HEADER = "#target\tfile\tmeasure_ordinal\tindicator\tunit\tvalue\tdeadline\thow"
            + "\tparent_file\tparent_measure_ordinal\tparent_value\tparent_deadline";

    private final BufferedWriter out;

    TruthWriter(Path folder) throws IOException {
        out = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
        line("# The true lineage of a synthetic corpus: one document row, then its measure rows, then its target rows.");
        line("# Each row kind has the columns of its header below; empty cells mean none; lists are separated by |.");
        line(DOCUMENT_HEADER);
        line(MEASURE_HEADER);
        line(TARGET_HEADER);
    }

    /** The rows of one document; {@code parent} is null for a national document. */
    void write(SyntheticDocument d, SyntheticDocument parent) throws IOException {
        List<Citation> cites = d.citations();
        row("document", d.file(), d.number().orElse(""), d.level().notation(), d.regionName(), d.theme().code(),
                d.date().toString(), d.title(), d.layout().notation(),
                parent == null ? "" : parent.file(), parent == null ? "" : parent.number().orElse(""),
                String.join("|", cites.stream().map(Citation::file).toList()),
                String.join("|", cites.stream().flatMap(c -> c.number().stream()).toList()));
        String parentFile = parent == null ? "" : parent.file();
        for (Measure m : d.measures()) {
            boolean inherited = m.parentOrdinal() > 0;
            row("measure", d.file(), String.valueOf(m.ordinal()), m.section(), m.heading(), m.how(), String.join("|", m.edits()),
                    inherited ? parentFile : "", inherited ? String.valueOf(m.parentOrdinal()) : "");
        }
        for (Measure m : d.measures()) {
            for (Target t : m.targets()) {
                boolean derived = t.parentValue() != null;
                row("target", d.file(), String.valueOf(m.ordinal()), t.template().indicator(), t.template().unit(),
                        Numbers.plain(t.value()), String.valueOf(t.deadline()), t.how(),
                        derived ? parentFile : "", derived ? String.valueOf(m.parentOrdinal()) : "",
                        derived ? Numbers.plain(t.parentValue()) : "", derived ? String.valueOf(t.parentDeadline()) : "");
            }
        }
    }

    private void row(String... cells) throws IOException {
        line(String.join("\t", cells));
    }

    private void line(String s) throws IOException {
        out.write(s);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
