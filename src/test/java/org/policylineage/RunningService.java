package org.policylineage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.policylineage.bench.ServiceProcess;

/** The packaged jar of this build run as a real process on a free port, as tests need it. */
public final class RunningService implements AutoCloseable {
    /** The jar under test: this build's, or another given with -Dservice.jar=… (to run a test against an older build). */
    public static final Path JAR = Path.of(System.getProperty("service.jar", "target/policy-lineage.jar"));

    public final int port;
    public final Path log;
    public final long startupMillis;
    private final ServiceProcess service;

    private RunningService(ServiceProcess service) {
        this.service = service;
        this.port = service.port;
        this.log = service.log;
        this.startupMillis = service.startupMillis;
    }

    /** Starts {@code java -jar target/policy-lineage.jar serve --port P --store DIR …} and waits until it answers. */
    public static RunningService start(Path store, String... extraArguments) throws IOException, InterruptedException {
        return new RunningService(ServiceProcess.start(JAR, List.of(), store, extraArguments));
    }

    /** The same, with options for the service's JVM ({@code -Xmx512m}). */
    public static RunningService start(List<String> jvmOptions, Path store, String... extraArguments) throws IOException, InterruptedException {
        return new RunningService(ServiceProcess.start(JAR, jvmOptions, store, extraArguments));
    }

    /** Heap in use after a full collection, in MB. */
    public double heapAfterGcMegabytes() throws IOException, InterruptedException {
        return service.heapAfterGcMegabytes();
    }

    public String url(String path) {
        return service.url(path);
    }

    public Process process() { return service.process(); }

    static int freePort() throws IOException {
        return ServiceProcess.freePort();
    }

    @Override
    public void close() throws InterruptedException {
        service.close();
    }
}
