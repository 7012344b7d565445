package org.credval.app.postings.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.extract.Mention;
import org.credval.core.extract.MentionExtractor;
import org.credval.core.postings.Posting;

/**
 * Extraction over many more postings than the public files hold, to show that time grows linearly
 * with the input and memory does not grow at all. Postings are made one at a time from the real
 * ones, never stored: the n-th is real posting {@code n mod N} with its lines rotated and its digits
 * shifted by {@code n / N}, so every copy reads differently but has the same length and the same
 * kind of text. Each mention is written out as its JSON line (and dropped), as {@code credval
 * extract} would.
 */
public final class ScaleBench {

  private static final int BLOCK = 256;

  /**
   * The state of the run when {@code postings} had been extracted.
   *
   * @param heapUsedMb heap in use at that moment (live data and garbage not yet collected)
   * @param peakHeapMb the highest heap use since the run started
   */
  public record Checkpoint(long postings, double megabytes, double seconds, long mentions, double heapUsedMb,
      double peakHeapMb) {

    public double microsPerPosting() {
      return seconds * 1e6 / postings;
    }
  }

  /** All checkpoints, and the heap left after a full collection before and after the run. */
  public record Result(int threads, int basePostings, List<Checkpoint> checkpoints, double liveHeapBeforeMb,
      double liveHeapAfterMb) {}

  private final List<Posting> base;
  private final long[] baseBytes;

  public ScaleBench(List<Posting> real) {
    if (real.isEmpty()) {
      throw new IllegalArgumentException("no postings to generate from");
    }
    this.base = List.copyOf(real);
    this.baseBytes = new long[base.size()];
    for (int i = 0; i < base.size(); i++) {
      for (String t : Contenders.texts(base.get(i))) {
        baseBytes[i] += t.getBytes(StandardCharsets.UTF_8).length;
      }
    }
  }

  /** The {@code n}-th generated posting; the same {@code n} always gives the same posting. */
  public Posting generated(long n) {
    Posting p = base.get((int) (n % base.size()));
    int copy = (int) (n / base.size());
    if (copy == 0) {
      return p;
    }
    List<Posting.Section> sections = new ArrayList<>(p.sections().size());
    for (Posting.Section s : p.sections()) {
      sections.add(new Posting.Section(s.field(), perturb(s.text(), copy)));
    }
    return new Posting(p.source(), p.sourceId() + "~" + copy, p.employer(), perturb(p.title(), copy), p.state(),
        p.area(), p.postedOn(), p.pay(), p.socCode(), sections, p.structuredCredentials());
  }

  /** Lines rotated by the copy number, digits shifted by it: same length, same words, other order. */
  static String perturb(String text, int copy) {
    List<String> lines = Arrays.asList(text.split("\n", -1));
    Collections.rotate(lines, copy % Math.max(1, lines.size()));
    char[] chars = String.join("\n", lines).toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = (char) ('0' + (chars[i] - '0' + copy) % 10);
      }
    }
    return new String(chars);
  }

  /** Extracts {@code total} generated postings on {@code threads} threads, noting each checkpoint. */
  public Result run(CredentialCatalog catalog, long total, int threads, long[] checkpointsAt) throws Exception {
    MentionExtractor extractor = new MentionExtractor(catalog);
    double liveBefore = liveHeapMb();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    Checkpoint[] reached = new Checkpoint[checkpointsAt.length];
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          long from;
          while ((from = next.getAndAdd(BLOCK)) < total) {
            long to = Math.min(total, from + BLOCK);
            long found = 0;
            long read = 0;
            for (long n = from; n < to; n++) {
              for (Mention m : extractor.extract(generated(n))) {
                found += m.toJsonLine().length() > 0 ? 1 : 0;
              }
              read += baseBytes[(int) (n % base.size())];
            }
            long m = mentions.addAndGet(found);
            long b = bytes.addAndGet(read);
            long now = done.addAndGet(to - from);
            note(now, now - (to - from), m, b, t0, checkpointsAt, reached, heapPools);
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
    List<Checkpoint> out = Arrays.stream(reached).filter(c -> c != null).toList();
    return new Result(threads, base.size(), out, liveBefore, liveHeapMb());
  }

  private static synchronized void note(long now, long before, long mentions, long bytes, long t0, long[] at,
      Checkpoint[] reached, List<MemoryPoolMXBean> pools) {
    for (int k = 0; k < at.length; k++) {
      if (reached[k] == null && before < at[k] && now >= at[k]) {
        double used = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum() / 1e6;
        double peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
        reached[k] = new Checkpoint(now, bytes / 1e6, (System.nanoTime() - t0) / 1e9, mentions, used, peak);
      }
    }
  }

  private static double liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
  }

  public static String markdown(Result r) {
    StringBuilder s = new StringBuilder(String.format(
        "%d threads; postings generated from %,d real ones; heap after a full collection: %.0f MB before, %.0f MB after%n%n",
        r.threads(), r.basePostings(), r.liveHeapBeforeMb(), r.liveHeapAfterMb()));
    s.append("| postings | text MB | seconds | µs per posting | postings/s | MB/s | mentions | heap in use MB "
        + "| peak heap MB |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Checkpoint c : r.checkpoints()) {
      s.append(String.format("| %,d | %,.0f | %.1f | %.1f | %,.0f | %.1f | %,d | %.0f | %.0f |%n", c.postings(),
          c.megabytes(), c.seconds(), c.microsPerPosting(), c.postings() / c.seconds(), c.megabytes() / c.seconds(),
          c.mentions(), c.heapUsedMb(), c.peakHeapMb()));
    }
    List<Checkpoint> cs = r.checkpoints();
    if (cs.size() > 1) {
      Checkpoint first = cs.get(0);
      Checkpoint last = cs.get(cs.size() - 1);
      s.append(String.format("%nTime per posting at %,d postings ÷ at %,d: %.2f (1.00 is linear growth)%n",
          last.postings(), first.postings(), last.microsPerPosting() / first.microsPerPosting()));
    }
    return s.toString();
  }
}
