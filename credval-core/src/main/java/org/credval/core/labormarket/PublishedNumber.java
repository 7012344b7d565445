package org.credval.core.labormarket;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as published in BLS tables: digits, optionally with thousands separators. */
final class PublishedNumber {

  private static final Pattern FORM = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

  private PublishedNumber() {}

  /**
   * The number in {@code text}, or {@code null} when it is not a decimal number. Thousands
   * separators are accepted only in their proper places ({@code 1,234,567}), so that a list such
   * as {@code 12,34} is not read as a number.
   */
  static BigDecimal parse(String text) {
    String s = text.strip();
    if (!FORM.matcher(s).matches()) {
      return null;
    }
    return new BigDecimal(s.replace(",", ""));
  }

  /**
   * An employment cell: a whole, non-negative number of jobs, or {@code null} when BLS marks it
   * not available ({@code *}, {@code **} or an empty cell). Throws with a message naming the
   * value otherwise.
   */
  static Long employment(String text) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty() || s.equals("*") || s.equals("**")) {
      return null;
    }
    BigDecimal n = parse(s);
    if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "employment '" + text + "' is not a whole number of jobs or a BLS marker"
              + " (* or ** not available)");
    }
    return n.longValueExact();
  }
}
