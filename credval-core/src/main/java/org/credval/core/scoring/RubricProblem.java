package org.credval.core.scoring;

import java.util.Objects;

/**
 * One thing wrong with a rubric: its error code, where it is (JSON Pointer and 1-based line and
 * column; 0 when the problem concerns the file as a whole) and what to do about it.
 */
public record RubricProblem(RubricErrorCode code, String pointer, int line, int column, String message) {

  public RubricProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** E.g. {@code CV-RUB-002 at line 7, column 5 (/criteria/1/wieght): unknown key "wieght" ...}. */
  @Override
  public String toString() {
    String where = line > 0 ? "line " + line + ", column " + column + " (" + (pointer.isEmpty() ? "/" : pointer) + ")"
        : (pointer.isEmpty() ? "the rubric" : pointer);
    return code.code() + " at " + where + ": " + message;
  }
}
