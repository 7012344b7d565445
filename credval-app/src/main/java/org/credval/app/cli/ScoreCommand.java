package org.credval.app.cli;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.credval.app.platform.config.CredvalProperties;
import org.credval.app.scoring.LivingWage;
import org.credval.app.scoring.OccupationMarkets;
import org.credval.app.scoring.RubricSource;
import org.credval.app.scoring.ScoringProperties;
import org.credval.app.scoring.ScoringRuns;
import org.credval.app.scoring.ScoringService;
import org.credval.core.scoring.CredentialScore;
import org.credval.core.scoring.DataSet;
import org.credval.core.scoring.InvalidRubricException;
import org.credval.core.scoring.RubricPresets;
import org.credval.core.scoring.RunDiff;
import org.credval.core.scoring.ScoringRun;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code credval score …}: score every credential under a rubric, compare runs, list the presets. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score every active credential of a state under a rubric (a file or a preset) and write the"
        + " scored list as CSV or JSON. The run is stored (rubric, digests, every explanation) unless --dry-run.",
        "The same rubric and evidence give byte-identical output."},
    subcommands = {ScoreCommand.Diff.class, ScoreCommand.Presets.class})
final class ScoreCommand implements Callable<Integer> {

  @Option(names = "--rubric", paramLabel = "<file|preset>",
      description = "A rubric file (JSON) or a preset: texas, ohio, louisiana, tennessee, florida ('credval score presets').")
  String rubric;

  @Option(names = "--state", paramLabel = "<ST>", description = "Two-letter postal code, e.g. TX.")
  String state;

  @Option(names = "--period", paramLabel = "<year>",
      description = "Year of the evidence: OEWS wages of May of that year or earlier, the projections starting then or earlier.")
  String period;

  @Option(names = "--out", paramLabel = "<file.csv|file.json>", description = "Where to write the scored list.")
  Path out;

  @Option(names = "--dry-run", description = "Score and write the file, but store nothing.")
  boolean dryRun;

  @Option(names = "--living-wage", paramLabel = "<dollars>",
      description = "Annual living wage (default: credval.scoring.living-wage, \\$31,300 = 200%% of the 2025 HHS poverty guideline for one person).")
  BigDecimal livingWage;

  @Option(names = "--living-wage-source", paramLabel = "<text>", description = "Where the --living-wage figure comes from, quoted in explanations.")
  String livingWageSource;

  @Option(names = "--allow-missing", split = ",", paramLabel = "<data set>",
      description = "Score although this data set is not loaded (postings, articulation, ...): its criteria count as no evidence.")
  List<String> allowMissing = List.of();

  @Mixin DatabaseOptions db;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    // Checked here rather than by picocli, which would also demand them of 'score diff' and 'score presets'.
    List<String> missing = new java.util.ArrayList<>();
    if (rubric == null) missing.add("'--rubric=<file|preset>'");
    if (state == null) missing.add("'--state=<ST>'");
    if (period == null) missing.add("'--period=<year>'");
    if (out == null) missing.add("'--out=<file.csv|file.json>'");
    if (!missing.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing required option" + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing));
    }
    String st = OccupationMarkets.state(state);
    int year = OccupationMarkets.year(period);
    boolean json = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    if (!json && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new IllegalArgumentException("--out must end in .csv or .json: " + out);
    }
    RubricSource source;
    try {
      source = RubricSource.of(rubric);
    } catch (InvalidRubricException e) {
      printProblems(e);
      return 1;
    }
    Set<DataSet> allow = EnumSet.noneOf(DataSet.class);
    for (String k : allowMissing) {
      allow.add(DataSet.fromKey(k.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
          "--allow-missing " + k + ": not a data set; one of postings, wages, living_wage, projections,"
              + " priority_occupations, catalog, articulation")));
    }
    try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
      LivingWage lw = livingWage == null ? ctx.getBean(ScoringProperties.class).defaultLivingWage()
          : new LivingWage(livingWage, livingWageSource);
      ScoringService scoring = ctx.getBean(ScoringService.class);
      ScoringService.Scored scored;
      try {
        scored = scoring.score(source, new ScoringService.Request(st, year, lw, allow));
      } catch (InvalidRubricException e) {
        printProblems(e);
        System.err.println("Load the missing data, or score without it: --allow-missing <data set> (its criteria"
            + " then count as no evidence for every credential).");
        return 1;
      }
      ScoringRun run = scored.run();
      if (run.scores().isEmpty()) {
        System.err.println("credval: the catalog has no active credential to score: load one with"
            + " 'credval catalog load-starter' or 'credval import catalog <file>'");
        return 1;
      }
      write(out, json ? run.toJson() : run.toCsv());
      scored.evidence().notes().forEach(n -> System.out.println("note: " + n));
      Map<String, Integer> counts = new TreeMap<>();
      run.scores().forEach(s -> counts.merge(s.placement(), 1, Integer::sum));
      System.out.printf("%s %s, %s %d: %,d credentials, %,d listed%n", run.rubricId(), run.rubricVersion(), st, year,
          run.scores().size(), run.scores().stream().filter(CredentialScore::listed).count());
      counts.forEach((k, v) -> System.out.printf("  %-24s %,d%n", k, v));
      System.out.println("rubric digest " + run.rubricDigest());
      System.out.println("input digest  " + run.inputDigest());
      System.out.println("run digest    " + run.runDigest());
      if (dryRun) {
        System.out.println("dry run: nothing stored; wrote " + out);
      } else {
        String id = scoring.store(scored, ctx.getBean(CredvalProperties.class).operator());
        System.out.println("stored run " + id + "; wrote " + out);
      }
      return 0;
    }
  }

  static void printProblems(InvalidRubricException e) {
    // The message lists every problem with its line and column.
    System.err.println("credval: " + e.getMessage());
  }

  static void write(Path out, String text) throws java.io.IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Compare two stored runs: credentials that entered the list, left it, or changed tier or points.")
  static final class Diff implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<run-a>", description = "The earlier run's id (or its first 8 characters).")
    String a;

    @Parameters(index = "1", paramLabel = "<run-b>", description = "The later run's id.")
    String b;

    @Option(names = "--out", paramLabel = "<file.csv|file.json>", description = "Also write the diff to this file.")
    Path out;

    @Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
      try (ConfigurableApplicationContext ctx = Contexts.batch(db)) {
        ScoringRuns runs = ctx.getBean(ScoringRuns.class);
        ScoringRuns.RunInfo ra = runs.run(a).orElseThrow(() -> new IllegalArgumentException("no stored run " + a
            + " (give the run id or at least its first 8 characters; 'credval score' prints it)"));
        ScoringRuns.RunInfo rb = runs.run(b).orElseThrow(() -> new IllegalArgumentException("no stored run " + b));
        RunDiff diff = RunDiff.between(runs.scoringRun(ra), runs.scoringRun(rb));
        System.out.println("before: " + diff.before());
        System.out.println("after:  " + diff.after());
        for (RunDiff.Kind k : RunDiff.Kind.values()) {
          System.out.printf("%-8s %,d%n", k.name().toLowerCase(Locale.ROOT), diff.of(k).size());
        }
        for (RunDiff.Change c : diff.changes()) {
          System.out.printf("  %-8s %-8s %-50s %s -> %s%n", c.kind().name().toLowerCase(Locale.ROOT), c.code().value(),
              c.name().length() > 50 ? c.name().substring(0, 49) + "…" : c.name(), c.beforePlacement(), c.afterPlacement());
        }
        if (out != null) {
          write(out, out.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? diff.toJson() : diff.toCsv());
          System.out.println("wrote " + out);
        }
        return 0;
      }
    }
  }

  @Command(name = "presets", mixinStandardHelpOptions = true,
      description = "List the rubric presets shipped with credval, or print one to copy and edit.")
  static final class Presets implements Callable<Integer> {

    @Option(names = "--show", paramLabel = "<name>", description = "Print this preset's rubric file.")
    String show;

    @Override
    public Integer call() {
      if (show != null) {
        System.out.print(RubricPresets.text(show));
        return 0;
      }
      for (String name : RubricPresets.NAMES) {
        var r = RubricPresets.load(name);
        System.out.printf("%-10s %-8s %s%n", name, r.version(), r.title());
      }
      System.out.println();
      System.out.println("Print one with: credval score presets --show <name>; score with: credval score --rubric <name> ...");
      return 0;
    }
  }
}
