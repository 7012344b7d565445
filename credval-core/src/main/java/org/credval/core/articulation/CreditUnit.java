package org.credval.core.articulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The unit an agreement states its credit in, with its concept in CTDL's {@code CreditUnit}
 * scheme (https://credreg.net/ctdl/terms/CreditUnit).
 */
public enum CreditUnit {
  SEMESTER_HOUR("semester_hour", "creditUnit:SemesterHour", "semester credit hours"),
  QUARTER_HOUR("quarter_hour", "creditUnit:QuarterHour", "quarter credit hours"),
  CLOCK_HOUR("clock_hour", "creditUnit:ClockHour", "clock hours"),
  CONTINUING_EDUCATION_UNIT("ceu", "creditUnit:ContinuingEducationUnit", "continuing education units");

  private final String key;
  private final String concept;
  private final String label;

  CreditUnit(String key, String concept, String label) {
    this.key = key;
    this.concept = concept;
    this.label = label;
  }

  /** The value in CSV files and the database, e.g. {@code semester_hour}. */
  public String key() {
    return key;
  }

  /** The CTDL concept, e.g. {@code creditUnit:SemesterHour}. */
  public String concept() {
    return concept;
  }

  public String label() {
    return label;
  }

  public static Optional<CreditUnit> fromKey(String key) {
    return Arrays.stream(values()).filter(u -> u.key.equals(key)).findFirst();
  }

  public static Optional<CreditUnit> fromConcept(String concept) {
    return Arrays.stream(values()).filter(u -> u.concept.equals(concept)).findFirst();
  }

  static String keys() {
    return Arrays.stream(values()).map(CreditUnit::key).collect(Collectors.joining(", "));
  }

  /**
   * The amount in semester credit hours, or empty for units that are not college credit (clock
   * hours, CEUs). A quarter hour is two thirds of a semester hour, the conversion registrars use;
   * the result is rounded half-up to two decimals, the one rounding point for credit totals.
   */
  public Optional<BigDecimal> semesterHours(BigDecimal amount) {
    return switch (this) {
      case SEMESTER_HOUR -> Optional.of(amount.setScale(2, RoundingMode.HALF_UP));
      case QUARTER_HOUR -> Optional.of(amount.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
      default -> Optional.empty();
    };
  }
}
