package org.credval.app.labormarket.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One BLS Employment Projections row. BLS publishes employment and openings in thousands; these are
 * converted to people once, here, so that pages and the API never show "thousands" by mistake.
 *
 * @param period the projection decade as published, e.g. {@code 2024-34}
 * @param changePercent percent change in employment over the period
 * @param medianWage the median annual wage BLS printed with the projections, or null
 */
public record Projection(
    String period,
    Long employmentBase,
    Long employmentProjected,
    Long employmentChange,
    BigDecimal changePercent,
    Long annualOpenings,
    BigDecimal medianWage,
    String medianWageFlag,
    String entryEducation,
    String workExperience,
    String training) {

  /** Thousands as published (one decimal) to a whole number of people; null stays null. */
  static Long people(BigDecimal thousands) {
    return thousands == null ? null : thousands.movePointRight(3).longValue();
  }

  public String employmentBaseText() {
    return count(employmentBase);
  }

  public String employmentProjectedText() {
    return count(employmentProjected);
  }

  public String annualOpeningsText() {
    return count(annualOpenings);
  }

  /** E.g. {@code +4.5%}, {@code -2.0%}, or {@code not available}. */
  public String changePercentText() {
    if (changePercent == null) {
      return "not available";
    }
    return (changePercent.signum() > 0 ? "+" : "") + changePercent.toPlainString() + "%";
  }

  private static String count(Long n) {
    return n == null ? "not available" : NumberFormat.getIntegerInstance(Locale.US).format(n);
  }
}
