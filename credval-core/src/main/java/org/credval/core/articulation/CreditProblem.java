package org.credval.core.articulation;

import java.util.Objects;

/**
 * One reason why a row of an articulation or apprenticeship-credit file was rejected.
 *
 * @param line 1-based line of the CSV file where the row starts
 * @param field the CSV column, or {@code row} / {@code header} for the row or file as a whole
 * @param kind what sort of problem it is, so that importers can give each its error code
 * @param reason what is wrong and how to fix it
 */
public record CreditProblem(int line, String field, Kind kind, String reason) {

  /** What went wrong, one value per error code of the import. */
  public enum Kind {
    HEADER, ROW_SHAPE, UNKNOWN_CREDENTIAL, BAD_CIP, UNKNOWN_CIP, BAD_HOURS, BAD_DATE, BAD_UNIT, BAD_IDENTIFIER,
    MISSING, BAD_TEXT
  }

  public CreditProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "line " + line + ", " + field + ": " + reason;
  }
}
