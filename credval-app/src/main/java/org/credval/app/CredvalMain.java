package org.credval.app;

import org.credval.app.cli.CredvalCommand;
import picocli.CommandLine;

/** Entry point of the {@code credval} command line; {@code credval demo} starts the web app. */
public final class CredvalMain {

  private CredvalMain() {}

  public static void main(String[] args) {
    int exit = CredvalCommand.commandLine().execute(args);
    // demo keeps running its web server; every other command ends with its exit code.
    if (exit != CredvalCommand.KEEP_RUNNING) {
      System.exit(exit);
    }
  }
}
