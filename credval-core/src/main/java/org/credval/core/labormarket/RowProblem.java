package org.credval.core.labormarket;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A row that was not counted, with the reason.
 *
 * @param line the row's line number in its source file (the header is line 1)
 * @param reason what is wrong with the row and how it was treated
 */
public record RowProblem(long line, String reason) implements Serializable {

  static final Comparator<RowProblem> BY_LINE = Comparator.comparingLong(RowProblem::line);

  public RowProblem {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a problem needs a reason");
    }
  }

  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
