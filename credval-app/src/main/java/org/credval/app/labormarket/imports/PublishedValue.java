package org.credval.app.labormarket.imports;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A number as a statistical agency publishes it: a value, or the agency's marker for why there is
 * none. Markers are kept as flags and never turned into zeros or guesses.
 *
 * <ul>
 *   <li>{@code *} the wage estimate is not available (BLS OEWS)
 *   <li>{@code **} the employment estimate is not available (BLS OEWS)
 *   <li>{@code #} the wage is at or above the top code ($115.00 an hour or $239,200 a year in the
 *       May 2022-2024 OEWS releases; EP writes it {@code >=$239,200}): no value is stored, since the
 *       real figure is unknown and the bound differs between releases
 *   <li>{@code ~} fewer than 0.5% of establishments report the occupation (BLS OEWS)
 *   <li>{@code —} the value is unavailable (BLS Employment Projections)
 * </ul>
 *
 * @param value the number, or null when the publisher gave a marker instead
 * @param flag the marker, or null for a plain number
 */
public record PublishedValue(BigDecimal value, String flag) {

  public static final String TOP_CODED = "#";
  public static final String UNAVAILABLE = "—";

  private static final Pattern NUMBER = Pattern.compile("-?((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|\\.\\d+)");

  public PublishedValue {
    if ((value == null) == (flag == null)) {
      throw new IllegalArgumentException("a published value is either a number or a marker");
    }
  }

  /**
   * Reads a cell: a number (thousands separators, a leading {@code $} and surrounding spaces are
   * allowed), a marker, or empty (null: the publisher left the cell blank, so there is nothing to
   * store).
   *
   * @throws NumberFormatException when the text is neither
   */
  public static PublishedValue parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    switch (s) {
      case "*", "**", "#", "~" -> {
        return new PublishedValue(null, s);
      }
      case "—", "–", "-" -> {
        return new PublishedValue(null, UNAVAILABLE);
      }
      default -> { }
    }
    if (s.startsWith(">=") || s.startsWith("≥")) {
      return new PublishedValue(null, TOP_CODED);
    }
    String number = s.startsWith("$") ? s.substring(1) : s;
    // Separators only in groups of three, so that a decimal comma is refused rather than misread.
    if (!NUMBER.matcher(number).matches()) {
      throw new NumberFormatException("'" + s + "' is neither a number nor a publisher's marker (*, **, #, ~, —)");
    }
    return new PublishedValue(new BigDecimal(number.replace(",", "")), null);
  }
}
