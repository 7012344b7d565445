package org.credval.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Fixed formatting and rounding of numbers in explanations and outputs, independent of the
 * machine's locale: totals are rounded half up to two decimals, shares printed as percentages
 * with one decimal, money and counts with thousands separators.
 */
final class Numbers {

  static final int TOTAL_SCALE = 2;

  private Numbers() {}

  static BigDecimal total(BigDecimal v) {
    return v.setScale(TOTAL_SCALE, RoundingMode.HALF_UP);
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  static String grouped(BigDecimal v, int decimals) {
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        DecimalFormatSymbols.getInstance(Locale.US));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(v);
  }

  static String grouped(long v) {
    return grouped(BigDecimal.valueOf(v), 0);
  }

  /** A value in the criterion's unit, e.g. "21.3%", "$48,210", "1,930", "1.12x", "4 stars". */
  static String inUnit(Criterion c, BigDecimal v) {
    return switch (c.unit()) {
      case SHARE -> grouped(v.movePointRight(2), 1) + "%";
      case PERCENT -> grouped(v, 1) + "%";
      case USD -> "$" + grouped(v, 0);
      case RATIO -> grouped(v, 2) + "x";
      case STARS -> plain(v) + (v.compareTo(BigDecimal.ONE) == 0 ? " star" : " stars");
      case HOURS -> grouped(v, v.scale() > 0 && v.stripTrailingZeros().scale() > 0 ? 1 : 0) + " hours";
      case COUNT -> grouped(v, v.stripTrailingZeros().scale() > 0 ? 1 : 0);
      case FLAG -> plain(v);
    };
  }

  /** A gap in the criterion's unit; shares are in percentage points. */
  static String gap(Criterion c, BigDecimal v) {
    return c.unit() == Criterion.Unit.SHARE ? grouped(v.movePointRight(2), 1) + " percentage points" : inUnit(c, v);
  }
}
