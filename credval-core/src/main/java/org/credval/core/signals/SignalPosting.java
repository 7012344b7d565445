package org.credval.core.signals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.credval.core.code.SocCode;

/**
 * What a signal run needs of one stored posting.
 *
 * @param id the posting's stable key (the app uses {@code source:source_id})
 * @param employer the hiring organization as written, or null
 * @param state two-letter state, or null when unknown
 * @param postedOn the date posted, or null
 * @param socCode the occupation, or null when no occupation could be coded
 * @param annualPay advertised pay per year (see {@link #annualPay(BigDecimal, BigDecimal)}), or null
 * @param duplicateOf the id of the posting this one repeats, or null for a representative
 */
public record SignalPosting(
    String id, String employer, String state, LocalDate postedOn, SocCode socCode, BigDecimal annualPay,
    String duplicateOf) implements Serializable {

  public SignalPosting {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a posting needs an id");
    }
    if (annualPay != null) {
      annualPay = annualPay.setScale(2, RoundingMode.HALF_EVEN);
    }
  }

  /**
   * One figure for an advertised pay range: the midpoint of the annual minimum and maximum, to the
   * cent (half-even); the one end given when only one is; null when neither is.
   */
  public static BigDecimal annualPay(BigDecimal annualMin, BigDecimal annualMax) {
    if (annualMin == null && annualMax == null) {
      return null;
    }
    if (annualMin == null || annualMax == null) {
      return (annualMin == null ? annualMax : annualMin).setScale(2, RoundingMode.HALF_EVEN);
    }
    return annualMin.add(annualMax).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
  }
}
