package org.credval.app.postings.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fixed split of the labeled postings into two halves, so that a rule tuned while reading one
 * half can be checked on the other. A posting's half depends only on a fixed seed and its dataset
 * and id, so adding or correcting labels never moves another posting across.
 */
public enum LabelHalf {
  /** Every labeled posting. */
  ALL,
  /** The postings whose hash is even. */
  A,
  /** The postings whose hash is odd. */
  B;

  static final String SEED = "credval-labels-20261123";

  boolean contains(LabeledPosting l) {
    if (this == ALL) {
      return true;
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest((SEED + "\n" + l.dataset() + "\n" + l.id()).getBytes(StandardCharsets.UTF_8));
      boolean even = (h[0] & 1) == 0;
      return even == (this == A);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
