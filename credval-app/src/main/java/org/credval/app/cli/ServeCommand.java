package org.credval.app.cli;

import java.util.concurrent.Callable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credval serve}: the web UI and API on the configured database, importing nothing. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and REST API on the configured database (production use). Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", description = "HTTP port (default: server.port, 8080).")
  Integer port;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() {
    ConfigurableApplicationContext ctx = port == null ? Contexts.web(db) : Contexts.web(db, "--server.port=" + port);
    int actual = ((WebServerApplicationContext) ctx).getWebServer().getPort();
    System.out.println("credval is serving http://localhost:" + actual + "/");
    return CredvalCommand.KEEP_RUNNING;
  }
}
