package org.credval.app.demand.web;

import java.time.LocalDate;
import java.util.Locale;
import org.credval.app.signals.SignalRun;
import org.credval.core.signals.Period;

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

  public boolean allOccupations() {
    return ALL.equals(group);
  }

  /**
   * The first posting date of the period and the day after its last, as {@code credval signals}
   * reads periods ({@link Period}); null for {@code all} and for a period it would not accept.
   */
  static LocalDate[] dates(String period) {
    try {
      Period p = Period.parse(period);
      return p.start() == null ? null : new LocalDate[] {p.start(), p.endExclusive()};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String areaLabel(String area) {
    return area == null || "US".equalsIgnoreCase(area) ? "United States (every posting)" : area.toUpperCase(Locale.ROOT);
  }

  static String periodLabel(String period) {
    return period == null || ALL.equalsIgnoreCase(period) ? "All dates" : period;
  }
}
