package org.credval.app.labormarket.web;

import java.util.List;
import java.util.Map;

/**
 * The OEWS estimates of one occupation in one area and year, keyed by measure ({@code employment},
 * {@code a_median}, {@code h_pct90}, ...).
 */
public record WageRow(int year, String areaCode, String areaTitle, Map<String, Estimate> estimates) {

  /** The percentiles BLS publishes, in order; the 50th is the median. */
  public static final List<Integer> PERCENTILES = List.of(10, 25, 50, 75, 90);

  public WageRow {
    estimates = Map.copyOf(estimates);
  }

  public Estimate get(String measure) {
    return estimates.getOrDefault(measure, Estimate.MISSING);
  }

  public Estimate employment() {
    return get("employment");
  }

  public Estimate annualMedian() {
    return get("a_median");
  }

  public Estimate annualMean() {
    return get("a_mean");
  }

  public Estimate hourlyMedian() {
    return get("h_median");
  }

  public Estimate hourlyMean() {
    return get("h_mean");
  }

  /** Annual wages at the 10th, 25th, 50th, 75th and 90th percentiles. */
  public List<Estimate> annualPercentiles() {
    return PERCENTILES.stream().map(p -> p == 50 ? annualMedian() : get("a_pct" + p)).toList();
  }

  /** Hourly wages at the 10th, 25th, 50th, 75th and 90th percentiles. */
  public List<Estimate> hourlyPercentiles() {
    return PERCENTILES.stream().map(p -> p == 50 ? hourlyMedian() : get("h_pct" + p)).toList();
  }
}
