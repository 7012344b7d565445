package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, validated rubric: the state's policy for turning evidence into a tier or points.
 * Read one with {@link RubricParser}; the presets ship as {@link RubricPresets}.
 *
 * @param outcome whether credentials get a tier or a number of points
 * @param tiers for {@link Outcome#TIERS}: the tiers, highest first
 * @param pointsMin for {@link Outcome#POINTS}: credentials whose rounded total is below this are not listed
 * @param pointsMax for {@link Outcome#POINTS}: totals above this are capped
 * @param canonicalJson the rubric file re-written without insignificant whitespace; its SHA-256
 *     is the rubric digest of every run
 */
public record Rubric(String id, String version, String title, String basedOn, String simplifications,
    Outcome outcome, NoEvidence noEvidence, List<CriterionRule> criteria, List<Tier> tiers,
    BigDecimal pointsMin, BigDecimal pointsMax, String canonicalJson) {

  /** What a run gives each credential. */
  public enum Outcome { TIERS, POINTS }

  public Rubric {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(canonicalJson, "canonicalJson");
    criteria = List.copyOf(criteria);
    tiers = List.copyOf(tiers);
  }

  public Optional<CriterionRule> rule(String ruleId) {
    return criteria.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  /** The largest total a credential can reach: the sum of every rule's maximum contribution. */
  public BigDecimal maxTotal() {
    return criteria.stream().map(CriterionRule::maxContribution).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** SHA-256 (hex) of {@link #canonicalJson()}. */
  public String digest() {
    return Digests.sha256(canonicalJson);
  }
}
