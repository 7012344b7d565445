package org.credval.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One piece of evidence about a credential for one criterion: a number or a yes/no, with the
 * counts behind a share, where it applies ({@code scope}, e.g. "SOC 53-3032 in TX, 2025") and
 * where it comes from ({@code source}, e.g. "NLx postings, 2025-01 to 2025-12"). Explanations
 * quote all of these.
 *
 * @param number the value of a numeric criterion; null for yes/no criteria
 * @param flag the value of a yes/no criterion; null for numeric criteria
 * @param count for a share: how many of {@code total} (e.g. postings requiring the credential)
 * @param total for a share: out of how many (e.g. postings naming it)
 * @param statement when set, the sentence explanations quote instead of the one credval composes
 *     from the value and scope (for callers that already word their evidence)
 */
public record Observation(BigDecimal number, Boolean flag, Long count, Long total, String scope, String source,
    String statement) {

  /** Shares are kept to six decimals, rounded half up, so every run computes the same value. */
  public static final int SHARE_SCALE = 6;

  public Observation {
    if ((number == null) == (flag == null)) {
      throw new IllegalArgumentException("an observation holds either a number or a yes/no, not "
          + (number == null ? "neither" : "both"));
    }
    if ((count == null) != (total == null)) {
      throw new IllegalArgumentException("count and total go together");
    }
    if (total != null && (total <= 0 || count < 0 || count > total)) {
      throw new IllegalArgumentException("count " + count + " of total " + total + " is not a share");
    }
  }

  public static Observation number(BigDecimal value, String scope, String source) {
    return new Observation(value, null, null, null, scope, source, null);
  }

  public static Observation number(long value, String scope, String source) {
    return number(BigDecimal.valueOf(value), scope, source);
  }

  /** A share {@code count / total}, e.g. 412 of 1,930 postings require the credential. */
  public static Observation share(long count, long total, String scope, String source) {
    if (total <= 0) {
      throw new IllegalArgumentException("a share needs a positive total, got " + total);
    }
    BigDecimal v = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), SHARE_SCALE, RoundingMode.HALF_UP);
    return new Observation(v, null, count, total, scope, source, null);
  }

  public static Observation flag(boolean value, String scope, String source) {
    return new Observation(null, value, null, null, scope, source, null);
  }

  /**
   * The same observation, explained by {@code sentence} as given, e.g. "postings for SOC 53-3032
   * asking for it advertise a median $58,000 (41 postings) against $52,000 (230) without it".
   */
  public Observation withStatement(String sentence) {
    return new Observation(number, flag, count, total, scope, source, sentence);
  }
}
