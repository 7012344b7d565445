package org.credval.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.credval.app.postings.bench.ThroughputBench;
import org.credval.app.postings.eval.EvaluationReport;
import org.credval.app.postings.eval.ExtractionEvaluation;
import org.credval.app.postings.eval.LabelHalf;
import org.credval.core.catalog.CredentialCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credval bench …}: measurements reported against baselines in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure credval against baselines in one run; results go to docs/PERFORMANCE.md.",
    subcommands = {BenchCommand.Accuracy.class, BenchCommand.Extract.class})
final class BenchCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Extraction throughput on one thread over the real posting files: credval (matching and classifying, and matching only) beside a java.util.regex alternation and two Aho-Corasick libraries that only match.")
  static final class Extract implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "<dir>", description = "The public data folder (e.g. ../shared/data).")
    Path dataDir;

    @Option(names = "--limit", defaultValue = "3000",
        description = "Postings measured (the first ones of the files, in a fixed order): the regex baseline is slow on the whole set. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured passes per method (median reported). Default: ${DEFAULT-VALUE}.")
    int rounds;

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
      String md = ThroughputBench.markdown(ThroughputBench.run(postings, CredentialCatalog.starter(), rounds));
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

    @Option(names = "--labels", defaultValue = "eval/labels/postings.jsonl", paramLabel = "<file.jsonl>",
        description = "The labeled postings (default: ${DEFAULT-VALUE}).")
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
      ExtractionEvaluation.Result r = new ExtractionEvaluation(CredentialCatalog.starter()).run(labels, dataDir, half);
      String md = (half == LabelHalf.ALL ? "" : "Half " + half + " of the labels\n\n") + EvaluationReport.markdown(r);
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
}
