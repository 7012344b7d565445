package org.credval.app.postings.read;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pay written as free text on job boards: "$174k–$252k/yr", "$4418–$9321/mo", "$20 - $25 an
 * hour", "$55,000 a year". Text with no amount and period (e.g. "Full-time", "Competitive") gives
 * nothing rather than a guess.
 */
public final class PayText {

  private static final String AMOUNT = "\\$\\s?([0-9][0-9,]*(?:\\.[0-9]+)?\\s?[kK]?)";
  private static final Pattern RANGE = Pattern.compile(
      AMOUNT + "(?:\\s*(?:-|–|—|to)\\s*" + AMOUNT + ")?\\s*(?:/|per|an|a)?\\s*(hour|hr|year|yr|annum|month|mo|week|wk|day)\\b",
      Pattern.CASE_INSENSITIVE);

  private PayText() {}

  /** Min, max and basis word, or null when the text states no amount with a period. */
  public record Parsed(BigDecimal min, BigDecimal max, String basis) {}

  public static Parsed parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = RANGE.matcher(text);
    if (!m.find()) {
      return null;
    }
    BigDecimal min = AnnualPay.amount(m.group(1).replace(" ", ""));
    BigDecimal max = m.group(2) == null ? min : AnnualPay.amount(m.group(2).replace(" ", ""));
    return new Parsed(min, max, AnnualPay.basis(m.group(3)));
  }
}
