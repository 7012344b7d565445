package org.credval.app.scoring.web;

import java.math.BigDecimal;
import java.util.Comparator;
import org.credval.app.scoring.ScoringRuns;

/** Orderings shared by the scoring pages. */
final class ScoringPages {

  private ScoringPages() {}

  /** Listed credentials first, highest total first, then by code. */
  static Comparator<ScoringRuns.StoredResult> byPlacement(ScoringRuns.RunInfo run) {
    return Comparator.comparing((ScoringRuns.StoredResult r) -> "listed".equals(r.status()) ? 0 : 1)
        .thenComparing(ScoringRuns.StoredResult::total, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
        .thenComparing(ScoringRuns.StoredResult::code);
  }
}
