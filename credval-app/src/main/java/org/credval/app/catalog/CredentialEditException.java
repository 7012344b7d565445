package org.credval.app.catalog;

/**
 * Why an edit of the catalog was refused, in words an analyst can act on.
 *
 * @see CredentialEditor
 */
public class CredentialEditException extends RuntimeException {

  /** What kind of refusal this is, so that a page can answer with the right status. */
  public enum Kind {
    /** A field's value is not acceptable; {@link #field()} names it. */
    INVALID,
    /** No credential has the code. */
    UNKNOWN_CODE,
    /** Someone else saved a change since the form was opened. */
    CHANGED_MEANWHILE,
    /** The credential is already retired. */
    ALREADY_RETIRED,
    /** The form holds the values already stored. */
    NOTHING_CHANGED
  }

  private final Kind kind;
  private final String field;

  public CredentialEditException(String field, String message) {
    this(Kind.INVALID, field, message);
  }

  public CredentialEditException(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /** The field at fault, or null when the refusal is about the whole credential. */
  public String field() {
    return field;
  }
}
