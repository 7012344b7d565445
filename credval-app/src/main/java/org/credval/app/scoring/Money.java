package org.credval.app.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Dollar amounts as credval publishes them: whole dollars, rounded half-even once, here. */
final class Money {

  private Money() {}

  static BigDecimal whole(BigDecimal amount) {
    return amount == null ? null : amount.setScale(0, RoundingMode.HALF_EVEN);
  }

  /** {@code $38,130}. */
  static String text(BigDecimal amount) {
    return amount == null ? "not available" : "$" + NumberFormat.getIntegerInstance(Locale.US).format(whole(amount));
  }

  /** {@code 1,930}. */
  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.US).format(n);
  }
}
