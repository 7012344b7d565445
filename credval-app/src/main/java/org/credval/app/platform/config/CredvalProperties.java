package org.credval.app.platform.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * credval's own settings. Each can be given as a property ({@code --credval.home=...}), an
 * environment variable ({@code CREDVAL_HOME}) or in {@code application.properties}; {@code
 * credval show-config} prints the effective values.
 *
 * @param home folder for the embedded database, import reports and downloaded data
 * @param dataDir folder holding public data files in the layout of {@code credval fetch-data}; the
 *     demo imports what it finds there
 * @param operator name recorded as the user in the provenance of loads and edits made from the
 *     command line
 */
@ConfigurationProperties("credval")
public record CredvalProperties(
    @DefaultValue("${user.home}/.credval") Path home,
    Path dataDir,
    @DefaultValue("${user.name}") String operator) {

  // Constructor binding takes @DefaultValue text as it is, without resolving placeholders, so the
  // defaults above would arrive literally; resolve them from the system properties they name.
  public CredvalProperties {
    if (home == null || home.toString().startsWith("${user.home}")) {
      home = Path.of(System.getProperty("user.home"), ".credval");
    }
    if (operator == null || operator.isBlank() || operator.equals("${user.name}")) {
      operator = System.getProperty("user.name");
    }
  }
}
