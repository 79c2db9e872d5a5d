package org.policylineage.web;

import org.policylineage.Settings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The service: SPARQL endpoint, linked data, REST API and explorer, in one Spring Boot process. */
@SpringBootApplication
@EnableConfigurationProperties(Settings.class)
public class ServiceApplication {

    public static void start(String... args) {
        SpringApplication.run(ServiceApplication.class, args);
    }
}
