package org.credval.core.json;

/** A JSON text that is not valid RFC 8259, with the 1-based line and column of the first error. */
public final class JsonSyntaxException extends IllegalArgumentException {

  private final int line;
  private final int column;

  public JsonSyntaxException(String reason, int line, int column) {
    super("invalid JSON at line " + line + ", column " + column + ": " + reason);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
