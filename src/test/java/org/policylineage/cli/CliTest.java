package org.policylineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policylineage.TestCorpus;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: a separate JVM, its output and its exit code. */
class CliTest {
    @TempDir
    static Path dir;
    static Path store;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.policylineage.PolicyLineage"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingest() throws Exception {
        store = dir.resolve("store");
        Run r = run("ingest", "--store", store.toString(), "data/corpus");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 loaded, 0 rejected").contains("lian-zheng-ban-fa/2022/68").contains("lineage:");
    }

    @Test
    void queryByNameWithABindingAsCsv() throws Exception {
        Run r = run("query", "--store", store.toString(), "targets", "--format", "csv",
                "--bind", "doc=http://localhost:8080/id/doc/su-fu-ban/2022/140");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("doc,measure,ordinal,target,indicator,value,unit,comparator");
        assertThat(r.out()).contains("全市各类环境管理体系认证证书达17500张").doesNotContain("lian-zheng-ban-fa");
    }

    @Test
    void queryFromAFileAsJson() throws Exception {
        Path q = dir.resolve("count.rq");
        Files.writeString(q, "PREFIX pl: <https://w3id.org/policy-lineage/def#> SELECT (COUNT(?m) AS ?n) WHERE { ?m a pl:Measure }");
        Run r = run("query", "--store", store.toString(), q.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        var rs = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        assertThat(rs.next().getLiteral("n").getInt()).isEqualTo(87);
    }

    @Test
    void validateAndExport() throws Exception {
        Run v = run("validate", "--store", store.toString());
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("conforms");
        Path dump = dir.resolve("dump.nq.gz");
        Run e = run("export", "--store", store.toString(), "--format", "nq", "--output", dump.toString());
        assertThat(e.exit()).isZero();
        Dataset ds = RDFDataMgr.loadDataset(dump.toString());
        assertThat(ds.listModelNames()).toIterable().hasSizeGreaterThan(7);
    }

    /**
     * Issue 17: two different documents whose files share a name, in two folders, are both kept; the
     * same path ingested again after an edit is a conflict until --replace is given, which says what
     * it replaced.
     */
    @Test
    void filesOfOneNameInTwoFoldersAreTwoDocumentsAndReplacingNeedsReplace() throws Exception {
        Path own = dir.resolve("names-store");
        Path a = Files.createDirectories(dir.resolve("folder-a")).resolve("notice.txt");
        Path b = Files.createDirectories(dir.resolve("folder-b")).resolve("notice.txt");
        Files.writeString(a, TestCorpus.document("名政办发〔2024〕1号", "名市政府办公室关于推进绿色认证的实施意见", ""));
        Files.writeString(b, TestCorpus.document("名政办发〔2024〕2号", "名市政府办公室关于推进绿色服务认证的实施意见", ""));
        Run both = run("ingest", "--store", own.toString(), "--no-lineage", a.toString(), b.toString());
        assertThat(both.exit()).as(both.out() + both.err()).isZero();
        assertThat(both.out()).contains("2 loaded, 0 rejected").contains("/id/doc/名政办发/2024/1").doesNotContain("replaced");

        Files.writeString(a, Files.readString(a).replace("达100张", "达150张"));
        Run conflict = run("ingest", "--store", own.toString(), "--no-lineage", a.toString());
        assertThat(conflict.exit()).isEqualTo(1);
        assertThat(conflict.out()).contains("conflict").contains("nothing was replaced").contains("--replace");
        Run replaced = run("ingest", "--store", own.toString(), "--no-lineage", "--replace", a.toString());
        assertThat(replaced.exit()).as(replaced.out() + replaced.err()).isZero();
        assertThat(replaced.out()).contains("replaced").contains("名政办发〔2024〕1号").contains("read from notice.txt");
        Run count = run("query", "--store", own.toString(), "documents", "--format", "csv");
        assertThat(count.out()).contains("名政办发〔2024〕1号", "名政办发〔2024〕2号");
    }

    @Test
    void mistakesGetAClearMessageAndAnExitCode() throws Exception {
        Run format = run("query", "--store", store.toString(), "targets", "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format xml");
        Run missing = run("query", "--store", store.toString(), "no-such-query");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or curated query");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "没有任何结构的一句话。");
        Run rejected = run("ingest", "--store", store.toString(), "--no-lineage", bad.toString());
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.out()).contains("rejected").contains("not a policy document");
    }
}
