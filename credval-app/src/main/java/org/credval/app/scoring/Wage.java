package org.credval.app.scoring;

import java.math.BigDecimal;

/**
 * One OEWS wage figure chosen for an occupation, with everything an analyst needs to check it.
 *
 * @param annual dollars a year (an hourly-only figure is converted at 2,080 hours, and says so)
 * @param measure what BLS published: {@code median}, {@code mean} or {@code 25th percentile}
 * @param areaName the state's name or {@code United States}
 * @param fallback why a national figure stands in for the state's, or null when the figure is the state's
 * @param topCoded BLS published only "at or above" this figure ({@code #})
 * @param fromHourly BLS published no annual figure; this is the hourly figure × 2,080
 */
public record Wage(BigDecimal annual, String measure, int year, String areaCode, String areaName, String fallback,
    boolean topCoded, boolean fromHourly) {

  public boolean national() {
    return fallback != null || OccupationMarkets.NATIONAL.equals(areaCode);
  }

  /** E.g. {@code median annual wage $38,130}. */
  public String text() {
    return measure + " annual wage " + (topCoded ? Money.text(annual) + " or more" : Money.text(annual));
  }

  /**
   * E.g. {@code $38,870, a mean: the only TX figure loaded} or {@code $38,130 national: no TX estimate loaded}:
   * what the figure is when it is not simply the state's median.
   */
  public String scope(boolean withAmount) {
    StringBuilder sb = new StringBuilder(withAmount ? (topCoded ? Money.text(annual) + " or more" : Money.text(annual)) + " " : "");
    if (fallback != null) {
      sb.append("national (").append(fallback).append(')');
    } else {
      sb.append(areaName);
    }
    if (!measure.equals("median") && !measure.startsWith("25th")) {
      sb.append(", a ").append(measure).append(" (no median loaded)");
    }
    if (fromHourly) {
      sb.append(", hourly × 2,080");
    }
    return sb.toString();
  }

  /** E.g. {@code BLS OEWS May 2024, United States (no TX estimate loaded)}. */
  public String source() {
    return "BLS OEWS May " + year + ", " + areaName;
  }
}
