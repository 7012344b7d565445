package org.credval.app.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.credval.app.platform.config.CredvalProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code credval import-all <dir>}: every known file of a data folder, in dependency order. */
@Command(name = "import-all", mixinStandardHelpOptions = true,
    description = "Import every known public data file found in a data folder (as written by 'credval fetch-data'), in dependency order.")
final class ImportAllCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "<dir>", description = "The data folder (default: credval.data-dir / $CREDVAL_DATA_DIR).")
  Path dir;

  @Option(names = "--dry-run", description = "Validate every file and report; write nothing.")
  boolean dryRun;

  @Option(names = "--list-kinds", description = "List the import kinds and the files each reads, then stop.")
  boolean listKinds;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
      DataLoader loader = new DataLoader(ctx);
      if (listKinds) {
        loader.printKinds();
        return 0;
      }
      CredvalProperties props = ctx.getBean(CredvalProperties.class);
      Path folder = dir != null ? dir : props.dataDir();
      if (folder == null) {
        System.err.println(DataLoader.NO_DATA_HELP);
        return 2;
      }
      Map<String, Integer> result = loader.loadFolder(folder, dryRun, props.operator(), true);
      return result.getOrDefault("problems", 0) > 0 ? 1 : 0;
    }
  }
}
