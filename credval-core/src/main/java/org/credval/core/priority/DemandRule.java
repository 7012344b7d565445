package org.credval.core.priority;

import java.math.BigDecimal;

/**
 * The "high demand" test. Every condition that is set must hold; leave one null to skip it.
 *
 * @param minTenYearOpenings openings over ten years (annual openings × 10) at least this, e.g.
 *     Indiana's 200
 * @param minGrowthRelativeToAll growth at least this multiple of the all-occupations growth, e.g.
 *     Washington's 0.9 (90% of the area's rate)
 * @param minOpeningsShare annual openings at least this share of all rated occupations' openings,
 *     e.g. Washington's 0.0008 (0.08%)
 */
public record DemandRule(BigDecimal minTenYearOpenings, BigDecimal minGrowthRelativeToAll,
    BigDecimal minOpeningsShare) {

  /** Indiana: at least 200 openings over the next ten years. */
  public static DemandRule indiana() {
    return new DemandRule(BigDecimal.valueOf(200), null, null);
  }

  /** Washington: growth at least 90% of the area's rate and at least 0.08% of its openings. */
  public static DemandRule washington() {
    return new DemandRule(null, new BigDecimal("0.9"), new BigDecimal("0.0008"));
  }
}
