package org.credval.app.labormarket.web;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The highest wage OEWS publishes in a year. A wage at or above it is shown by BLS only as the
 * marker {@code #}; knowing the bound lets us say "$239,200 or more" rather than leave it blank.
 * Only years whose bound was read from the published files are listed ("# = indicates a wage equal
 * to or greater than $115.00 per hour or $239,200 per year" in the May 2022, 2023 and 2024 national
 * files); for other years the marker is shown without a figure.
 */
public final class OewsTopCode {

  private static final Map<Integer, BigDecimal[]> BOUNDS = Map.of(
      2022, new BigDecimal[] {new BigDecimal("239200"), new BigDecimal("115.00")},
      2023, new BigDecimal[] {new BigDecimal("239200"), new BigDecimal("115.00")},
      2024, new BigDecimal[] {new BigDecimal("239200"), new BigDecimal("115.00")});

  private OewsTopCode() {}

  /**
   * The value to show for an estimate: the stored value, or for a top-coded wage stored without
   * one, the year's bound when known.
   *
   * @param measure an OEWS measure such as {@code a_median} or {@code h_pct90}
   */
  public static BigDecimal valueOf(int year, String measure, BigDecimal stored, String flag) {
    if (stored != null || flag == null || !"#".equals(flag.strip()) || measure == null) {
      return stored;
    }
    BigDecimal[] b = BOUNDS.get(year);
    if (b == null) {
      return null;
    }
    return measure.startsWith("a_") ? b[0] : measure.startsWith("h_") ? b[1] : null;
  }
}
