package org.credval.app.scoring;

import java.util.Map;
import org.credval.core.code.SocCode;

/**
 * Priority-occupation star ratings (1 to 5) by occupation, and a sentence saying how they were made.
 */
public record StarRatings(Map<SocCode, Integer> stars, String method) {

  public static final StarRatings NONE = new StarRatings(Map.of(), "not rated");

  public StarRatings {
    stars = Map.copyOf(stars);
  }

  public boolean isEmpty() {
    return stars.isEmpty();
  }

  public Integer of(SocCode soc) {
    return stars.get(soc);
  }
}
