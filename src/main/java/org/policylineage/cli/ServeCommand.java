package org.policylineage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.policylineage.web.ServiceApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code serve}: runs the service (SPARQL endpoint, linked data, REST API, explorer) on one port. */
@Command(name = "serve", description = "Run the service: SPARQL endpoint, linked data, REST API and explorer.")
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080)")
    Integer port;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArguments);
        storeOptions.overrides().forEach((k, v) -> args.add("--" + k + "=" + v));
        if (port != null) args.add("--server.port=" + port);
        ServiceApplication.start(args.toArray(String[]::new));
        return -1;
    }
}
