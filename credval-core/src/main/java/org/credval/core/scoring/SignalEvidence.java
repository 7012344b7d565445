package org.credval.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.credval.core.signals.CredentialSignal;

/**
 * Turns one employer-signal row ({@link CredentialSignal}: a credential in one occupation cell,
 * area and period) into observations for the four employer-signal criteria, so that every caller
 * reads signals the same way. Which row to use for a credential (its main occupation, or the
 * {@code all} cell of the state) is the caller's choice; the scope in each explanation names it.
 */
public final class SignalEvidence {

  private SignalEvidence() {}

  /**
   * {@code postings_demand} = postings naming it; {@code required_share} = postings requiring it of
   * all counted postings in the cell; {@code pay_premium} = the row's pay premium as a share of the
   * median pay of postings that do not name it, when both are published;
   * {@code employer_portability} = distinct employers.
   *
   * @param source where the signals come from, e.g. "signal run 12, NLx 2025"
   */
  public static Map<Criterion, Observation> observations(CredentialSignal s, String source) {
    String scope = scope(s);
    Map<Criterion, Observation> m = new EnumMap<>(Criterion.class);
    m.put(Criterion.POSTINGS_DEMAND, Observation.number(s.postings(), scope, source));
    if (s.occupationPostings() > 0) {
      m.put(Criterion.REQUIRED_SHARE, Observation.share(s.requiredPostings(), s.occupationPostings(), scope, source));
    }
    if (s.payPremium() != null && s.medianPayWithout() != null && s.medianPayWithout().signum() > 0) {
      BigDecimal share = s.payPremium().divide(s.medianPayWithout(), Observation.SHARE_SCALE, RoundingMode.HALF_UP);
      m.put(Criterion.PAY_PREMIUM, Observation.number(share, scope, source));
    }
    m.put(Criterion.EMPLOYER_PORTABILITY, Observation.number(s.employers(), scope, source));
    return m;
  }

  /** E.g. "SOC 53-3032 in TX, 2025", "all occupations in TX, 2025". */
  static String scope(CredentialSignal s) {
    String cell = switch (s.socCode()) {
      case "all" -> "all occupations";
      case "unknown" -> "postings without an occupation code";
      default -> "SOC " + s.socCode();
    };
    return cell + " in " + s.area() + ", " + s.period();
  }
}
