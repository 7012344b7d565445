package org.credval.core.priority;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a state decides which occupations are priority occupations.
 *
 * @param wageFloor the high-wage test
 * @param demand the high-demand test
 * @param subBaccalaureateOnly when true, occupations that typically need a bachelor's degree or
 *     more to enter are not priority occupations for credentials
 * @param allOccupationsGrowthPercent the growth of all occupations in the area (BLS publishes it as
 *     {@code 00-0000}), needed when {@link DemandRule#minGrowthRelativeToAll()} is set
 * @param wageWeight weight of the wage decile in the star score; likewise openings and growth
 */
public record PriorityRules(WageFloor wageFloor, DemandRule demand, boolean subBaccalaureateOnly,
    BigDecimal allOccupationsGrowthPercent, BigDecimal wageWeight, BigDecimal openingsWeight,
    BigDecimal growthWeight) {

  public PriorityRules {
    Objects.requireNonNull(wageFloor, "wageFloor");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(wageWeight, "wageWeight");
    Objects.requireNonNull(openingsWeight, "openingsWeight");
    Objects.requireNonNull(growthWeight, "growthWeight");
    if (demand.minGrowthRelativeToAll() != null && allOccupationsGrowthPercent == null) {
      throw new IllegalArgumentException("growth relative to all occupations needs the all-occupations growth");
    }
    if (wageWeight.add(openingsWeight).add(growthWeight).signum() <= 0) {
      throw new IllegalArgumentException("the star weights must add up to more than zero");
    }
  }

  /** Equal star weights for wage, openings and growth. */
  public static PriorityRules of(WageFloor wageFloor, DemandRule demand, boolean subBaccalaureateOnly,
      BigDecimal allOccupationsGrowthPercent) {
    return new PriorityRules(wageFloor, demand, subBaccalaureateOnly, allOccupationsGrowthPercent, BigDecimal.ONE,
        BigDecimal.ONE, BigDecimal.ONE);
  }
}
