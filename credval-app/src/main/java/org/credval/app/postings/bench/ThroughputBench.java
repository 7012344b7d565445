package org.credval.app.postings.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.postings.eval.DatasetFormat;
import org.credval.app.postings.read.PostingReader;
import org.credval.app.postings.read.PostingReaders;
import org.credval.app.postings.read.PostingRecord;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.postings.Posting;

/**
 * Extraction throughput over the real posting files on one or more threads, every method measured in
 * the same run: rounds go method by method, so that a slow moment of the machine hits all of them
 * alike, and the median round is reported, per thread (wall clock) and per CPU-second.
 */
public final class ThroughputBench {

  /** Posting files of the public data folder, by dataset, in the order they are read. */
  static final List<String> FILES = List.of(
      "job-postings-dice-tech-sample/dice_com_job_us_sample_subset.csv.gz",
      "job-postings-goodwill-central-texas/goodwill_central_texas_postings.jsonl.gz",
      "job-postings-jobscraper-forks/jobscraper_forks_postings.jsonl.gz",
      "job-postings-nyc-sample/nyc_jobs_postings_sample.mojibake_fixed.csv.gz",
      "job-postings-zapply-healthcare/zapply_healthcare_postings.jsonl.gz");

  /**
   * How the benchmark runs.
   *
   * @param threads threads that each process every posting, at the same time
   * @param rounds measured rounds per method (the median is reported)
   * @param warmup unmeasured rounds per method before measuring
   * @param minRoundSeconds each round repeats the pass until about this long, so that fast methods
   *     are timed over more than a few milliseconds
   * @param regexPostings postings given to the java.util.regex baseline, which is two orders of
   *     magnitude slower than the others (its MB/s is measured on these)
   */
  public record Settings(int threads, int rounds, int warmup, double minRoundSeconds, int regexPostings) {
    public Settings {
      if (threads < 1 || rounds < 1 || warmup < 0 || minRoundSeconds < 0 || regexPostings < 1) {
        throw new IllegalArgumentException("threads, rounds and regex postings must be at least 1, warmup and min-round 0 or more");
      }
    }
  }

  /**
   * One method's result: the median round's wall and CPU seconds per pass, and what one pass is.
   *
   * @param seconds wall seconds for every thread to finish one pass
   * @param cpuSeconds CPU seconds of all threads together for one pass each
   */
  public record Row(String method, int threads, double seconds, double cpuSeconds, double megabytes, int postings,
      long hits) {

    /** MB/s each thread reached while all ran at once: per core when each thread has one. */
    public double mbPerSecondPerThread() {
      return megabytes / seconds;
    }

    /** MB per CPU-second: what one core does when nothing else competes for it. */
    public double mbPerCpuSecond() {
      return megabytes * threads / cpuSeconds;
    }

    /** Postings per second over all threads. */
    public double postingsPerSecond() {
      return postings * (double) threads / seconds;
    }
  }

  public static List<Posting> load(Path dataDir) throws IOException {
    List<Posting> out = new ArrayList<>();
    for (String relative : FILES) {
      Path file = dataDir.resolve(relative);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      DatasetFormat format = DatasetFormat.of(relative.substring(0, relative.indexOf('/')));
      PostingReader reader = PostingReaders.forFormat(format.format(), format.mapping());
      try (var records = reader.read(SourceFile.of(file))) {
        records.filter(PostingRecord::accepted).map(PostingRecord::posting).forEach(out::add);
      }
    }
    return out;
  }

  public static List<Row> run(List<Posting> postings, CredentialCatalog catalog, Settings settings)
      throws InterruptedException {
    List<Contender> contenders = Contenders.all(catalog);
    List<List<Posting>> inputs = new ArrayList<>();
    for (Contender c : contenders) {
      inputs.add(c.name().startsWith("java.util.regex")
          ? postings.subList(0, Math.min(settings.regexPostings(), postings.size())) : postings);
    }
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      int[] passes = new int[contenders.size()];
      for (int i = 0; i < contenders.size(); i++) {
        // Warm-up: compile the hot paths, and learn how many passes fill a round.
        double s = Double.MAX_VALUE;
        for (int w = 0; w < Math.max(1, settings.warmup()); w++) {
          s = Math.min(s, round(pool, contenders.get(i), inputs.get(i), settings.threads(), 1).wall);
        }
        passes[i] = (int) Math.max(1, Math.ceil(settings.minRoundSeconds() / Math.max(s, 1e-6)));
      }
      double[][] wall = new double[contenders.size()][settings.rounds()];
      double[][] cpu = new double[contenders.size()][settings.rounds()];
      long[] hits = new long[contenders.size()];
      for (int r = 0; r < settings.rounds(); r++) {
        // Methods take turns round by round, so a busy moment of the machine hits all of them alike.
        for (int i = 0; i < contenders.size(); i++) {
          Timing t = round(pool, contenders.get(i), inputs.get(i), settings.threads(), passes[i]);
          wall[i][r] = t.wall / passes[i];
          cpu[i][r] = t.cpu / passes[i];
          hits[i] = t.hits / passes[i] / settings.threads();
        }
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < contenders.size(); i++) {
        List<Posting> in = inputs.get(i);
        rows.add(new Row(contenders.get(i).name(), settings.threads(), median(wall[i]), median(cpu[i]),
            megabytes(in), in.size(), hits[i]));
      }
      return rows;
    } finally {
      pool.shutdownNow();
    }
  }

  private record Timing(double wall, double cpu, long hits) {}

  /** Every thread runs {@code passes} passes over all postings; wall time until the last ends. */
  private static Timing round(ExecutorService pool, Contender c, List<Posting> postings, int threads, int passes)
      throws InterruptedException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Callable<long[]>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      tasks.add(() -> {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long hits = 0;
        for (int p = 0; p < passes; p++) {
          hits += c.run(postings);
        }
        return new long[] {hits, mx.getCurrentThreadCpuTime() - cpu0};
      });
    }
    long t0 = System.nanoTime();
    List<Future<long[]>> done = pool.invokeAll(tasks);
    double wall = (System.nanoTime() - t0) / 1e9;
    long hits = 0;
    long cpu = 0;
    for (Future<long[]> f : done) {
      try {
        hits += f.get()[0];
        cpu += f.get()[1];
      } catch (ExecutionException e) {
        throw new IllegalStateException(c.name() + " failed", e.getCause());
      }
    }
    return new Timing(wall, cpu / 1e9, hits);
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  static double megabytes(List<Posting> postings) {
    return postings.stream().flatMap(p -> Contenders.texts(p).stream())
        .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
  }

  public static String markdown(List<Row> rows) {
    Row first = rows.get(0);
    List<Row> libraries = rows.stream().filter(r -> !r.method().startsWith("credval")).toList();
    double fastestWall = libraries.stream().mapToDouble(Row::mbPerSecondPerThread).max().orElse(Double.NaN);
    double fastestCpu = libraries.stream().mapToDouble(Row::mbPerCpuSecond).max().orElse(Double.NaN);
    StringBuilder s = new StringBuilder(String.format(
        "%,d postings, %.1f MB of text per pass; %d thread%s, each making every pass%n%n",
        first.postings(), first.megabytes(), first.threads(), first.threads() == 1 ? "" : "s"));
    s.append("| method | MB/s per thread | MB per CPU-second | postings/s (all threads) | × fastest library (per thread) "
        + "| × fastest library (per CPU-second) | hits per pass |\n|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      String method = r.postings() == first.postings() ? r.method()
          : String.format("%s, on the first %,d postings", r.method(), r.postings());
      s.append(String.format("| %s | %.1f | %.1f | %,.0f | %.2f | %.2f | %,d |%n", method, r.mbPerSecondPerThread(),
          r.mbPerCpuSecond(), r.postingsPerSecond(), r.mbPerSecondPerThread() / fastestWall,
          r.mbPerCpuSecond() / fastestCpu, r.hits()));
    }
    return s.toString();
  }
}
