package org.credval.app.catalog.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An occupation the credential leads to, with its latest national median annual wage (OEWS) and
 * projected annual openings (BLS Employment Projections, in people).
 *
 * @param medianWageFlag the BLS marker of the wage: {@code #} at or above the top code, {@code *}
 *     not available
 */
public record LinkedOccupation(String soc, String title, Integer wageYear, BigDecimal medianAnnualWage,
    String medianWageFlag, String projectionPeriod, Long annualOpenings) {

  /** E.g. {@code $52,480}, {@code $239,200 or more}, {@code not available}. */
  public String medianWageText() {
    if ("#".equals(medianWageFlag)) {
      return medianAnnualWage == null ? "at or above the top of the published range" : dollars() + " or more";
    }
    return medianAnnualWage == null || medianWageFlag != null ? "not available" : dollars();
  }

  public String annualOpeningsText() {
    return annualOpenings == null ? "not available" : NumberFormat.getIntegerInstance(Locale.US).format(annualOpenings);
  }

  private String dollars() {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
    f.setMaximumFractionDigits(0);
    return f.format(medianAnnualWage.setScale(0, RoundingMode.HALF_UP));
  }
}
