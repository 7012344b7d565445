package org.credval.core.articulation;

import static org.credval.core.articulation.CreditProblem.Kind.BAD_CIP;
import static org.credval.core.articulation.CreditProblem.Kind.BAD_IDENTIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;

/**
 * An articulation agreement: holders of a credential receive credit toward a program of a
 * postsecondary institution.
 *
 * @param institution the institution's name as it states it
 * @param ipedsUnitId the institution's six-digit IPEDS unit id, or null when not known
 * @param cip the program's CIP 2020 code, at the six-digit program level (e.g. 51.0801)
 * @param creditHours the credit granted, in {@code creditUnit}s
 * @param effectiveFrom the first day the agreement applies
 * @param effectiveTo the last day it applies, or null when open-ended
 * @param source where the agreement is published (a web address or a document reference), or null
 * @param notes conditions and remarks, or null
 */
public record Articulation(
    CredentialCode credential,
    String institution,
    String ipedsUnitId,
    CipCode cip,
    String programTitle,
    BigDecimal creditHours,
    CreditUnit creditUnit,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String source,
    String notes) {

  private static final Pattern IPEDS = Pattern.compile("\\d{6}");

  public Articulation {
    Fields.require("credential_code", credential);
    institution = Fields.text("institution", institution, 300);
    ipedsUnitId = Fields.optionalText("ipeds_unit_id", ipedsUnitId, 6);
    if (ipedsUnitId != null && !IPEDS.matcher(ipedsUnitId).matches()) {
      throw new CreditFieldException("ipeds_unit_id", BAD_IDENTIFIER,
          "'" + ipedsUnitId + "' is not an IPEDS unit id (six digits, e.g. 123456); leave it empty when not known");
    }
    Fields.require("cip_code", cip);
    if (cip.value().length() != 7) {
      throw new CreditFieldException("cip_code", BAD_CIP,
          cip + " is a CIP family or series; an agreement names a program, e.g. 51.0801");
    }
    programTitle = Fields.text("program_title", programTitle, 300);
    creditHours = Fields.amount("credit_hours", creditHours);
    Fields.require("credit_type", creditUnit);
    Fields.require("effective_from", effectiveFrom);
    Fields.period(effectiveFrom, effectiveTo);
    source = Fields.optionalText("source", source, 1000);
    notes = Fields.optionalText("notes", notes, 2000);
  }

  /**
   * What identifies the agreement across loads: credential, institution (its IPEDS id when known,
   * else its name ignoring case), program and start date. Loading a row with the same key updates
   * that agreement; any other row is a new agreement.
   */
  public String key() {
    String who = ipedsUnitId != null ? "ipeds:" + ipedsUnitId : "name:" + institution.toLowerCase(Locale.ROOT);
    return credential.value() + "|" + who + "|" + cip.value() + "|" + effectiveFrom;
  }

  /** Whether the agreement applies on {@code day}. */
  public boolean inEffectOn(LocalDate day) {
    return Fields.inEffect(effectiveFrom, effectiveTo, day);
  }
}
