package org.credval.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credval.app.platform.config.CredvalProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code credval demo}: the main job on the embedded database. Loads the public data it finds,
 * then serves the web UI and prints the address to open. A second run reuses what was loaded.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Start credval on the embedded database: import the public data found in --data-dir (or $CREDVAL_DATA_DIR, or ~/.credval/data), then serve the web UI. Stop with Ctrl+C.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--data-dir", paramLabel = "<dir>", description = "Folder of public data files, laid out as 'credval fetch-data' writes it.")
  Path dataDir;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--no-import", description = "Serve what is already loaded; import nothing.")
  boolean noImport;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    ConfigurableApplicationContext ctx = Contexts.web(db, "--server.port=" + port);
    try {
      CredvalProperties props = ctx.getBean(CredvalProperties.class);
      Path folder = dataDir != null ? dataDir : props.dataDir();
      if (folder == null && Files.isDirectory(props.home().resolve("data"))) {
        folder = props.home().resolve("data");
      }
      if (!noImport) {
        ctx.getBeansOfType(org.credval.app.platform.imports.StartupData.class).values().forEach(s -> s.ensureLoaded(props.operator()));
        if (folder == null) {
          System.out.println(DataLoader.NO_DATA_HELP);
        } else {
          System.out.println("Loading public data from " + folder.toAbsolutePath() + " …");
          DataLoader loader = new DataLoader(ctx);
          loader.loadFolder(folder, false, props.operator(), false);
          loader.signalsOverEveryPosting(props.operator());
        }
      }
      int actual = ((WebServerApplicationContext) ctx).getWebServer().getPort();
      System.out.println();
      System.out.println("credval is running on the embedded database at " + props.home().toAbsolutePath());
      System.out.println("Open http://localhost:" + actual + "/ in a browser. Stop with Ctrl+C.");
      return CredvalCommand.KEEP_RUNNING;
    } catch (RuntimeException e) {
      ctx.close();
      throw e;
    }
  }
}
