package org.credval.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.credval.app.platform.imports.ImportReport;
import org.credval.app.platform.imports.ImportService;
import org.credval.app.platform.config.CredvalProperties;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code credval import <kind> <path> [--dry-run]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import one file: validate every row, then load it as one batch with its provenance. A second import of the same file changes nothing. Kinds: see 'credval import-all --list-kinds'.",
    footer = {"", "Exit codes: 0 loaded or unchanged, 1 some rows or the file were rejected, 2 error."})
final class ImportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<kind>", description = "What the file is, e.g. oews, soc, onet-occupations, ep, cip, cip-soc, catalog, postings.")
  String kind;

  @Parameters(index = "1", paramLabel = "<path>", description = "The file, as its publisher released it (gzip is fine).")
  Path path;

  @Option(names = "--dry-run", description = "Validate and report what would change; write nothing.")
  boolean dryRun;

  @Option(names = "--report", paramLabel = "<file.json>", description = "Also write the full report as JSON.")
  Path reportJson;

  @Option(names = "--set", paramLabel = "<key=value>", description = "An importer setting, e.g. --set year=2023 for a release that does not state its year.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--format", paramLabel = "<format>",
      description = "For kind postings: nyc-jobs, usajobs, usajobs-questionnaire, jsonld or csv (same as --set format=...).")
  String format;

  @Option(names = "--mapping", paramLabel = "<file|name>",
      description = "For kind postings with --format csv: the column-mapping file, or a built-in mapping (dice, goodwill, jobscraper, zapply).")
  String mapping;

  @Option(names = "--user", description = "Name recorded in the load's provenance (default: credval.operator, the OS user).")
  String user;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    if (format != null) {
      options.put("format", format);
    }
    if (mapping != null) {
      // A mapping file is recorded by its absolute path, so the load's options name it unambiguously.
      java.nio.file.Path m = java.nio.file.Path.of(mapping);
      options.put("mapping", java.nio.file.Files.isRegularFile(m) ? m.toAbsolutePath().normalize().toString() : mapping);
    }
    try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
      ImportService imports = ctx.getBean(ImportService.class);
      String who = user != null ? user : ctx.getBean(CredvalProperties.class).operator();
      ImportReport r = imports.run(kind, path, options, dryRun, who, new ConsoleProgress());
      ReportOutput.print(r, reportJson);
      return r.rejected() > 0 || r.status().equals("REJECTED") || r.status().equals("FAILED") ? 1 : 0;
    }
  }
}
