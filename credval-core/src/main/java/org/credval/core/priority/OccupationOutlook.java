package org.credval.core.priority;

import java.math.BigDecimal;
import java.util.Objects;
import org.credval.core.code.SocCode;

/**
 * The labor-market facts of one occupation in one state or region that a priority rating reads.
 * Any measure may be null when the publisher suppressed it; such occupations are kept but not
 * rated.
 *
 * @param medianWage median annual wage in dollars (BLS OEWS or EP)
 * @param annualOpenings average annual openings over the projection decade, in jobs (not thousands)
 * @param growthPercent employment change over the projection decade, in percent
 * @param education typical education needed for entry, or null when not published
 */
public record OccupationOutlook(SocCode soc, String title, BigDecimal medianWage, BigDecimal annualOpenings,
    BigDecimal growthPercent, EntryEducation education) {

  public OccupationOutlook {
    Objects.requireNonNull(soc, "soc");
    Objects.requireNonNull(title, "title");
  }

  boolean complete() {
    return medianWage != null && annualOpenings != null && growthPercent != null;
  }
}
