package org.credval.app.signals;

import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stored signal run ({@code signal_run}).
 *
 * @param engine {@code plain} for the local engine
 * @param inputSha256 digest of the postings and mentions the run read (same input, same digest)
 * @param catalogSha256 the catalog the mentions were extracted with (see {@link SignalService})
 * @param params the thresholds, e.g. {@code min_pay_n=10;top_cooccurring=5;pay=annual_midpoint}
 * @param postings postings counted
 * @param duplicates postings in scope left out because they repeat a counted one
 */
public record SignalRun(
    String runId, OffsetDateTime createdAt, String createdBy, String period, String area, String engine,
    String inputSha256, String catalogSha256, String params, int postings, int duplicates) {

  private static final Pattern MIN_PAY_N = Pattern.compile("(?:^|;)\\s*min_pay_n=(\\d+)");

  /**
   * The fewest postings with a stated pay the run required on each side before it published a
   * median (and so a premium), as {@code params} records it; 0 when it is not recorded.
   */
  public int minPayN() {
    Matcher m = MIN_PAY_N.matcher(params == null ? "" : params);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
