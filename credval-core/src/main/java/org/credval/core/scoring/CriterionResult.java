package org.credval.core.scoring;

import java.math.BigDecimal;

/**
 * How one rubric rule judged one credential.
 *
 * @param value the observed number (null for yes/no criteria or no evidence)
 * @param flag the observed yes/no (null for numbers or no evidence)
 * @param points the weighted points this rule added ({@code weight × points}); zero for no evidence
 * @param maxPoints the most this rule could add
 * @param noEvidenceRule the rubric's rule applied because there was no evidence, else null
 * @param explanation the evidence with its numbers, scope and source, the threshold, and the result
 */
public record CriterionResult(String ruleId, Criterion criterion, Status status, BigDecimal value, Boolean flag,
    BigDecimal points, BigDecimal maxPoints, boolean gate, NoEvidence noEvidenceRule, String source,
    String explanation) {

  /** The result of one rule for one credential. */
  public enum Status {
    MET,
    /** A banded rule that gave some but not all of its points. */
    PARTLY_MET,
    NOT_MET,
    NO_EVIDENCE
  }
}
