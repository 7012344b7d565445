package org.credval.app.postings.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Agreement of one method with the labels at the (posting, credential) level: true positives, false
 * positives, false negatives, and among the true positives how many got the labeled level.
 */
final class Score {

  int truePositives;
  int falsePositives;
  int falseNegatives;
  int levelCorrect;

  void add(Score o) {
    truePositives += o.truePositives;
    falsePositives += o.falsePositives;
    falseNegatives += o.falseNegatives;
    levelCorrect += o.levelCorrect;
  }

  BigDecimal precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  BigDecimal recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  BigDecimal levelAccuracy() {
    return ratio(levelCorrect, truePositives);
  }

  static String text(BigDecimal r) {
    return r == null ? "n/a" : r.toPlainString();
  }

  // Three decimals, half-even, fixed here so reports compare run to run.
  private static BigDecimal ratio(int num, int den) {
    return den == 0 ? null : BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 3, RoundingMode.HALF_EVEN);
  }
}
