package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.credval.core.json.JsonPosition;

/**
 * One line of a rubric: which {@link Criterion} it reads and how the value turns into points.
 * Either a threshold ({@code min} and/or {@code max} for numbers, {@code expect} for yes/no
 * criteria) that earns {@code points} when met, or {@code bands} that give points by range.
 * The rule's contribution to the total is {@code weight × points}.
 *
 * @param gate when true the credential cannot be listed unless this rule is met
 * @param position where the rule starts in the rubric file, for messages
 */
public record CriterionRule(String id, Criterion criterion, String label, BigDecimal weight, BigDecimal min,
    BigDecimal max, Boolean expect, BigDecimal points, List<Band> bands, boolean gate, NoEvidence noEvidence,
    JsonPosition position) {

  public CriterionRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(noEvidence, "noEvidence");
    bands = List.copyOf(bands);
    if (points == null) {
      points = BigDecimal.ONE;
    }
  }

  public boolean banded() {
    return !bands.isEmpty();
  }

  /** The most points this rule can give before weighting. */
  public BigDecimal maxPoints() {
    if (!banded()) {
      return points;
    }
    return bands.stream().map(Band::points).reduce(BigDecimal.ZERO, BigDecimal::max);
  }

  /** The most this rule can add to a total: {@code weight × maxPoints}. */
  public BigDecimal maxContribution() {
    return weight.multiply(maxPoints());
  }

  /** The label an analyst reads: the rubric's label, or the criterion's description. */
  public String displayLabel() {
    return label != null ? label : criterion.description();
  }
}
