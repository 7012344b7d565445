package org.credval.core.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Medians of advertised pay, exact in {@link BigDecimal}. */
final class Medians {

  private Medians() {}

  /**
   * The median of sorted values: the middle one, or for an even count the mean of the two middle
   * ones rounded to the cent, half-even. Null for no values.
   */
  static BigDecimal of(List<BigDecimal> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    if (n % 2 == 1) {
      return sorted.get(n / 2).setScale(2, RoundingMode.HALF_EVEN);
    }
    return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
  }

  /** {@code all} less {@code remove}, as multisets; both sorted ascending, {@code remove} a sub-multiset of {@code all}. */
  static List<BigDecimal> without(List<BigDecimal> all, List<BigDecimal> remove) {
    List<BigDecimal> out = new ArrayList<>(Math.max(0, all.size() - remove.size()));
    int j = 0;
    for (BigDecimal v : all) {
      if (j < remove.size() && remove.get(j).compareTo(v) == 0) {
        j++;
      } else {
        out.add(v);
      }
    }
    if (j != remove.size()) {
      throw new IllegalArgumentException("values to remove are not all among the values");
    }
    return out;
  }
}
