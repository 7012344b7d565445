package org.credval.app.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code credval show-config}: the effective settings, where each comes from, and what it means. */
@Command(name = "show-config", mixinStandardHelpOptions = true,
    description = "Print the effective configuration with a description of each setting. Passwords are masked.")
final class ShowConfigCommand implements Callable<Integer> {

  record Setting(String key, String env, String description) {}

  static final List<Setting> SETTINGS = List.of(
      new Setting("credval.home", "CREDVAL_HOME", "Folder for the embedded database, reports and downloaded data."),
      new Setting("credval.data-dir", "CREDVAL_DATA_DIR", "Folder of public data files that 'credval demo' imports."),
      new Setting("credval.operator", "CREDVAL_OPERATOR", "User recorded in the provenance of command-line loads and edits."),
      new Setting("spring.datasource.url", "SPRING_DATASOURCE_URL", "JDBC URL: embedded H2 file database by default; jdbc:postgresql://host/db in production."),
      new Setting("spring.datasource.username", "SPRING_DATASOURCE_USERNAME", "Database user."),
      new Setting("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", "Database password."),
      new Setting("server.port", "SERVER_PORT", "HTTP port of the web UI and REST API."),
      new Setting("credval.security.analyst-password", "CREDVAL_SECURITY_ANALYST_PASSWORD", "Password of the built-in 'analyst' account that may edit the catalog (a random one is printed at start when unset)."),
      new Setting("credval.scoring.living-wage", "CREDVAL_SCORING_LIVING_WAGE", "Annual living wage that scoring and priority occupations compare with (default 31300: 200% of the 2025 HHS poverty guideline for one person); --living-wage overrides it."),
      new Setting("logging.level.org.credval", "LOGGING_LEVEL_ORG_CREDVAL", "Log level of credval's own messages."));

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(db.springArgs().toArray(String[]::new)));
    new PropertiesPropertySourceLoader().load("application.properties", new ClassPathResource("application.properties"))
        .forEach(ps -> env.getPropertySources().addLast(ps));
    List<String> lines = new ArrayList<>();
    for (Setting s : SETTINGS) {
      String value = env.getProperty(s.key());
      if (value != null && s.key().contains("password") && !value.isEmpty()) {
        value = "********";
      }
      lines.add(String.format("%s = %s%n    %s%n    (environment variable %s)%n", s.key(),
          value == null || value.isEmpty() ? "(not set)" : value, s.description(), s.env()));
    }
    lines.forEach(System.out::print);
    return 0;
  }
}
