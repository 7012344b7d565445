package org.credval.app.demand.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Median advertised yearly pay of postings that ask for a credential against the same cell's
 * postings that do not name it, with the counts behind each, exactly as the signal run stored them.
 * The aggregator publishes a median only when enough postings state a pay (the run's
 * {@code min_pay_n}) and a premium only within an occupation; this says which of those withheld a
 * figure, and does not apply the rule again.
 *
 * @param minN the run's minimum postings with pay on each side (0 when not recorded), for the reason
 * @param occupation whether the cell is an occupation or major group (not {@code all} or {@code unknown})
 */
public record PayComparison(BigDecimal medianWith, int withN, BigDecimal medianWithout, int withoutN,
    BigDecimal premium, int minN, boolean occupation) {

  public String withText() {
    return medianWith == null ? "too few" : dollars(medianWith);
  }

  public String withoutText() {
    return medianWithout == null ? "too few" : dollars(medianWithout);
  }

  /** The premium as {@code +$4,200} or {@code −$1,000}, or a dash when it is not published. */
  public String premiumText() {
    if (premium == null) {
      return "—";
    }
    return (premium.signum() < 0 ? "−" : "+") + dollars(premium.abs());
  }

  /** The counts behind the premium, or why the run published none. */
  @JsonProperty("note")
  public String premiumNote() {
    if (premium != null) {
      return "median of " + withN + " postings with pay that ask for it against " + withoutN + " that do not name it";
    }
    if (!occupation) {
      return "not compared across occupations: choose an occupation group";
    }
    return "too few postings with pay: " + withN + " ask for it, " + withoutN + " do not name it"
        + (minN > 0 ? " (at least " + minN + " each needed)" : "");
  }

  /** Why no premium is shown, or null when one is. */
  public String premiumReason() {
    if (premium != null) {
      return null;
    }
    if (!occupation) {
      return "Pay is compared within an occupation group only: choose one.";
    }
    return minN > 0 ? "A premium needs at least " + minN + " postings with pay on each side." : "Too few postings state a pay.";
  }

  private static String dollars(BigDecimal v) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
    f.setMaximumFractionDigits(0);
    return f.format(v);
  }
}
