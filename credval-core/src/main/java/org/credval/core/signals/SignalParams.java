package org.credval.core.signals;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a signal run covers and its thresholds.
 *
 * @param period the posting dates counted
 * @param area the postings' state, or US for all
 * @param minPayN the fewest postings with a stated pay on a side before its median is published
 *     (and both sides before a premium is)
 * @param topCooccurring how many co-occurring credentials each row lists
 */
public record SignalParams(Period period, Area area, int minPayN, int topCooccurring) implements Serializable {

  public static final int DEFAULT_MIN_PAY_N = 10;
  public static final int DEFAULT_TOP_COOCCURRING = 5;

  public SignalParams {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(area, "area");
    if (minPayN < 1) {
      throw new IllegalArgumentException("--min-pay-n must be 1 or more, was " + minPayN);
    }
    if (topCooccurring < 0 || topCooccurring > 50) {
      throw new IllegalArgumentException("--top-cooccurring must be between 0 and 50, was " + topCooccurring);
    }
  }

  /** The thresholds as stored with a run ({@code signal_run.params}). */
  public String describe() {
    return "min_pay_n=" + minPayN + ";top_cooccurring=" + topCooccurring + ";pay=annual_midpoint";
  }
}
