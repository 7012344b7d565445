package org.credval.core.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * A body of evidence a criterion reads. The evidence handed to the {@link Scorer} declares which
 * of these were loaded, so that a rubric asking for data the state does not have is refused
 * before anything runs instead of scoring every credential as "no evidence".
 */
public enum DataSet {
  /** Job postings with credential mentions and their requirement levels. */
  POSTINGS,
  /** Occupational wages (BLS OEWS) for the credential's occupations. */
  WAGES,
  /** A living-wage figure for the state or region. */
  LIVING_WAGE,
  /** Employment projections: openings and growth. */
  PROJECTIONS,
  /** Priority-occupation star ratings ({@code org.credval.core.priority}). */
  PRIORITY_OCCUPATIONS,
  /** Facts about the credential itself: issuer, assessment, accreditation, preparation. */
  CATALOG,
  /** Articulation agreements, apprenticeship hour credit and stacks. */
  ARTICULATION;

  /** The name used in rubric and evidence files, e.g. {@code living_wage}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DataSet> fromKey(String key) {
    for (DataSet d : values()) {
      if (d.key().equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
