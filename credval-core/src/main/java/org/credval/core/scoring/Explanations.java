package org.credval.core.scoring;

import java.math.BigDecimal;

/** The sentences a run gives an analyst: what the evidence says, and what the rubric asked. */
final class Explanations {

  private Explanations() {}

  /** E.g. "required in 412 of 1,930 postings (21.3%) for SOC 53-3032 in TX, 2025". */
  static String evidence(Criterion c, Observation o) {
    if (o.statement() != null && !o.statement().isBlank()) {
      return o.statement() + (o.source() == null || o.source().isBlank() ? "" : " [" + o.source() + "]");
    }
    String what = switch (c) {
      case POSTINGS_DEMAND -> "named in " + Numbers.inUnit(c, o.number()) + (one(o) ? " posting" : " postings");
      case REQUIRED_SHARE -> o.count() != null
          ? "required in " + Numbers.grouped(o.count()) + " of " + Numbers.grouped(o.total()) + " postings ("
              + Numbers.inUnit(c, o.number()) + ")"
          : "required in " + Numbers.inUnit(c, o.number()) + " of postings";
      case PAY_PREMIUM -> "median advertised pay " + Numbers.inUnit(c, o.number().abs())
          + (o.number().signum() < 0 ? " below" : " above") + " postings that do not name it";
      case EMPLOYER_PORTABILITY -> "asked for by " + Numbers.inUnit(c, o.number()) + (one(o) ? " employer" : " distinct employers");
      case OCCUPATION_WAGE -> "median annual wage " + Numbers.inUnit(c, o.number());
      case OCCUPATION_OPENINGS -> Numbers.inUnit(c, o.number()) + " annual openings";
      case OCCUPATION_GROWTH -> "ten-year growth " + Numbers.inUnit(c, o.number());
      case OCCUPATION_STARS -> "rated " + Numbers.inUnit(c, o.number());
      case ENTRY_WAGE_TO_LIVING_WAGE -> "entry wage " + Numbers.inUnit(c, o.number()) + " the living wage";
      case PREPARATION_HOURS -> Numbers.inUnit(c, o.number()) + " of preparation";
      case CREDIT_HOURS -> Numbers.grouped(o.number(), o.number().stripTrailingZeros().scale() > 0 ? 1 : 0)
          + " college credit hours by articulation";
      case APPRENTICESHIP_HOURS -> Numbers.inUnit(c, o.number()) + " of apprenticeship credit";
      case STACKS -> "stacks toward " + Numbers.inUnit(c, o.number()) + " higher credentials or degrees";
      case THIRD_PARTY, EXAM_BASED, NATIONAL_ACCREDITATION -> (o.flag() ? "" : "not ") + c.description();
    };
    if (o.count() != null && c != Criterion.REQUIRED_SHARE) {
      what += " (" + Numbers.grouped(o.count()) + " of " + Numbers.grouped(o.total()) + ")";
    }
    StringBuilder sb = new StringBuilder(what);
    if (o.scope() != null && !o.scope().isBlank()) {
      sb.append(" for ").append(o.scope());
    }
    if (o.source() != null && !o.source().isBlank()) {
      sb.append(" [").append(o.source()).append(']');
    }
    return sb.toString();
  }

  private static boolean one(Observation o) {
    return o.number().compareTo(java.math.BigDecimal.ONE) == 0;
  }

  /** E.g. "at least 25.0%", "between $35,000 and $90,000", "yes". */
  static String threshold(CriterionRule r) {
    Criterion c = r.criterion();
    if (c.isFlag()) {
      return r.expect() ? "yes" : "no";
    }
    if (r.banded()) {
      StringBuilder sb = new StringBuilder("bands");
      for (Band b : r.bands()) {
        sb.append(' ').append(b.from() == null ? "below " + Numbers.inUnit(c, b.to())
            : b.to() == null ? Numbers.inUnit(c, b.from()) + "+"
            : Numbers.inUnit(c, b.from()) + " to under " + Numbers.inUnit(c, b.to()))
            .append(" = ").append(Numbers.plain(b.points())).append(';');
      }
      sb.setLength(sb.length() - 1);
      return sb.toString();
    }
    if (r.min() != null && r.max() != null) {
      return "between " + Numbers.inUnit(c, r.min()) + " and " + Numbers.inUnit(c, r.max());
    }
    return r.min() != null ? "at least " + Numbers.inUnit(c, r.min()) : "at most " + Numbers.inUnit(c, r.max());
  }

  static String points(BigDecimal weighted, BigDecimal maxWeighted) {
    return Numbers.plain(weighted) + " of " + Numbers.plain(maxWeighted) + " points";
  }
}
