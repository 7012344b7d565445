package org.credval.core.extract;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.json.JsonParser;
import org.credval.core.postings.Posting;

/**
 * Throughput of matching alone and of full extraction on real postings, single-threaded, with the
 * starter catalog, per second of the thread's CPU time. Not a test: run it by hand, e.g.
 * {@code java -cp credval-core/target/classes:credval-core/target/test-classes
 * org.credval.core.extract.ExtractBench ../shared/data/job-postings-zapply-healthcare/zapply_healthcare_postings.jsonl.gz}
 * (JSON lines with {@code job_description}/{@code description} and {@code job_title}/{@code title}).
 */
public final class ExtractBench {

  private ExtractBench() {}

  public static void main(String[] args) throws IOException {
    List<Posting> postings = new ArrayList<>();
    for (String file : args) {
      postings.addAll(read(Path.of(file)));
    }
    long bytes = 0;
    for (Posting p : postings) {
      bytes += p.title().getBytes(StandardCharsets.UTF_8).length;
      bytes += p.sections().get(0).text().getBytes(StandardCharsets.UTF_8).length;
    }
    MentionExtractor extractor = new MentionExtractor(CredentialCatalog.starter());
    System.out.printf("%d postings, %.1f MB%n", postings.size(), bytes / 1e6);
    // CPU time of this thread, not wall time: per-core throughput that other load cannot skew.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < Integer.getInteger("rounds", 5); round++) {
      // Baseline: copy each text to a char array and count its word starts, the least any scan does.
      long b0 = cpu.getCurrentThreadCpuTime();
      long words = 0;
      for (Posting p : postings) {
        words += wordStarts(p.title()) + wordStarts(p.sections().get(0).text());
      }
      long t0 = cpu.getCurrentThreadCpuTime();
      long matches = 0;
      for (Posting p : postings) {
        matches += extractor.matcher().find(p.title()).size();
        matches += extractor.matcher().find(p.sections().get(0).text()).size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      long mentions = 0;
      for (Posting p : postings) {
        mentions += extractor.extract(p).size();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      System.out.printf("round %d: baseline %.0f MB/s (%d words); ", round, bytes / 1e6 / ((t0 - b0) / 1e9), words);
      System.out.printf("match %.0f MB/s (%d matches); extract %.0f MB/s, %.0f postings/s (%d mentions)%n",
          bytes / 1e6 / ((t1 - t0) / 1e9), matches, bytes / 1e6 / ((t2 - t1) / 1e9),
          postings.size() / ((t2 - t1) / 1e9), mentions);
    }
  }

  private static int wordStarts(String text) {
    char[] chars = text.toCharArray();
    int count = 0;
    boolean inWord = false;
    for (char c : chars) {
      boolean word = Character.isLetterOrDigit(c);
      if (word && !inWord) {
        count++;
      }
      inWord = word;
    }
    return count;
  }

  static List<Posting> read(Path file) throws IOException {
    List<Posting> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!(JsonParser.parse(line) instanceof Map<?, ?> m)) {
          continue;
        }
        Object text = m.containsKey("job_description") ? m.get("job_description") : m.get("description");
        Object title = m.containsKey("job_title") ? m.get("job_title") : m.get("title");
        Object id = m.containsKey("job_id") ? m.get("job_id") : m.get("id");
        if (text instanceof String t && id != null) {
          out.add(new Posting("bench", String.valueOf(id), null, title instanceof String s ? s : "", null, null,
              null, null, null, List.of(new Posting.Section("description", t)), List.of()));
        }
      }
    }
    return out;
  }
}
