package org.credval.app.catalog.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.credval.app.labormarket.web.Estimate;

/**
 * An occupation the credential leads to, with its latest national median annual wage (OEWS, with
 * the BLS marker) and projected annual openings (BLS Employment Projections, in people).
 */
public record LinkedOccupation(String soc, String title, Integer wageYear, Estimate medianAnnualWage,
    String projectionPeriod, Long annualOpenings) {

  public String annualOpeningsText() {
    return annualOpenings == null ? "not available" : NumberFormat.getIntegerInstance(Locale.US).format(annualOpenings);
  }
}
