package org.credval.app.catalog.credit;

/** Why a change to an agreement was refused, in words an analyst can act on. */
public class CreditEditException extends RuntimeException {

  /** What kind of refusal this is, so that a page can answer with the right status. */
  public enum Kind {
    /** A value is not acceptable; {@link #field()} names the CSV column. */
    INVALID,
    /** No such credential or agreement. */
    NOT_FOUND,
    /** Someone else saved a change since the form was opened. */
    CHANGED_MEANWHILE,
    /** The entry is already retired. */
    ALREADY_RETIRED,
    /** The form holds the values already stored. */
    NOTHING_CHANGED,
    /** Another entry has the same credential, institution, program and start date (or apprenticeship program). */
    DUPLICATE
  }

  private final Kind kind;
  private final String field;

  public CreditEditException(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** The CSV column at fault, or null when the refusal is about the whole entry. */
  public String field() {
    return field;
  }
}
