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
        "", "Exit codes: 0 written, 2 error."})
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

  @Option(names = "--out", required = true, paramLabel = "<file.csv>", description = "Where to write the rows as CSV.")
  Path out;

  @Mixin DatabaseOptions db;

  @Override
  public Integer call() throws Exception {
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
}
