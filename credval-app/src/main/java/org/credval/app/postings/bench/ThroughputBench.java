package org.credval.app.postings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.credval.app.platform.imports.SourceFile;
import org.credval.app.postings.eval.DatasetFormat;
import org.credval.app.postings.read.PostingReader;
import org.credval.app.postings.read.PostingReaders;
import org.credval.app.postings.read.PostingRecord;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.postings.Posting;

/**
 * Extraction throughput on one core over the real posting files, every method measured in the same
 * run: rounds go method by method, so that a slow moment of the machine hits all of them alike, and
 * the median round is reported.
 */
public final class ThroughputBench {

  /** Posting files of the public data folder, by dataset, in the order they are read. */
  static final List<String> FILES = List.of(
      "job-postings-dice-tech-sample/dice_com_job_us_sample_subset.csv.gz",
      "job-postings-goodwill-central-texas/goodwill_central_texas_postings.jsonl.gz",
      "job-postings-jobscraper-forks/jobscraper_forks_postings.jsonl.gz",
      "job-postings-nyc-sample/nyc_jobs_postings_sample.mojibake_fixed.csv.gz",
      "job-postings-zapply-healthcare/zapply_healthcare_postings.jsonl.gz");

  /** One method's result: median seconds per pass, text megabytes and postings per pass. */
  public record Row(String method, double seconds, double megabytes, int postings, long hits) {
    public double mbPerSecond() {
      return megabytes / seconds;
    }

    public double postingsPerSecond() {
      return postings / seconds;
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

  public static List<Row> run(List<Posting> postings, CredentialCatalog catalog, int rounds) {
    double mb = postings.stream().flatMap(p -> Contenders.texts(p).stream())
        .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
    List<Contender> contenders = Contenders.all(catalog);
    double[][] seconds = new double[contenders.size()][rounds];
    long[] hits = new long[contenders.size()];
    for (Contender c : contenders) {
      c.run(postings); // warm-up: compile the hot paths before measuring
    }
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < contenders.size(); i++) {
        long t0 = System.nanoTime();
        hits[i] = contenders.get(i).run(postings);
        seconds[i][r] = (System.nanoTime() - t0) / 1e9;
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < contenders.size(); i++) {
      double[] s = seconds[i].clone();
      Arrays.sort(s);
      rows.add(new Row(contenders.get(i).name(), s[s.length / 2], mb, postings.size(), hits[i]));
    }
    return rows;
  }

  public static String markdown(List<Row> rows) {
    double fastestLibrary = rows.stream().filter(r -> !r.method().startsWith("credval"))
        .mapToDouble(Row::mbPerSecond).max().orElse(Double.NaN);
    StringBuilder s = new StringBuilder(String.format("%,d postings, %.1f MB of text per pass; one thread%n%n",
        rows.get(0).postings(), rows.get(0).megabytes()));
    s.append("| method | MB/s | postings/s | × fastest library | hits |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      s.append(String.format("| %s | %.1f | %,.0f | %.2f | %,d |%n", r.method(), r.mbPerSecond(), r.postingsPerSecond(),
          r.mbPerSecond() / fastestLibrary, r.hits()));
    }
    return s.toString();
  }
}
