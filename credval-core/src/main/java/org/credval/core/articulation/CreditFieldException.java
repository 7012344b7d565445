package org.credval.core.articulation;

/** A value that breaks a rule of an agreement, naming its CSV column so importers and forms can point at it. */
public final class CreditFieldException extends IllegalArgumentException {

  private final String field;
  private final CreditProblem.Kind kind;
  private final String reason;

  public CreditFieldException(String field, CreditProblem.Kind kind, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.kind = kind;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  public CreditProblem.Kind kind() {
    return kind;
  }

  /** The reason without the field name. */
  public String reason() {
    return reason;
  }
}
