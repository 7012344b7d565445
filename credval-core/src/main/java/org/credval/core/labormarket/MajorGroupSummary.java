package org.credval.core.labormarket;

import java.math.BigDecimal;
import org.credval.core.code.SocCode;
import org.credval.core.code.SocLevel;

/**
 * Employment and wages of the detailed occupations in one SOC major group.
 *
 * @param majorGroup the major group, e.g. {@code 29-0000}
 * @param occupationCount detailed occupations counted in the group
 * @param totalEmployment the sum of their employment, over occupations whose employment is
 *     published
 * @param employmentWithWage the part of {@code totalEmployment} in occupations whose median wage is
 *     published: the weight behind {@code weightedMeanMedianWage}
 * @param weightedMeanMedianWage the employment-weighted mean of the occupations' annual median
 *     wages, in whole dollars (rounded half-even once, after exact summing); {@code null} when no
 *     occupation has both a published wage and published employment. Occupations with a top-coded
 *     wage are left out, so in groups with many of them (such as 29, physicians) this mean
 *     understates the group's wages; see {@code wageTopCodedCount}.
 * @param wageNotAvailableCount occupations whose median wage BLS did not publish ({@code *}, {@code
 *     **} or empty)
 * @param wageTopCodedCount occupations whose median wage is at or above the BLS top code ({@code #})
 * @param employmentNotAvailableCount occupations whose employment BLS did not publish; they count
 *     in {@code occupationCount} but add nothing to the employment or the mean
 */
public record MajorGroupSummary(
    SocCode majorGroup,
    int occupationCount,
    long totalEmployment,
    long employmentWithWage,
    BigDecimal weightedMeanMedianWage,
    int wageNotAvailableCount,
    int wageTopCodedCount,
    int employmentNotAvailableCount) {

  public MajorGroupSummary {
    if (majorGroup == null || majorGroup.level() != SocLevel.MAJOR) {
      throw new IllegalArgumentException("not a SOC major group: " + majorGroup);
    }
    if (occupationCount < 0
        || totalEmployment < 0
        || employmentWithWage < 0
        || employmentWithWage > totalEmployment
        || wageNotAvailableCount < 0
        || wageTopCodedCount < 0
        || employmentNotAvailableCount < 0) {
      throw new IllegalArgumentException("counts must be 0 or more and consistent: " + majorGroup);
    }
    if (weightedMeanMedianWage != null && weightedMeanMedianWage.scale() != 0) {
      throw new IllegalArgumentException("the mean wage is in whole dollars (scale 0)");
    }
  }

  /** The number of occupations whose wage did not enter the mean for either BLS reason. */
  public int wageSuppressedOrTopCodedCount() {
    return wageNotAvailableCount + wageTopCodedCount;
  }
}
