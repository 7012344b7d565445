package org.credval.app.demand.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Median advertised yearly pay of postings that ask for a credential against the same cell's
 * postings that do not name it, with the counts behind each. A median or premium is shown only
 * when the run published it and both counts reach the run's minimum; otherwise the page says why.
 *
 * @param minN the run's minimum postings with pay on each side (0 when not recorded)
 */
public record PayComparison(
    BigDecimal medianWith, int withN, BigDecimal medianWithout, int withoutN, BigDecimal premium, int minN) {

  public PayComparison {
    if (withN < minN) {
      medianWith = null;
    }
    if (withoutN < minN) {
      medianWithout = null;
    }
    if (medianWith == null || medianWithout == null) {
      premium = null;
    }
  }

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

  /** Why there is no premium, or the counts behind it. */
  @JsonProperty("note")
  public String premiumNote() {
    if (premium != null) {
      return "median of " + withN + " postings with pay that ask for it against " + withoutN + " that do not name it";
    }
    if (medianWith == null || medianWithout == null) {
      return "too few postings with pay: " + withN + " ask for it, " + withoutN + " do not name it"
          + (minN > 0 ? " (at least " + minN + " each needed)" : "");
    }
    return "not compared across occupations: choose an occupation group";
  }

  /** Why no premium is shown, or null when one is. */
  public String premiumReason() {
    if (premium != null) {
      return null;
    }
    if (medianWith == null || medianWithout == null) {
      return minN > 0 ? "A premium needs at least " + minN + " postings with pay on each side." : "Too few postings state a pay.";
    }
    return "Pay is compared within an occupation group only: choose one.";
  }

  private static String dollars(BigDecimal v) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
    f.setMaximumFractionDigits(0);
    return f.format(v);
  }
}
