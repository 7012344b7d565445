package org.credval.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credval.app.postings.bench.ScaleBench;
import org.credval.app.postings.bench.ThroughputBench;
import org.credval.app.postings.eval.EvaluationReport;
import org.credval.app.postings.eval.ExtractionEvaluation;
import org.credval.app.postings.eval.LabelHalf;
import org.credval.app.postings.eval.LabelSet;
import org.credval.core.catalog.CredentialCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credval bench …}: measurements reported against baselines in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure credval against baselines in one run; results go to docs/PERFORMANCE.md.",
    subcommands = {BenchCommand.Accuracy.class, BenchCommand.Extract.class, BenchCommand.ExtractScale.class, BenchCommand.Occupations.class,
        BenchCommand.Scoring.class})
final class BenchCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Extraction throughput over the real posting files: credval (matching and classifying, and matching only) beside a java.util.regex alternation and two Aho-Corasick libraries that only match, on --threads threads at once.")
  static final class Extract implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "<dir>", description = "The public data folder (e.g. ../shared/data).")
    Path dataDir;

    @Option(names = "--limit", defaultValue = "20000",
        description = "Postings measured (the first ones of the files, in a fixed order). Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--threads", defaultValue = "2",
        description = "Threads, each making every pass at the same time (one per core). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds per method (median reported). Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured rounds per method first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--min-round", defaultValue = "2", paramLabel = "<seconds>",
        description = "Each round repeats the pass for at least about this long. Default: ${DEFAULT-VALUE}.")
    double minRound;

    @Option(names = "--regex-limit", defaultValue = "300",
        description = "Postings given to the java.util.regex baseline, far slower than the rest. Default: ${DEFAULT-VALUE}.")
    int regexLimit;

    @Option(names = "--out", paramLabel = "<file.md>", description = "Also write the report as Markdown.")
    Path out;

    @Override
    public Integer call() throws Exception {
      var postings = ThroughputBench.load(dataDir);
      postings = postings.subList(0, Math.min(limit, postings.size()));
      if (postings.isEmpty()) {
        System.err.println("no posting files found in " + dataDir);
        return 2;
      }
      ThroughputBench.Settings settings;
      try {
        settings = new ThroughputBench.Settings(threads, rounds, warmup, minRound, regexLimit);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
      String md = ThroughputBench.markdown(ThroughputBench.run(postings, CredentialCatalog.starter(), settings));
      System.out.print(md);
      if (out != null) {
        Files.writeString(out, md, StandardCharsets.UTF_8);
      }
      return 0;
    }
  }

  @Command(name = "extract-scale", mixinStandardHelpOptions = true,
      description = "Extraction over --postings postings made from the real ones by deterministic perturbation and streamed, never stored: time and heap at several sizes, to show linear time and flat memory.")
  static final class ExtractScale implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "<dir>", description = "The public data folder (e.g. ../shared/data).")
    Path dataDir;

    @Option(names = "--postings", defaultValue = "1000000", description = "Postings to extract. Default: ${DEFAULT-VALUE}.")
    long postings;

    @Option(names = "--threads", defaultValue = "2", description = "Threads sharing the work. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--out", paramLabel = "<file.md>", description = "Also write the report as Markdown.")
    Path out;

    @Override
    public Integer call() throws Exception {
      var real = ThroughputBench.load(dataDir);
      if (real.isEmpty()) {
        System.err.println("no posting files found in " + dataDir);
        return 2;
      }
      if (postings < 8 || threads < 1) {
        System.err.println("--postings must be at least 8 and --threads at least 1");
        return 2;
      }
      long[] at = {postings / 8, postings / 4, postings / 2, postings};
      var bench = new ScaleBench(real);
      String md = ScaleBench.markdown(
          bench.run(CredentialCatalog.starter(), postings, threads, at));
      System.out.print(md);
      if (out != null) {
        Files.writeString(out, md, StandardCharsets.UTF_8);
      }
      return 0;
    }
  }

  @Command(name = "accuracy", mixinStandardHelpOptions = true,
      description = "Score credential extraction against hand-labeled postings, beside two baselines (every dictionary hit = mentioned; level from the section heading). Needs no database.")
  static final class Accuracy implements Callable<Integer> {

    @Option(names = "--set", defaultValue = "ORIGINAL", paramLabel = "<original|heldout|dev>",
        description = "Which labeled postings to score: the 300 the rules were written from (original: eval/labels/postings.jsonl), the held-out sample (heldout: eval/labels/heldout.jsonl) or the development sample (dev: eval/labels/dev.jsonl) (default: original).")
    LabelSet set;

    @Option(names = "--labels", paramLabel = "<file.jsonl>",
        description = "Score this label file instead of the one --set names.")
    Path labels;

    @Option(names = "--data-dir", required = true, paramLabel = "<dir>",
        description = "The public data folder holding the labeled postings' files (e.g. ../shared/data).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "<file.md>", description = "Also write the report as Markdown.")
    Path out;

    @Option(names = "--errors", paramLabel = "<file.jsonl>",
        description = "Also write every credval false positive, false negative and level error, with the text around it, as JSON Lines.")
    Path errors;

    @Option(names = "--half", defaultValue = "ALL", paramLabel = "<A|B|ALL>",
        description = "Score one of two fixed, seeded halves of the labels (A or B), or all of them (default: ${DEFAULT-VALUE}).")
    LabelHalf half;

    @Override
    public Integer call() throws Exception {
      Path file = labels != null ? labels : set.file();
      ExtractionEvaluation.Result r = new ExtractionEvaluation(CredentialCatalog.starter()).run(file, dataDir, half);
      String md = "Labels: " + file + (half == LabelHalf.ALL ? "" : ", half " + half) + "\n\n" + EvaluationReport.markdown(r);
      System.out.print(md);
      if (out != null) {
        Files.writeString(out, md, StandardCharsets.UTF_8);
      }
      if (errors != null) {
        StringBuilder lines = new StringBuilder();
        r.errors().forEach(e -> lines.append(e.toJsonLine()).append('\n'));
        Files.writeString(errors, lines, StandardCharsets.UTF_8);
      }
      return r.unresolved().isEmpty() ? 0 : 1;
    }
  }

  @Command(name = "occupations", mixinStandardHelpOptions = true,
      description = "Occupation coding from titles, measured on the postings that carry a SOC code (Zapply) with the codes hidden: coverage and correctness per confidence threshold, beside a whole-title baseline. Needs no database.")
  static final class Occupations implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "<dir>",
        description = "The public data folder with soc-2018, onet and the posting files (e.g. ../shared/data).")
    Path dataDir;

    @Option(names = "--out", paramLabel = "<file.md>", description = "Also write the report as Markdown.")
    Path out;

    @Override
    public Integer call() throws Exception {
      String md = org.credval.app.postings.bench.OccupationBench.markdown(
          org.credval.app.postings.bench.OccupationBench.run(dataDir));
      System.out.print(md);
      if (out != null) {
        Files.writeString(out, md, StandardCharsets.UTF_8);
      }
      return 0;
    }
  }

  @Command(name = "scoring", mixinStandardHelpOptions = true,
      description = "What-if preview time on the loaded data: evidence read from the database each time beside evidence kept per state, period and inputs (EvidenceCache), in one run.")
  static final class Scoring implements Callable<Integer> {

    @Option(names = "--rubric", defaultValue = "texas", paramLabel = "<preset|file>", description = "The rubric (default: ${DEFAULT-VALUE}).")
    String rubric;

    @Option(names = "--state", defaultValue = "TX", paramLabel = "<ST>", description = "State (default: ${DEFAULT-VALUE}).")
    String state;

    @Option(names = "--period", defaultValue = "2024", paramLabel = "<year>", description = "Year (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--repeat", defaultValue = "5", paramLabel = "<n>", description = "Previews timed each way (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--out", paramLabel = "<file.md>", description = "Also write the report as Markdown.")
    Path out;

    @picocli.CommandLine.Mixin DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
      try (org.springframework.context.ConfigurableApplicationContext ctx = Contexts.batch(db)) {
        org.credval.app.scoring.ScoringBench.Result r = ctx.getBean(org.credval.app.scoring.ScoringBench.class).run(rubric,
            org.credval.app.scoring.OccupationMarkets.state(state), org.credval.app.scoring.OccupationMarkets.year(period),
            ctx.getBean(org.credval.app.scoring.ScoringProperties.class).defaultLivingWage(),
            java.util.EnumSet.allOf(org.credval.core.scoring.DataSet.class), Math.max(1, repeat));
        String md = r.markdown();
        System.out.print(md);
        if (out != null) {
          Files.writeString(out, md, StandardCharsets.UTF_8);
        }
        return 0;
      }
    }
  }
}
