package org.credval.core.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a credential is still awarded. Retired credentials stay in the catalog (metadata is never
 * deleted) because attainment records and job postings keep naming them for years.
 */
public enum CredentialStatus {
  ACTIVE,
  RETIRED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CredentialStatus> fromKey(String key) {
    for (CredentialStatus s : values()) {
      if (s.key().equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
