package org.policylineage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, recorded as the extractor version in every graph's provenance. */
public final class Version {
    public static final String CURRENT = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("$") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
