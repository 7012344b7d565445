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
    // an empty field and an absent one mean the same, whichever file format carried them
    employer = blankToNull(employer);
    state = blankToNull(state);
    duplicateOf = blankToNull(duplicateOf);
  }

  /**
   * A posting from text fields as files carry them (JSON Lines, CSV, Parquet cast to text): the date
   * as ISO {@code 2025-07-01} (a time after it is ignored), a SOC code in any published form (anything
   * else counts as no occupation), pay as plain decimals.
   */
  public static SignalPosting fromText(String id, String employer, String state, String postedOn, String socCode,
      String annualMin, String annualMax, String duplicateOf) {
    String date = blankToNull(postedOn);
    String soc = blankToNull(socCode);
    return new SignalPosting(id, employer, state, date == null ? null : LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date),
        soc != null && SocCode.isValid(soc) ? SocCode.parse(soc) : null,
        annualPay(decimal(annualMin), decimal(annualMax)), duplicateOf);
  }

  private static BigDecimal decimal(String s) {
    String v = blankToNull(s);
    return v == null ? null : new BigDecimal(v);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
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
