package org.policylineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The command line reads its settings in Spring Boot's order, as the service does: an option on
 * the command line over a {@code -D} system property over application.yml.
 */
class SettingsTest {

    @Test
    void aSystemPropertyOverridesApplicationYmlAndACommandLineOptionOverridesBoth() {
        String key = "policy-lineage.base-iri";
        String before = System.getProperty(key);
        try {
            assertThat(Settings.load(Map.of()).baseIri()).isEqualTo("http://localhost:8080/");
            System.setProperty(key, "http://example.org/from-d/");
            assertThat(Settings.load(Map.of()).baseIri()).isEqualTo("http://example.org/from-d/");
            assertThat(Settings.load(Map.of(key, "http://example.org/from-option/")).baseIri()).isEqualTo("http://example.org/from-option/");
        } finally {
            if (before == null) System.clearProperty(key);
            else System.setProperty(key, before);
        }
    }
}
