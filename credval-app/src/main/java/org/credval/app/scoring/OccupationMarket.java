package org.credval.app.scoring;

import java.math.BigDecimal;
import org.credval.core.code.SocCode;

/**
 * What the labor-market tables say about one detailed occupation for a state and period.
 * Any part may be null when the loaded data has nothing for it.
 *
 * @param wage the state's wage, or the nation's labeled as a fallback
 * @param entryWage the 25th-percentile annual wage (BLS publishes no entry wage; the 25th
 *     percentile is the usual stand-in), the state's or the nation's
 * @param annualOpenings BLS Employment Projections annual average openings, in people (national:
 *     BLS projects for the nation; state projections are not loaded)
 * @param growthPercent projected ten-year employment change, percent
 * @param projectionPeriod the projection decade, e.g. {@code 2024-34}
 * @param entryEducation BLS's typical education needed for entry
 * @param postings job postings coded to the occupation in the state (representatives only), or null
 *     when no postings are loaded for the state
 */
public record OccupationMarket(SocCode soc, String title, Wage wage, Wage entryWage, Long annualOpenings,
    BigDecimal growthPercent, Long employmentBase, String projectionPeriod, String entryEducation, Integer postings) {

  /** Whether BLS's typical entry education is below a bachelor's degree. */
  public Boolean subBaccalaureate() {
    if (entryEducation == null || entryEducation.isBlank() || entryEducation.startsWith("—")) {
      return null;
    }
    String e = entryEducation.toLowerCase(java.util.Locale.ROOT);
    return !(e.contains("bachelor") || e.contains("master") || e.contains("doctoral") || e.contains("professional degree"));
  }

  /** E.g. {@code 1,600 openings a year (BLS Employment Projections 2024-34, United States)}. */
  public String openingsSource() {
    return "BLS Employment Projections " + projectionPeriod + ", United States";
  }
}
