package org.credval.core.articulation;

import static org.credval.core.articulation.CreditProblem.Kind.BAD_DATE;
import static org.credval.core.articulation.CreditProblem.Kind.BAD_HOURS;
import static org.credval.core.articulation.CreditProblem.Kind.BAD_TEXT;
import static org.credval.core.articulation.CreditProblem.Kind.MISSING;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The checks shared by both kinds of agreement. */
final class Fields {

  private Fields() {}

  static <T> T require(String field, T value) {
    if (value == null) {
      throw new CreditFieldException(field, MISSING, "is required");
    }
    return value;
  }

  /** Required one-line text of at most {@code max} characters. */
  static String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new CreditFieldException(field, MISSING, "is required");
    }
    return optionalText(field, value, max);
  }

  /** Optional text: null or blank becomes null; otherwise one line, trimmed, at most {@code max} characters. */
  static String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.equals(value.strip())) {
      throw new CreditFieldException(field, BAD_TEXT, "'" + value + "' has leading or trailing spaces");
    }
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0) {
      throw new CreditFieldException(field, BAD_TEXT, "must not contain tabs or line breaks");
    }
    if (value.length() > max) {
      throw new CreditFieldException(field, BAD_TEXT, "is " + value.length() + " characters long; at most " + max + " fit");
    }
    return value;
  }

  /** A positive amount with at most two decimals, below 10,000; trailing zeros dropped so equal amounts are equal. */
  static BigDecimal amount(String field, BigDecimal value) {
    if (value == null) {
      throw new CreditFieldException(field, MISSING, "is required");
    }
    if (value.signum() <= 0) {
      throw new CreditFieldException(field, BAD_HOURS, "must be above zero, got " + value.toPlainString());
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    if (v.scale() > 2) {
      throw new CreditFieldException(field, BAD_HOURS, value.toPlainString() + " has more than two decimal places");
    }
    if (v.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
      throw new CreditFieldException(field, BAD_HOURS, value.toPlainString() + " is not a plausible number of hours (at most 9,999.99)");
    }
    return v;
  }

  static void period(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new CreditFieldException("effective_to", BAD_DATE,
          "ends " + to + ", before it starts (effective_from " + from + ")");
    }
  }

  static boolean inEffect(LocalDate from, LocalDate to, LocalDate day) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
