package org.credval.core.priority;

import java.util.Locale;
import java.util.Optional;

/** BLS Employment Projections' "typical education needed for entry", lowest first. */
public enum EntryEducation {
  NO_FORMAL_CREDENTIAL("No formal educational credential"),
  HIGH_SCHOOL("High school diploma or equivalent"),
  POSTSECONDARY_NONDEGREE("Postsecondary nondegree award"),
  SOME_COLLEGE("Some college, no degree"),
  ASSOCIATE("Associate's degree"),
  BACHELOR("Bachelor's degree"),
  MASTER("Master's degree"),
  DOCTORAL("Doctoral or professional degree");

  private final String blsLabel;

  EntryEducation(String blsLabel) {
    this.blsLabel = blsLabel;
  }

  /** The label as BLS publishes it in Employment Projections table 1.2. */
  public String blsLabel() {
    return blsLabel;
  }

  /** Below a bachelor's degree: the level industry-recognized credentials serve. */
  public boolean subBaccalaureate() {
    return compareTo(BACHELOR) < 0;
  }

  /** Reads a BLS label (case and curly apostrophes ignored); empty for "—" or anything unknown. */
  public static Optional<EntryEducation> fromBlsLabel(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String l = label.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    for (EntryEducation e : values()) {
      if (e.blsLabel.toLowerCase(Locale.ROOT).equals(l)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
