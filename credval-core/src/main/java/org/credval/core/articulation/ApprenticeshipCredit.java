package org.credval.core.articulation;

import static org.credval.core.articulation.CreditProblem.Kind.BAD_HOURS;
import static org.credval.core.articulation.CreditProblem.Kind.BAD_IDENTIFIER;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.credval.core.code.CredentialCode;

/**
 * Hours a registered apprenticeship program credits to holders of a credential (related
 * instruction or on-the-job hours they need not repeat).
 *
 * @param occupation the apprenticeship occupation or program name, e.g. "Electrician"
 * @param rapidsCode the occupation's RAPIDS code (three or four digits, optionally followed by up to
 *     three capital letters such as {@code CB} or {@code HY}), or null when not known
 * @param hours hours credited, a whole number above zero
 * @param effectiveFrom first day it applies, or null when not stated
 * @param effectiveTo last day it applies, or null when open-ended
 */
public record ApprenticeshipCredit(
    CredentialCode credential,
    String occupation,
    String rapidsCode,
    int hours,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    String source,
    String notes) {

  private static final Pattern RAPIDS = Pattern.compile("\\d{3,4}[A-Z]{0,3}");

  public ApprenticeshipCredit {
    Fields.require("credential_code", credential);
    occupation = Fields.text("occupation", occupation, 300);
    rapidsCode = Fields.optionalText("rapids_code", rapidsCode, 8);
    if (rapidsCode != null && !RAPIDS.matcher(rapidsCode).matches()) {
      throw new CreditFieldException("rapids_code", BAD_IDENTIFIER,
          "'" + rapidsCode + "' is not a RAPIDS occupation code (3-4 digits, optionally letters such as CB or HY, e.g. 0159HY);"
              + " leave it empty when not known");
    }
    if (hours <= 0 || hours > 20_000) {
      throw new CreditFieldException("hours", BAD_HOURS, "must be a whole number of hours from 1 to 20,000, got " + hours);
    }
    Fields.period(effectiveFrom, effectiveTo);
    source = Fields.optionalText("source", source, 1000);
    notes = Fields.optionalText("notes", notes, 2000);
  }

  /** What identifies the credit across loads: credential and program (its RAPIDS code when known, else its name ignoring case). */
  public String key() {
    return credential.value() + "|" + (rapidsCode != null ? "rapids:" + rapidsCode : "name:" + occupation.toLowerCase(Locale.ROOT));
  }

  public boolean inEffectOn(LocalDate day) {
    return Fields.inEffect(effectiveFrom, effectiveTo, day);
  }
}
