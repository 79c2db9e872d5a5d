package org.policylineage.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.policylineage.store.PolicyStore;
import org.policylineage.store.Stores;
import org.policylineage.validation.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: checks the whole graph against the SHACL shapes; exit code 1 on any violation. */
@Command(name = "validate", description = "Validate the whole graph against the SHACL shapes (exit 1 on violations).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (PolicyStore store = storeOptions.openCorrected()) {
            ValidationReport report = new GraphValidator().validate(store);
            for (ReportEntry e : report.getEntries()) {
                Terminal.OUT.println(e.severity().level().getLocalName() + ": " + e.focusNode() + " "
                        + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
            }
            Terminal.OUT.println(report.conforms() ? "conforms: no violations in " + store.size() + " quads"
                    : report.getEntries().size() + " violations");
            return report.conforms() ? 0 : 1;
        }
    }
}
