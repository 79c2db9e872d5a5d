package org.policylineage.store;

import java.nio.file.Path;

import org.policylineage.Settings;

/** Opens the store the settings name: the embedded TDB2 directory, or a remote SPARQL store. */
public final class Stores {
    private Stores() {}

    public static PolicyStore open(Settings.Store settings) {
        if (settings.isRemote()) {
            Settings.Remote r = settings.remote();
            String update = blankTo(r.updateEndpoint(), r.queryEndpoint());
            String gsp = blankTo(r.gspEndpoint(), r.queryEndpoint());
            return new RemoteStore(r.queryEndpoint(), update, gsp, r.username(), r.password());
        }
        return TdbStore.open(Path.of(settings.directory()));
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
