package org.credval.app.catalog;

/**
 * Why an edit of the catalog (a credential, or an articulation agreement or apprenticeship credit
 * entry of one) was refused, in words an analyst can act on.
 *
 * @see CredentialEditor
 */
public class CatalogEditException extends RuntimeException {

  /** What kind of refusal this is, so that a page can answer with the right status. */
  public enum Kind {
    /** A field's value is not acceptable; {@link #field()} names it. */
    INVALID,
    /** No credential has the code, or the credential has no such entry. */
    NOT_FOUND,
    /** Someone else saved a change since the form was opened. */
    CHANGED_MEANWHILE,
    /** The credential or entry is already retired. */
    ALREADY_RETIRED,
    /** The form holds the values already stored. */
    NOTHING_CHANGED,
    /** Another entry has the same credential, institution, program and start date (or apprenticeship program). */
    DUPLICATE
  }

  private final Kind kind;
  private final String field;

  public CatalogEditException(String field, String message) {
    this(Kind.INVALID, field, message);
  }

  public CatalogEditException(Kind kind, String field, String message) {
    super(message);
    this.kind = kind;
    this.field = field;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The field at fault (a credential form's field, or an entry's CSV column), or null when the
   * refusal is about the whole credential or entry.
   */
  public String field() {
    return field;
  }

  /** The HTTP status a page or API answers this refusal with. */
  public int httpStatus() {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case CHANGED_MEANWHILE, ALREADY_RETIRED, DUPLICATE -> 409;
      default -> 400;
    };
  }
}
