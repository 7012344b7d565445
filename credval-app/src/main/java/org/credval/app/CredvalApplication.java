package org.credval.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring Boot application: web UI, REST API, persistence and batch jobs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CredvalApplication {}
