package org.credval.core.labormarket;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An annual wage cell as BLS publishes it: an amount, or a marker saying why there is none.
 *
 * @param status whether the amount is known
 * @param annual the amount in dollars when {@code status} is {@link Status#KNOWN}, else {@code
 *     null}
 */
record PublishedWage(Status status, BigDecimal annual) implements Serializable {

  enum Status {
    KNOWN,
    /** {@code *}, {@code **} or an empty cell: BLS did not publish a value. */
    NOT_AVAILABLE,
    /** {@code #}: at or above the top code ($239,200 a year in May 2024), so not a usable amount. */
    TOP_CODED
  }

  static final PublishedWage NOT_AVAILABLE = new PublishedWage(Status.NOT_AVAILABLE, null);
  static final PublishedWage TOP_CODED = new PublishedWage(Status.TOP_CODED, null);

  PublishedWage {
    if ((status == Status.KNOWN) != (annual != null)) {
      throw new IllegalArgumentException("an amount is given exactly when the wage is known");
    }
  }

  /** Reads a wage cell, or throws with a message naming the value. */
  static PublishedWage parse(String text) {
    String s = text == null ? "" : text.strip();
    switch (s) {
      case "", "*", "**":
        return NOT_AVAILABLE;
      case "#":
        return TOP_CODED;
      default:
        BigDecimal amount = PublishedNumber.parse(s);
        if (amount == null || amount.signum() < 0) {
          throw new IllegalArgumentException(
              "annual median wage '" + text + "' is not an amount in dollars or a BLS marker"
                  + " (* or ** not available, # top-coded)");
        }
        return new PublishedWage(Status.KNOWN, amount);
    }
  }
}
