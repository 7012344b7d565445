package org.credval.core.occupations;

import java.util.Objects;
import org.credval.core.code.SocCode;

/**
 * One published job title and the occupation it belongs to.
 *
 * @param title the title as published, e.g. {@code Charge Nurse}
 * @param soc the SOC code it belongs to
 * @param source where it is published: {@link #SOC_DIRECT_MATCH} (BLS: a title that belongs to
 *     exactly one SOC code), {@link #ONET_OCCUPATION} (the O*NET occupation's own title) or
 *     {@link #ONET_ALTERNATE} (O*NET alternate titles: reported titles, some shared by occupations)
 */
public record OccupationTitle(String title, SocCode soc, String source) {

  public static final String SOC_DIRECT_MATCH = "soc-direct-match";
  public static final String ONET_OCCUPATION = "onet-occupation";
  public static final String ONET_ALTERNATE = "onet-alternate";

  public OccupationTitle {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(soc, "soc");
    Objects.requireNonNull(source, "source");
  }

  /** How much one listing weighs when several occupations share a title: authoritative lists count more. */
  double weight() {
    return source.equals(ONET_ALTERNATE) ? 1 : 3;
  }
}
