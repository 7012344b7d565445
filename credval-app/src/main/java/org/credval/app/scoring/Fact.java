package org.credval.app.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One piece of evidence about a credential for one criterion: a number or a yes/no, the sentence
 * an analyst reads, and where it came from. A fact without a value is "no evidence", and its
 * explanation says what was missing.
 *
 * @param criterion the rubric criterion key it answers, e.g. {@code occupation_wage}
 * @param count for a share: how many of {@code total}
 */
public record Fact(String criterion, BigDecimal number, Boolean flag, Long count, Long total, String explanation,
    String source) {

  public Fact {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(explanation, "explanation");
    if (number != null && flag != null) {
      throw new IllegalArgumentException("a fact is a number or a flag, not both");
    }
  }

  static Fact number(String criterion, BigDecimal value, String explanation, String source) {
    return new Fact(criterion, value, null, null, null, explanation, source);
  }

  /** {@code count / total} to six decimals, rounded half up as the scoring engine keeps shares. */
  static Fact share(String criterion, long count, long total, String explanation, String source) {
    BigDecimal v = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 6, java.math.RoundingMode.HALF_UP);
    return new Fact(criterion, v, null, count, total, explanation, source);
  }

  static Fact flag(String criterion, boolean value, String explanation, String source) {
    return new Fact(criterion, null, value, null, null, explanation, source);
  }

  /** A fact from credval-core's observation, explained by {@code scope} (the observation's, with any detail added). */
  static Fact of(String criterion, org.credval.core.scoring.Observation o, String scope) {
    return new Fact(criterion, o.number(), o.flag(), o.count(), o.total(), scope, o.source());
  }

  static Fact none(String criterion, String why) {
    return new Fact(criterion, null, null, null, null, "no evidence: " + why, null);
  }

  public boolean present() {
    return number != null || flag != null;
  }

  /** One canonical line for the input digest. */
  String digestLine() {
    return criterion + "\t" + (number == null ? "" : number.stripTrailingZeros().toPlainString()) + "\t"
        + (flag == null ? "" : flag) + "\t" + explanation + "\t" + (source == null ? "" : source);
  }
}
