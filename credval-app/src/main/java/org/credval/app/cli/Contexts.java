package org.credval.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.credval.app.CredvalApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs: with the web server or without. */
final class Contexts {

  /**
   * Auto-configurations only the web server uses (actuator, health, metrics, security, templates,
   * JSON for HTTP, API docs) or that no command uses (task pools, bean validation). A command-line
   * run leaves them out, which shortens its start; {@code demo} and {@code serve} keep them all.
   */
  static final List<String> NOT_FOR_COMMANDS = List.of(
      "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.info.InfoContributorAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.web.server.ManagementContextAutoConfiguration",
      "org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration",
      "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
      "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
      "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
      "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
      "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
      "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
      "org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration");

  private Contexts() {}

  /**
   * A context for a command that works on the database: no web server, the auto-configurations in
   * {@link #NOT_FOR_COMMANDS} left out, and beans created when first used rather than all at
   * start (no bean does work at start-up; the database is migrated when first used).
   */
  static ConfigurableApplicationContext batch(DatabaseOptions db, String... extra) {
    return builder(WebApplicationType.NONE)
        .lazyInitialization(true)
        .properties("spring.autoconfigure.exclude=" + String.join(",", NOT_FOR_COMMANDS))
        .run(args(db, extra));
  }

  static ConfigurableApplicationContext web(DatabaseOptions db, String... extra) {
    return builder(WebApplicationType.SERVLET).run(args(db, extra));
  }

  private static SpringApplicationBuilder builder(WebApplicationType type) {
    return new SpringApplicationBuilder(CredvalApplication.class).web(type).logStartupInfo(false);
  }

  private static String[] args(DatabaseOptions db, String... extra) {
    List<String> args = new ArrayList<>(db.springArgs());
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }
}
