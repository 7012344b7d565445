package org.credval.core.priority;

import java.math.BigDecimal;
import java.util.List;

/**
 * One occupation's rating with every input it was computed from.
 *
 * @param stars 1 to 5, or null when a measure was missing
 * @param wageDecile 1 (lowest tenth of the rated occupations) to 10; likewise openings and growth
 * @param starScore the weighted mean of the three deciles, four decimals
 * @param wageFloor the floor in dollars the wage was compared with
 * @param highWage whether the median wage reaches the floor (null when missing)
 * @param highDemand whether the demand rule holds (null when missing)
 * @param priority high wage, high demand and, where the rules ask, sub-baccalaureate entry
 * @param reasons why the occupation is not a priority occupation, or not rated
 */
public record PriorityRating(OccupationOutlook outlook, Integer stars, Integer wageDecile, Integer openingsDecile,
    Integer growthDecile, BigDecimal starScore, BigDecimal wageFloor, String wageFloorRule, Boolean highWage,
    Boolean highDemand, boolean priority, List<String> reasons) {

  public PriorityRating {
    reasons = List.copyOf(reasons);
  }
}
