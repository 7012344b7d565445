package org.credval.core.json;

/** A 1-based line and column in a JSON text. */
public record JsonPosition(int line, int column) {

  public JsonPosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
