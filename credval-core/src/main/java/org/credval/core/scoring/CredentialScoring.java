package org.credval.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Scores one credential under one rubric; see {@link Scorer} for the rules. */
final class CredentialScoring {

  private final Rubric rubric;
  private final CredentialEvidence evidence;
  private final List<CriterionResult> results = new ArrayList<>();
  private final List<String> reasons = new ArrayList<>();
  private final Set<String> met = new TreeSet<>();
  private BigDecimal raw = BigDecimal.ZERO;
  private BigDecimal maxWithEvidence = BigDecimal.ZERO;
  private boolean blocked;
  private boolean gateFailed;
  private boolean rescaled;
  private NearestMiss nearest;
  private BigDecimal nearestRelative;

  private final Set<DataSet> acceptedMissing;

  CredentialScoring(Rubric rubric, CredentialEvidence evidence, Set<DataSet> acceptedMissing) {
    this.rubric = rubric;
    this.evidence = evidence;
    this.acceptedMissing = acceptedMissing;
  }

  CredentialScore score() {
    for (CriterionRule r : rubric.criteria()) {
      Observation o = evidence.observations().get(r.criterion());
      if (o == null) {
        noEvidence(r);
      } else {
        judge(r, o);
      }
    }
    BigDecimal maxAll = rubric.maxTotal();
    BigDecimal total = raw;
    if (rescaled && maxWithEvidence.signum() > 0) {
      total = Scorer.scaleUp(raw, maxAll, maxWithEvidence);
    }
    total = Numbers.total(total);
    if (!blocked && maxWithEvidence.signum() == 0 && rescaled) {
      blocked = true;
      reasons.add("no criterion has evidence");
    }
    if (blocked) {
      return result(CredentialScore.Status.NEEDS_EVIDENCE, total, null, null, null, null);
    }
    if (gateFailed) {
      return result(CredentialScore.Status.NOT_LISTED, total, null, null, null, null);
    }
    return rubric.outcome() == Rubric.Outcome.TIERS ? tier(total) : points(total);
  }

  private CredentialScore tier(BigDecimal total) {
    List<Tier> tiers = rubric.tiers(); // highest first
    Tier placed = null;
    int placedAt = tiers.size();
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      if ((t.from() == null || total.compareTo(t.from()) >= 0) && met.containsAll(t.requires())) {
        placed = t;
        placedAt = i;
        break;
      }
    }
    String next = null;
    if (placedAt > 0) {
      Tier up = tiers.get(placedAt - 1);
      next = nextTierText(up, total);
    }
    if (placed == null) {
      reasons.add("total " + total.toPlainString() + " reaches no tier");
      return result(CredentialScore.Status.NOT_LISTED, total, null, null, null, next);
    }
    return result(CredentialScore.Status.LISTED, total, placed.name(), placed.value(), null, next);
  }

  private String nextTierText(Tier up, BigDecimal total) {
    List<String> needs = new ArrayList<>();
    if (up.from() != null && total.compareTo(up.from()) < 0) {
      needs.add("a total of " + Numbers.plain(up.from()) + " (" + Numbers.plain(up.from().subtract(total)) + " short)");
    }
    for (String req : up.requires()) {
      if (!met.contains(req)) {
        needs.add("\"" + req + "\" met");
      }
    }
    return "\"" + up.name() + "\" needs " + String.join(" and ", needs);
  }

  private CredentialScore points(BigDecimal total) {
    BigDecimal rounded = total.setScale(0, RoundingMode.HALF_UP);
    if (rubric.pointsMax() != null && rounded.compareTo(rubric.pointsMax()) > 0) {
      rounded = rubric.pointsMax().setScale(0, RoundingMode.HALF_UP);
    }
    if (rubric.pointsMin() != null && rounded.compareTo(rubric.pointsMin()) < 0) {
      BigDecimal need = rubric.pointsMin().subtract(new BigDecimal("0.5"));
      reasons.add(rounded.toPlainString() + " points is below the minimum of " + Numbers.plain(rubric.pointsMin()));
      return result(CredentialScore.Status.NOT_LISTED, total, null, null, null, "listing needs a total of "
          + Numbers.plain(need) + " (" + Numbers.plain(need.subtract(total)) + " short)");
    }
    String next = null;
    if (rubric.pointsMax() == null || rounded.compareTo(rubric.pointsMax()) < 0) {
      BigDecimal need = rounded.add(new BigDecimal("0.5"));
      next = (rounded.intValue() + 1) + " points needs a total of " + Numbers.plain(need) + " ("
          + Numbers.plain(need.subtract(total)) + " short)";
    }
    return result(CredentialScore.Status.LISTED, total, null, null, rounded.intValueExact(), next);
  }

  private CredentialScore result(CredentialScore.Status status, BigDecimal total, String tier, BigDecimal tierValue,
      Integer points, String next) {
    return new CredentialScore(evidence.code(), evidence.name(), status, total, tier, tierValue, points, results, next,
        nearest, List.of(), List.of(), reasons);
  }

  private void noEvidence(CriterionRule r) {
    List<String> notLoaded = r.criterion().needs().stream().filter(acceptedMissing::contains).map(DataSet::key)
        .toList();
    String needs = String.join(", ", r.criterion().needs().stream().map(DataSet::key).toList());
    String head = notLoaded.isEmpty()
        ? "no evidence: no " + r.criterion().description() + " for this credential in the loaded " + needs + " data"
        : "no evidence: data set " + String.join(", ", notLoaded) + " is not loaded (accepted as missing for this run)";
    String effect = switch (r.noEvidence()) {
      case ZERO -> {
        maxWithEvidence = maxWithEvidence.add(r.maxContribution());
        if (r.gate()) {
          gateFailed = true;
          reasons.add("gate \"" + r.id() + "\" has no evidence and the rubric counts that as not met");
        }
        yield r.gate() ? "counted as not met (noEvidence: zero); this gate keeps it off the list"
            : "counted as 0 of " + Numbers.plain(r.maxContribution()) + " points (noEvidence: zero)";
      }
      case RESCALE -> {
        rescaled = true;
        yield r.gate() ? "gate waived (noEvidence: rescale)"
            : "left out; the total is scaled to the criteria with evidence (noEvidence: rescale)";
      }
      case BLOCK -> {
        blocked = true;
        reasons.add("\"" + r.id() + "\" has no evidence and the rubric needs it to place a credential");
        yield "the credential cannot be placed without it (noEvidence: block)";
      }
    };
    results.add(new CriterionResult(r.id(), r.criterion(), CriterionResult.Status.NO_EVIDENCE, null, null,
        BigDecimal.ZERO, r.maxContribution(), r.gate(), r.noEvidence(), null, head + "; " + effect));
  }

  private void judge(CriterionRule r, Observation o) {
    maxWithEvidence = maxWithEvidence.add(r.maxContribution());
    BigDecimal pts;
    CriterionResult.Status status;
    if (r.criterion().isFlag()) {
      boolean ok = o.flag().equals(r.expect());
      pts = ok ? r.points() : BigDecimal.ZERO;
      status = ok ? CriterionResult.Status.MET : CriterionResult.Status.NOT_MET;
    } else if (r.banded()) {
      pts = r.bands().stream().filter(b -> b.contains(o.number())).map(Band::points).findFirst()
          .orElse(BigDecimal.ZERO);
      status = pts.compareTo(r.maxPoints()) >= 0 ? CriterionResult.Status.MET
          : pts.signum() > 0 ? CriterionResult.Status.PARTLY_MET : CriterionResult.Status.NOT_MET;
      if (status != CriterionResult.Status.MET) {
        nextBand(r, o.number(), pts);
      }
    } else {
      boolean ok = (r.min() == null || o.number().compareTo(r.min()) >= 0)
          && (r.max() == null || o.number().compareTo(r.max()) <= 0);
      pts = ok ? r.points() : BigDecimal.ZERO;
      status = ok ? CriterionResult.Status.MET : CriterionResult.Status.NOT_MET;
      if (!ok) {
        BigDecimal target = r.min() != null && o.number().compareTo(r.min()) < 0 ? r.min() : r.max();
        consider(r, target, o.number());
      }
    }
    BigDecimal weighted = r.weight().multiply(pts);
    raw = raw.add(weighted);
    if (status == CriterionResult.Status.MET) {
      met.add(r.id());
    } else if (r.gate()) {
      gateFailed = true;
      reasons.add("gate \"" + r.id() + "\" not met");
    }
    String verdict = switch (status) {
      case MET -> "met";
      case PARTLY_MET -> "partly met";
      default -> "not met";
    };
    String explanation = Explanations.evidence(r.criterion(), o) + "; rubric asks " + Explanations.threshold(r) + ": "
        + verdict + (r.gate() ? " (gate)" : "") + ", " + Explanations.points(weighted, r.maxContribution());
    results.add(new CriterionResult(r.id(), r.criterion(), status, o.number(), o.flag(), weighted,
        r.maxContribution(), r.gate(), null, o.source(), explanation));
  }

  private void nextBand(CriterionRule r, BigDecimal value, BigDecimal have) {
    r.bands().stream()
        .filter(b -> b.points().compareTo(have) > 0 && b.from() != null && b.from().compareTo(value) > 0)
        .map(Band::from)
        .min(BigDecimal::compareTo)
        .ifPresent(from -> consider(r, from, value));
  }

  /** Keeps the miss with the smallest gap relative to its threshold; ties keep rubric order. */
  private void consider(CriterionRule r, BigDecimal threshold, BigDecimal actual) {
    BigDecimal gap = threshold.subtract(actual).abs();
    BigDecimal relative = threshold.signum() == 0 ? gap
        : gap.divide(threshold.abs(), 6, RoundingMode.HALF_UP);
    if (nearestRelative == null || relative.compareTo(nearestRelative) < 0) {
      nearestRelative = relative;
      Criterion c = r.criterion();
      String text = "\"" + r.id() + "\": " + Numbers.inUnit(c, actual) + " where "
          + Numbers.inUnit(c, threshold) + " is needed, " + Numbers.gap(c, gap)
          + (actual.compareTo(threshold) < 0 ? " short" : " over");
      nearest = new NearestMiss(r.id(), c, threshold, actual, gap, text);
    }
  }
}
