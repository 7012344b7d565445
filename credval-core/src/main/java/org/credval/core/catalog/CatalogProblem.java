package org.credval.core.catalog;

import java.util.Objects;

/**
 * One reason why a catalog row or node was rejected.
 *
 * @param line 1-based line in a TSV file, or 0 when the source has no lines (CTDL JSON-LD)
 * @param field the TSV column name, or for CTDL the JSON path of the offending value, e.g.
 *     {@code $['@graph'][3]['ceterms:name']}
 * @param reason what is wrong and, where it helps, how to fix it
 */
public record CatalogProblem(int line, String field, String reason) {

  public CatalogProblem {
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or positive, got " + line);
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ", " : "") + field + ": " + reason;
  }
}
