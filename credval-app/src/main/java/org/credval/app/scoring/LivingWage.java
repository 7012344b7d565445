package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/** An annual living-wage figure in dollars and where it comes from. */
public record LivingWage(BigDecimal annual, String source) {

  public LivingWage {
    Objects.requireNonNull(annual, "annual");
    if (annual.signum() <= 0) {
      throw new IllegalArgumentException("the living wage must be a positive number of dollars a year, not " + annual);
    }
    annual = Money.whole(annual);
    source = source == null || source.isBlank() ? "given on the command line" : source;
  }

  public String text() {
    return Money.text(annual) + " a year (" + source + ")";
  }
}
