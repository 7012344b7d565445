package org.credval.core.scoring;

import java.math.BigDecimal;

/** Half-open ranges [from, to) where null means unbounded. */
final class Ranges {

  private Ranges() {}

  static boolean overlap(BigDecimal aFrom, BigDecimal aTo, BigDecimal bFrom, BigDecimal bTo) {
    boolean aEndsBeforeB = aTo != null && bFrom != null && aTo.compareTo(bFrom) <= 0;
    boolean bEndsBeforeA = bTo != null && aFrom != null && bTo.compareTo(aFrom) <= 0;
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  static String describe(BigDecimal from, BigDecimal to) {
    return "[" + (from == null ? "-inf" : from.toPlainString()) + ", " + (to == null ? "+inf" : to.toPlainString()) + ")";
  }
}
