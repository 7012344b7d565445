package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A range of a criterion's value, {@code from} inclusive and {@code to} exclusive (null: no
 * limit), and the points a value in that range earns.
 */
public record Band(BigDecimal from, BigDecimal to, BigDecimal points) {

  public Band {
    Objects.requireNonNull(points, "points");
    if (from != null && to != null && from.compareTo(to) >= 0) {
      throw new IllegalArgumentException("band from " + from + " must be below to " + to);
    }
  }

  public boolean contains(BigDecimal value) {
    return (from == null || value.compareTo(from) >= 0) && (to == null || value.compareTo(to) < 0);
  }

  /** Whether the two half-open ranges share any value. */
  public boolean overlaps(Band other) {
    return Ranges.overlap(from, to, other.from, other.to);
  }
}
