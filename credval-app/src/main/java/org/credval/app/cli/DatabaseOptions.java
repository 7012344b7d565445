package org.credval.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by every command that opens the database. */
public final class DatabaseOptions {

  @Option(names = "--home", paramLabel = "<dir>",
      description = "Folder for the embedded database and reports (default: $CREDVAL_HOME or ~/.credval).")
  Path home;

  @Option(names = "--db-url", paramLabel = "<jdbc-url>",
      description = "JDBC URL of the database, e.g. jdbc:postgresql://localhost/credval (default: embedded H2 under --home).")
  String dbUrl;

  @Option(names = "--db-user", paramLabel = "<user>", description = "Database user.")
  String dbUser;

  @Option(names = "--db-password", paramLabel = "<password>", description = "Database password (or SPRING_DATASOURCE_PASSWORD).")
  String dbPassword;

  /** The options as Spring property arguments. */
  List<String> springArgs() {
    List<String> a = new ArrayList<>();
    if (home != null) {
      a.add("--credval.home=" + home.toAbsolutePath());
    }
    if (dbUrl != null) {
      a.add("--spring.datasource.url=" + dbUrl);
    }
    if (dbUser != null) {
      a.add("--spring.datasource.username=" + dbUser);
    }
    if (dbPassword != null) {
      a.add("--spring.datasource.password=" + dbPassword);
    }
    return a;
  }
}
