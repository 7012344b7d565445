package org.credval.app.scoring;

import java.util.Locale;
import java.util.Set;
import org.credval.core.scoring.DataSet;
import org.credval.core.scoring.RunDiff;
import org.credval.core.scoring.ScoringRun;
import org.springframework.stereotype.Component;

/**
 * {@code credval bench scoring}: the time of a what-if preview (score a changed rubric and diff it
 * against the base run) with the evidence read from the database each time, beside the same with
 * the evidence kept by {@link EvidenceCache}, in one run on the same data. Both give the same run,
 * which the bench checks before it reports a time.
 */
@Component
public class ScoringBench {

  private final ScoringService scoring;
  private final EvidenceCache cache;

  ScoringBench(ScoringService scoring, EvidenceCache cache) {
    this.scoring = scoring;
    this.cache = cache;
  }

  /** Milliseconds per preview, mean over the repeats, each way. */
  public record Result(String state, int year, String rubric, int credentials, int repeats, double uncachedMs,
      double cachedMs, double assembleMs) {

    public double speedup() {
      return cachedMs == 0 ? Double.POSITIVE_INFINITY : uncachedMs / cachedMs;
    }

    public String markdown() {
      return String.format(Locale.ROOT, """
          | what-if preview, %s %d, rubric %s, %,d credentials, mean of %d | ms per preview |
          |---|---:|
          | evidence read from the database each time (before) | %.1f |
          | evidence kept per state, period and inputs (after) | %.1f |
          | of which reading the evidence, uncached | %.1f |
          | speed-up | %.1fx |
          """, state, year, rubric, credentials, repeats, uncachedMs, cachedMs, assembleMs, speedup());
    }
  }

  public Result run(String rubricName, String state, int year, LivingWage livingWage, Set<DataSet> allowMissing,
      int repeats) throws java.io.IOException {
    RubricSource rubric = RubricSource.of(rubricName);
    ScoringService.Request request = new ScoringService.Request(state, year, livingWage, allowMissing);
    ScoringRun base = scoring.score(rubric, request, scoring.assemble(request)).run();
    // Warm up both paths once, so the first measured repeat is not the one that loads classes.
    preview(rubric, request, base, false);
    cache.clear();
    preview(rubric, request, base, true);
    long uncached = 0;
    long assemble = 0;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      scoring.assemble(request);
      assemble += System.nanoTime() - t0;
      long t1 = System.nanoTime();
      ScoringRun r = preview(rubric, request, base, false);
      uncached += System.nanoTime() - t1;
      same(base, r);
    }
    long cached = 0;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      ScoringRun r = preview(rubric, request, base, true);
      cached += System.nanoTime() - t0;
      same(base, r);
    }
    return new Result(state, year, rubric.rubric().id(), base.scores().size(), repeats, ms(uncached, repeats),
        ms(cached, repeats), ms(assemble, repeats));
  }

  private ScoringRun preview(RubricSource rubric, ScoringService.Request request, ScoringRun base, boolean cached) {
    StateEvidence evidence = cached ? scoring.evidence(request) : scoring.assemble(request);
    ScoringRun run = scoring.score(rubric, request, evidence).run();
    RunDiff.between(base, run);
    return run;
  }

  private static void same(ScoringRun base, ScoringRun run) {
    if (!base.runDigest().equals(run.runDigest())) {
      throw new IllegalStateException("the data changed during the bench: run digests " + base.runDigest() + " and "
          + run.runDigest() + " differ; run it again on a quiet database");
    }
  }

  private static double ms(long nanos, int n) {
    return nanos / 1e6 / n;
  }
}
