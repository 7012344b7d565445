package org.credval.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credval.app.platform.config.CredvalProperties;
import org.credval.app.signals.SignalRun;
import org.credval.app.signals.SignalService;
import org.credval.core.signals.Area;
import org.credval.core.signals.Period;
import org.credval.core.signals.SignalParams;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code credval signals}: employer signals from the stored postings, stored as a run and written as CSV. */
@Command(name = "signals", mixinStandardHelpOptions = true,
    description = {"Count, per credential x occupation x area x period, the stored postings that ask for each credential",
        "(required, preferred, ...), across how many employers, at what advertised pay, and store them as a run.",
        "Or write an earlier run again with --run. Method: docs/signals.md."},
    footer = {"", "Periods: " + Period.SYNTAX + ". Areas: US (all postings) or a state code such as NY.",
        "The same stored input and options give the same rows; computing again reuses the earlier run.",
        "", "A run computed by the Spark job (org.credval.spark.SignalsJob) is stored with 'credval signals import <its output folder>'.",
        "", "Exit codes: 0 written, 2 error."},
    subcommands = SignalsCommand.Import.class)
final class SignalsCommand implements Callable<Integer> {

  @Option(names = "--period", paramLabel = "<period>", description = "Posting dates to count: " + Period.SYNTAX + ".")
  String period;

  @Option(names = "--area", paramLabel = "<area>", description = "US (default: every posting) or a state's postal code.")
  String area;

  @Option(names = "--min-pay-n", paramLabel = "<n>", defaultValue = "10",
      description = "Fewest postings with a stated pay on each side before a median or premium is published (default: ${DEFAULT-VALUE}).")
  int minPayN;

  @Option(names = "--top-cooccurring", paramLabel = "<n>", defaultValue = "5",
      description = "Co-occurring credentials listed per row (default: ${DEFAULT-VALUE}).")
  int topCooccurring;

  @Option(names = "--run", paramLabel = "<run-id>", description = "Write the rows of this stored run instead of computing.")
  String runId;

  @Option(names = "--out", paramLabel = "<file.csv>", description = "Where to write the rows as CSV.")
  Path out;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
    if (out == null) {
      throw new IllegalArgumentException("give --out <file.csv> for the rows");
    }
    if ((period == null) == (runId == null)) {
      throw new IllegalArgumentException("give either --period <period> to compute signals or --run <run-id> to write a stored run");
    }
    SignalParams params = runId != null ? null
        : new SignalParams(Period.parse(period), Area.parse(area), minPayN, topCooccurring);
    try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
      SignalService signals = ctx.getBean(SignalService.class);
      SignalService.Outcome o;
      if (runId != null) {
        o = signals.stored(runId).orElseThrow(() -> new IllegalArgumentException(
            "no signal run " + runId + " is stored in this database"));
      } else {
        o = signals.compute(params, ctx.getBean(CredvalProperties.class).operator());
      }
      signals.writeCsv(o.rows(), out);
      print(o);
      return 0;
    }
  }

  private void print(SignalService.Outcome o) {
    SignalRun r = o.run();
    if (runId == null && o.reused()) {
      System.out.printf("same input and options as run %s of %s: nothing new stored%n", r.runId(), r.createdAt());
    }
    System.out.printf("run %s (%s, area %s, %s): %,d postings counted, %,d duplicates left out%n", r.runId(),
        r.period(), r.area(), r.params(), r.postings(), r.duplicates());
    System.out.printf("  input sha256 %s%n", r.inputSha256());
    if (o.catalogs() > 1) {
      System.out.printf("  note: the postings were extracted with %d different catalogs; re-extract them for one list%n",
          o.catalogs());
    }
    System.out.printf("  %,d rows written to %s%n", o.rows().size(), out);
  }

  /** {@code credval signals import}: a run the Spark job computed, stored for scoring. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Store a signal run computed by the Spark job (org.credval.spark.SignalsJob): give its output folder",
          "(the CSV part file and _credval_run.properties beside it) or the CSV file. The scorer reads it like a run of",
          "'credval signals'. Importing the same run again (same input digest, catalog, period, area, thresholds) stores nothing."},
      footer = {"", "Same as 'credval import signals <file>'. Exit codes: 0 loaded or unchanged, 1 rows or the file were rejected, 2 error."})
  static final class Import implements Callable<Integer> {

    @picocli.CommandLine.Parameters(index = "0", paramLabel = "<folder|file.csv>",
        description = "The Spark job's --out folder, or one CSV file of signal rows.")
    Path path;

    @Option(names = "--dry-run", description = "Validate and report what would be stored; store nothing.")
    boolean dryRun;

    @Option(names = "--set", paramLabel = "<key=value>",
        description = "Run facts when the run file is missing or to override it: input_sha256, params, postings, duplicates, catalog_sha256.")
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();

    @Option(names = "--report", paramLabel = "<file.json>", description = "Also write the full report as JSON.")
    Path reportJson;

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
      Path file = rowsFile(path);
      try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
        org.credval.app.platform.imports.ImportReport r = ctx.getBean(org.credval.app.platform.imports.ImportService.class)
            .run("signals", file, options, dryRun, ctx.getBean(CredvalProperties.class).operator(), new ConsoleProgress());
        ReportOutput.print(r, reportJson);
        return r.rejected() > 0 || r.status().equals("REJECTED") || r.status().equals("FAILED") ? 1 : 0;
      }
    }

    /** The folder's one part file (Spark names them part-00000-…), or the file itself. */
    static Path rowsFile(Path path) throws java.io.IOException {
      if (!java.nio.file.Files.isDirectory(path)) {
        return path;
      }
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(path)) {
        java.util.List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")
            && !f.getFileName().toString().endsWith(".crc")).sorted().toList();
        if (parts.size() != 1) {
          throw new IllegalArgumentException(path + " holds " + parts.size() + " part files; the Spark job writes one"
              + " (coalesced): give the CSV file itself");
        }
        return parts.get(0);
      }
    }
  }
}
