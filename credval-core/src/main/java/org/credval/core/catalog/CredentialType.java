package org.credval.core.catalog;

import java.util.Optional;

/**
 * The kind of credential, following the CTDL credential subtypes that states put on their lists.
 * The key is the value used in the catalog TSV.
 */
public enum CredentialType {
  /** Awarded by an authoritative body after an assessment; time-limited and renewable. */
  CERTIFICATION("certification"),
  /** Legal permission from a government agency to practise an occupation. */
  LICENSE("license"),
  /** Awarded for completing a course of training, usually with an assessment. */
  CERTIFICATE("certificate"),
  /** A recognition of a narrow skill or achievement, often digital. */
  BADGE("badge"),
  /** Awarded on completing a registered apprenticeship. */
  APPRENTICESHIP_CERTIFICATE("apprenticeship_certificate");

  private final String key;

  CredentialType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<CredentialType> fromKey(String key) {
    for (CredentialType t : values()) {
      if (t.key.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
