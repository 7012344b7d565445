package org.credval.core.catalog;

/**
 * A credential value that breaks a rule of the catalog, naming the offending field by its TSV
 * column name so that importers can point the user at the exact cell.
 */
public final class CredentialFieldException extends IllegalArgumentException {

  private final String field;

  public CredentialFieldException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** The reason without the field name. */
  public String reason() {
    return getMessage().substring(field.length() + 2);
  }
}
