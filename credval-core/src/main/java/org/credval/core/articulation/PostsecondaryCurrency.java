package org.credval.core.articulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.credval.core.code.CredentialCode;

/**
 * What a credential is worth toward further education on one day: the evidence a "postsecondary
 * currency" criterion reads. Only agreements and credits in effect on {@code asOf} count; the
 * caller leaves out retired ones.
 *
 * @param agreements articulation agreements in effect
 * @param institutions distinct institutions among them (by IPEDS unit id, else name)
 * @param totalCreditHours the agreements' college credit summed, in semester hours (quarter hours
 *     × 2/3; clock hours and CEUs are not college credit and are left out)
 * @param maxCreditHours the most semester hours one agreement grants: what one holder can use at
 *     one institution; zero when there is none
 * @param apprenticeshipPrograms apprenticeship programs crediting the credential
 * @param maxApprenticeshipHours the most hours one program credits; zero when there is none
 * @param stacksInto credentials this one counts toward
 * @param stackedFrom credentials that count toward this one
 */
public record PostsecondaryCurrency(
    CredentialCode credential,
    LocalDate asOf,
    int agreements,
    int institutions,
    BigDecimal totalCreditHours,
    BigDecimal maxCreditHours,
    int apprenticeshipPrograms,
    int maxApprenticeshipHours,
    int stacksInto,
    int stackedFrom) {

  /** Whether there is any evidence at all; a criterion reports "no evidence" otherwise. */
  public boolean hasEvidence() {
    return agreements > 0 || apprenticeshipPrograms > 0 || stacksInto > 0 || stackedFrom > 0;
  }

  public static PostsecondaryCurrency of(CredentialCode credential, LocalDate asOf,
      Collection<Articulation> articulations, Collection<ApprenticeshipCredit> apprenticeships,
      int stacksInto, int stackedFrom) {
    int agreements = 0;
    Set<String> institutions = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    BigDecimal max = BigDecimal.ZERO.setScale(2);
    for (Articulation a : articulations) {
      if (!a.credential().equals(credential) || !a.inEffectOn(asOf)) {
        continue;
      }
      agreements++;
      institutions.add(a.ipedsUnitId() != null ? a.ipedsUnitId() : a.institution().toLowerCase(Locale.ROOT));
      BigDecimal semester = a.creditUnit().semesterHours(a.creditHours()).orElse(BigDecimal.ZERO.setScale(2));
      total = total.add(semester);
      max = max.max(semester);
    }
    int programs = 0;
    int maxHours = 0;
    for (ApprenticeshipCredit c : apprenticeships) {
      if (c.credential().equals(credential) && c.inEffectOn(asOf)) {
        programs++;
        maxHours = Math.max(maxHours, c.hours());
      }
    }
    return new PostsecondaryCurrency(credential, asOf, agreements, institutions.size(), total, max, programs, maxHours,
        stacksInto, stackedFrom);
  }
}
