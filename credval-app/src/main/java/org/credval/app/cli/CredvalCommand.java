package org.credval.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code credval} command and its subcommands. */
@Command(
    name = "credval",
    mixinStandardHelpOptions = true,
    versionProvider = CredvalCommand.Version.class,
    description = {
      "credval: decide which industry-recognized credentials have value, steer funding and students toward them, and measure who earns them.",
      "",
      "Settings come from options, environment variables (CREDVAL_HOME, CREDVAL_DATA_DIR, SPRING_DATASOURCE_URL, ...) or application.properties; see 'credval show-config'."
    },
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      ImportAllCommand.class,
      ExtractCommand.class,
      SignalsCommand.class,
      CatalogCommand.class,
      BenchCommand.class,
      ScoreCommand.class,
      PriorityCommand.class,
      FetchDataCommand.class,
      ShowConfigCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CredvalCommand implements Runnable {

  /** Exit code by which a command says it started a server that should keep running. */
  public static final int KEEP_RUNNING = -1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CredvalCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      // Users get the message, never a stack trace; CREDVAL_JAVA_OPTS=-Dcredval.debug=true shows it.
      cmd.getErr().println(cmd.getColorScheme().errorText("credval: " + messageOf(ex)));
      if (Boolean.getBoolean("credval.debug")) {
        ex.printStackTrace(cmd.getErr());
      }
      return 2;
    });
    return cl;
  }

  private static String messageOf(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && (t.getMessage() == null || t instanceof org.springframework.beans.BeansException)) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CredvalCommand.class.getPackage().getImplementationVersion();
      return new String[] {"credval " + (v == null ? "development build" : v)};
    }
  }
}
