package org.policylineage.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Writes query results as a text table, CSV, TSV or SPARQL JSON. */
public final class ResultWriter {
    /** The output formats the command line offers. */
    public enum Format { TEXT, CSV, TSV, JSON }

    private ResultWriter() {}

    public static void write(ResultSetRewindable rs, Format format, OutputStream out) {
        switch (format) {
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case TEXT -> {
                PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                ResultSetFormatter.out(p, (ResultSet) rs);
                p.flush();
            }
        }
    }

    public static void write(Model model, Format format, OutputStream out) {
        RDFDataMgr.write(out, model, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
    }
}
