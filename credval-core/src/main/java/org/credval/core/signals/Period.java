package org.credval.core.signals;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The posting dates a run covers, written {@code all}, a year ({@code 2025}), a quarter
 * ({@code 2025-Q3}) or a month ({@code 2025-07}). A posting belongs to a period by the date it was
 * posted; a posting without a date belongs only to {@code all}.
 *
 * @param key the period as written in output, e.g. {@code 2025-Q3}
 * @param start first day, or null for {@code all}
 * @param endExclusive the day after the last, or null for {@code all}
 */
public record Period(String key, LocalDate start, LocalDate endExclusive) implements Serializable {

  public static final String SYNTAX = "all, a year (2025), a quarter (2025-Q3) or a month (2025-07)";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  public static final Period ALL = new Period("all", null, null);

  /** Reads a period, or throws with a message giving the syntax. */
  public static Period parse(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.equalsIgnoreCase("all")) {
      return ALL;
    }
    Matcher m;
    if ((m = YEAR.matcher(s)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      return new Period(s, start, start.plusYears(1));
    }
    if ((m = QUARTER.matcher(s)).matches()) {
      int q = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * q - 2, 1);
      return new Period(m.group(1) + "-Q" + q, start, start.plusMonths(3));
    }
    if ((m = MONTH.matcher(s)).matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
        return new Period(s, start, start.plusMonths(1));
      }
    }
    throw new IllegalArgumentException("not a period: '" + s + "' (expected " + SYNTAX + ")");
  }

  /** Whether a posting dated {@code postedOn} (null when undated) falls in this period. */
  public boolean contains(LocalDate postedOn) {
    if (start == null) {
      return true;
    }
    return postedOn != null && !postedOn.isBefore(start) && postedOn.isBefore(endExclusive);
  }

  @Override
  public String toString() {
    return key;
  }
}
