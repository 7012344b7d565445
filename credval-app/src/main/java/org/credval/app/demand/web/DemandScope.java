package org.credval.app.demand.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Demand page shows: one signal run (so one period and area) and one occupation cell of it
 * ({@code all}, a major group such as {@code 29-0000}, or {@code unknown}).
 *
 * @param run the run, or null when no run matches the request
 * @param period the requested or the run's period
 * @param area the requested or the run's area
 * @param group the occupation cell
 */
public record DemandScope(SignalRun run, String period, String area, String group) {

  public static final String ALL = "all";
  public static final String UNKNOWN = "unknown";

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");

  public boolean allOccupations() {
    return ALL.equals(group);
  }

  /**
   * The first posting date of the period and the day after its last, or null for {@code all}
   * (and for a period written in a form this page does not know). Periods are written as
   * {@code credval signals --period} takes them: all, a year, a quarter ({@code 2025-Q3}) or a
   * month ({@code 2025-07}).
   */
  static LocalDate[] dates(String period) {
    String p = period == null ? "" : period.strip();
    Matcher m;
    if ((m = YEAR.matcher(p)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      return new LocalDate[] {start, start.plusYears(1)};
    }
    if ((m = QUARTER.matcher(p)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
      return new LocalDate[] {start, start.plusMonths(3)};
    }
    if ((m = MONTH.matcher(p)).matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
      return new LocalDate[] {start, start.plusMonths(1)};
    }
    return null;
  }

  static String areaLabel(String area) {
    return area == null || "US".equalsIgnoreCase(area) ? "United States (every posting)" : area.toUpperCase(Locale.ROOT);
  }

  static String periodLabel(String period) {
    return period == null || ALL.equalsIgnoreCase(period) ? "All dates" : period;
  }
}
