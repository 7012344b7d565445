package org.credval.core.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly a posting asks for a credential. Declared from strongest to weakest: the order in
 * which one posting's several mentions of the same credential are rolled up.
 */
public enum Requirement {
  /** Must hold it when hired. */
  REQUIRED,
  /** Must obtain it after hire, e.g. within 90 days or before probation ends. */
  REQUIRED_LATER,
  /** One of several accepted credentials, or the credential "or equivalent". */
  ALTERNATIVE,
  /** Preferred, desired, a plus. */
  PREFERRED,
  /** Named without being asked for: training the employer provides, duties, benefits. */
  MENTIONED,
  /** Explicitly not needed ("no CDL required"). */
  NEGATED;

  /** The lower-case key used in output files, e.g. {@code required_later}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Requirement> fromKey(String key) {
    for (Requirement r : values()) {
      if (r.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether this level outranks {@code other} in a rollup. */
  public boolean strongerThan(Requirement other) {
    return ordinal() < other.ordinal();
  }
}
