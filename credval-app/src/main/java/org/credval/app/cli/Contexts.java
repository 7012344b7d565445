package org.credval.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.credval.app.CredvalApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context a command needs: with the web server or without. */
final class Contexts {

  private Contexts() {}

  static ConfigurableApplicationContext batch(DatabaseOptions db, String... extra) {
    return start(WebApplicationType.NONE, db, extra);
  }

  static ConfigurableApplicationContext web(DatabaseOptions db, String... extra) {
    return start(WebApplicationType.SERVLET, db, extra);
  }

  private static ConfigurableApplicationContext start(WebApplicationType type, DatabaseOptions db, String... extra) {
    List<String> args = new ArrayList<>(db.springArgs());
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(CredvalApplication.class)
        .web(type)
        .logStartupInfo(false)
        .run(args.toArray(String[]::new));
  }
}
