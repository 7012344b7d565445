package org.credval.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
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

  /**
   * A credential's rows in several detailed occupation cells of one run as one row, for a
   * credential linked to more than one occupation: counts are summed (a posting is coded to one
   * occupation, so detailed cells do not overlap) except employers, the largest of the cells' (an employer
   * may post in two occupations, so distinct employers do not add up), the cell is the codes joined by ", ", and the pay
   * figures are those of the cell with the most postings stating pay for it (medians do not add up),
   * null when no cell publishes a premium. Rows of one area and period; at least one.
   */
  public static CredentialSignal acrossOccupations(List<CredentialSignal> rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no rows to combine");
    }
    if (rows.size() == 1) {
      return rows.get(0);
    }
    CredentialSignal first = rows.get(0);
    for (CredentialSignal r : rows) {
      if (!r.credentialCode().equals(first.credentialCode()) || !r.area().equals(first.area())
          || !r.period().equals(first.period())) {
        throw new IllegalArgumentException("rows of different credentials, areas or periods: " + first + ", " + r);
      }
    }
    CredentialSignal pay = payRow(rows);
    return new CredentialSignal(first.credentialCode(), String.join(", ", rows.stream().map(CredentialSignal::socCode).toList()),
        first.area(), first.period(), sum(rows, CredentialSignal::postings), sum(rows, CredentialSignal::occupationPostings),
        sum(rows, CredentialSignal::requiredPostings), sum(rows, CredentialSignal::preferredPostings),
        sum(rows, CredentialSignal::alternativePostings), sum(rows, CredentialSignal::requiredLaterPostings),
        sum(rows, CredentialSignal::mentionedPostings), sum(rows, CredentialSignal::negatedPostings),
        rows.stream().mapToInt(CredentialSignal::employers).max().orElse(0), pay == null ? null : pay.medianPayWith(), pay == null ? 0 : pay.payWithN(),
        pay == null ? null : pay.medianPayWithout(), pay == null ? 0 : pay.payWithoutN(),
        pay == null ? null : pay.payPremium(), "");
  }

  /**
   * The row whose pay premium stands for the credential: of the rows that publish one, the one with
   * the most postings stating pay for it, the lowest occupation code on a tie; null when none does.
   */
  public static CredentialSignal payRow(List<CredentialSignal> rows) {
    return rows.stream()
        .filter(r -> r.payPremium() != null && r.medianPayWithout() != null && r.medianPayWithout().signum() > 0)
        .min(Comparator.comparingInt(CredentialSignal::payWithN).reversed().thenComparing(CredentialSignal::socCode))
        .orElse(null);
  }

  private static int sum(List<CredentialSignal> rows, java.util.function.ToIntFunction<CredentialSignal> f) {
    return rows.stream().mapToInt(f).sum();
  }

  /** E.g. "SOC 53-3032 in TX, 2025", "all occupations in TX, 2025". */
  public static String scope(CredentialSignal s) {
    String cell = switch (s.socCode()) {
      case "all" -> "all occupations";
      case "unknown" -> "postings without an occupation code";
      default -> "SOC " + s.socCode();
    };
    return cell + " in " + s.area() + ", " + s.period();
  }
}
