package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;

/**
 * A credential's result in a run: where it landed and why.
 *
 * @param total the weighted total (after rescaling for no evidence, if the rubric says so), two decimals
 * @param tier for tiered rubrics: the tier name, or null when not listed
 * @param tierValue the value the tier carries (a funding weight, points), or null
 * @param points for points rubrics: the rounded, capped points, or null
 * @param nextStep what the next tier (or listing) needs and how far the credential is from it; null at the top
 * @param nearestMiss the criterion threshold missed by the smallest margin, or null
 * @param competesWith other listed credentials leading to one of the same occupations
 * @param sharedOccupations the occupations this credential shares with them
 * @param reasons why the credential is not listed or needs evidence (gates not met, rules that block)
 */
public record CredentialScore(CredentialCode code, String name, Status status, BigDecimal total, String tier,
    BigDecimal tierValue, Integer points, List<CriterionResult> criteria, String nextStep, NearestMiss nearestMiss,
    List<CredentialCode> competesWith, List<SocCode> sharedOccupations, List<String> reasons) {

  /** Where a credential landed. */
  public enum Status {
    LISTED,
    NOT_LISTED,
    /** A rule whose no-evidence policy is {@code block} had no evidence: the credential is not placed. */
    NEEDS_EVIDENCE
  }

  public CredentialScore {
    criteria = List.copyOf(criteria);
    competesWith = List.copyOf(competesWith);
    sharedOccupations = List.copyOf(sharedOccupations);
    reasons = List.copyOf(reasons);
  }

  /** A one-word placement for lists and diffs: the tier, the points, "not listed" or "needs evidence". */
  public String placement() {
    return switch (status) {
      case NEEDS_EVIDENCE -> "needs evidence";
      case NOT_LISTED -> "not listed";
      case LISTED -> tier != null ? tier : points + (points != null && points == 1 ? " point" : " points");
    };
  }

  public boolean listed() {
    return status == Status.LISTED;
  }

  CredentialScore withCompetition(List<CredentialCode> others, List<SocCode> shared) {
    return new CredentialScore(code, name, status, total, tier, tierValue, points, criteria, nextStep, nearestMiss,
        others, shared, reasons);
  }
}
