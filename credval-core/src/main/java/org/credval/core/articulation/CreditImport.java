package org.credval.core.articulation;

import java.util.List;

/**
 * What reading a credit file gave: the valid rows with the line each came from, and a problem for
 * every rejected value. A row with a problem is not among {@code rows}.
 */
public record CreditImport<T>(List<T> rows, List<Integer> lines, List<CreditProblem> problems) {

  public CreditImport {
    rows = List.copyOf(rows);
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /** Whether the file was refused as a whole (its header is not this format's). */
  public boolean wrongHeader() {
    return rows.isEmpty() && problems.size() == 1 && problems.get(0).kind() == CreditProblem.Kind.HEADER;
  }
}
