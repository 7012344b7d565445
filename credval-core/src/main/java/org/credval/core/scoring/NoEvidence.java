package org.credval.core.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * How a criterion counts when the evidence has no value for a credential. Whatever the rule,
 * the explanation says "no evidence" and names the rule applied: a missing value is never
 * silently passed or failed.
 */
public enum NoEvidence {
  /** Scored as not met: no points, and a gate is not passed. */
  ZERO,
  /**
   * Left out: the credential is scored on the criteria that have evidence and its total is scaled
   * up by (maximum of all criteria) / (maximum of the criteria with evidence); a gate is waived.
   */
  RESCALE,
  /** The credential is not placed at all; its status is "needs evidence". */
  BLOCK;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<NoEvidence> fromKey(String key) {
    for (NoEvidence n : values()) {
      if (n.key().equals(key)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }
}
