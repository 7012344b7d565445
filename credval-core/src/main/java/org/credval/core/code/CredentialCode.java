package org.credval.core.code;

import java.util.regex.Pattern;

/**
 * credval's stable 8-character credential code: an issuer prefix of letters followed by a number,
 * e.g. {@code COMPT001}, in the spirit of Florida's CAPE industry-certification codes.
 */
public record CredentialCode(String value) implements Comparable<CredentialCode>, java.io.Serializable {

  private static final Pattern FORM = Pattern.compile("[A-Z]{4,5}\\d{3,4}");

  public CredentialCode {
    if (value == null || value.length() != 8 || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a credval credential code: '" + value
              + "' (expected 8 characters: an issuer prefix of capital letters and a number, e.g. COMPT001)");
    }
  }

  public static CredentialCode parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("credential code is missing");
    }
    return new CredentialCode(raw.strip().toUpperCase(java.util.Locale.ROOT));
  }

  /** The issuer prefix, e.g. {@code COMPT}. */
  public String issuerPrefix() {
    int i = 0;
    while (i < value.length() && Character.isLetter(value.charAt(i))) {
      i++;
    }
    return value.substring(0, i);
  }

  @Override
  public int compareTo(CredentialCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
