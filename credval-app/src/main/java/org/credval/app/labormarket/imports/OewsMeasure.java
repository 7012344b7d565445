package org.credval.app.labormarket.imports;

import java.util.Locale;

/**
 * What an {@code oews_estimate} row measures; stored in {@code measure} as the lower-case name
 * ({@code a_median}). Names follow the BLS column names; wages are in dollars, employment in jobs.
 * A release carries the measures it publishes and no others.
 */
public enum OewsMeasure {
  /** Employment, rounded to the nearest 10 by BLS (TOT_EMP; WA and NY "Employment"). */
  EMPLOYMENT,
  /** Percent relative standard error of the employment estimate (EMP_PRSE). */
  EMP_PRSE,
  /** Jobs in the occupation per 1,000 jobs in the area (JOBS_1000; blank in national files). */
  JOBS_1000,
  /** Location quotient: the area's share of the occupation over the nation's (LOC_QUOTIENT). */
  LOC_QUOTIENT,
  /** Mean hourly wage (H_MEAN; WA "Average wage"). */
  H_MEAN,
  /** Mean annual wage (A_MEAN; WA "Annual wage"; NY "Mean Wage"). */
  A_MEAN,
  /** Percent relative standard error of the mean wage (MEAN_PRSE). */
  MEAN_PRSE,
  H_PCT10,
  /** Hourly 25th percentile wage (H_PCT25; WA "25th Percentile"). */
  H_PCT25,
  /** Median hourly wage (H_MEDIAN; WA "50th Percentile"). */
  H_MEDIAN,
  /** Hourly 75th percentile wage (H_PCT75; WA "75th Percentile"). */
  H_PCT75,
  H_PCT90,
  A_PCT10,
  A_PCT25,
  /** Median annual wage (A_MEDIAN; NY "Median Wage"). */
  A_MEDIAN,
  A_PCT75,
  A_PCT90,
  /** New York DOL's entry wage: the mean annual wage of the lowest third of the wage distribution. */
  A_ENTRY,
  /** New York DOL's experienced wage: the mean annual wage of the upper two thirds. */
  A_EXPERIENCED;

  /** The name stored in {@code oews_estimate.measure}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
