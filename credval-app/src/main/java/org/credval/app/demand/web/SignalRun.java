package org.credval.app.demand.web;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One computation of employer signals ({@code signal_run}): the period and area it covers, who ran
 * it and when, the digest of its input, and the postings it counted.
 *
 * @param params the thresholds as stored, e.g. {@code min_pay_n=10;top_cooccurring=5}
 * @param postings postings counted (in scope, duplicates once)
 * @param duplicates postings in scope not counted because they repeat another
 */
public record SignalRun(
    String runId,
    Instant createdAt,
    String createdBy,
    String period,
    String area,
    String engine,
    String inputSha256,
    String params,
    int postings,
    int duplicates) {

  private static final Pattern MIN_PAY_N = Pattern.compile("(?:^|;)\\s*min_pay_n=(\\d+)");

  /**
   * The fewest postings with a stated pay the run required before publishing a median (and both
   * medians before a premium), or 0 when the run did not record it.
   */
  public int minPayN() {
    Matcher m = MIN_PAY_N.matcher(params == null ? "" : params);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The area in words: the nation or a state's postal code. */
  public String areaLabel() {
    return DemandScope.areaLabel(area);
  }

  /** The period in words. */
  public String periodLabel() {
    return DemandScope.periodLabel(period);
  }
}
