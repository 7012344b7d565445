package org.credval.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.credval.core.json.JsonPosition;

/**
 * A tier of a tiered rubric: the band of total scores it covers ({@code from} inclusive,
 * {@code to} exclusive, null: unbounded), an optional value it carries (a funding weight, a
 * number of accountability points) and the criteria a credential must meet to be placed in it
 * whatever its total.
 */
public record Tier(String name, BigDecimal from, BigDecimal to, BigDecimal value, List<String> requires,
    JsonPosition position) {

  public Tier {
    Objects.requireNonNull(name, "name");
    requires = List.copyOf(requires);
  }

  public boolean covers(BigDecimal score) {
    return (from == null || score.compareTo(from) >= 0) && (to == null || score.compareTo(to) < 0);
  }
}
