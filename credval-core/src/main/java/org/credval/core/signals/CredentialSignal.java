package org.credval.core.signals;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.credval.core.code.CredentialCode;

/**
 * One row of a signal run ({@code credential_signal}): a credential in one occupation cell of one
 * area and period. Counts are of distinct counted postings (duplicates once), each at the strongest
 * level it names the credential.
 *
 * @param socCode a SOC code (the posting's own, usually detailed), a major group ({@code 29-0000}),
 *     {@code all} or {@code unknown}
 * @param postings postings that name the credential at any level but negated
 * @param occupationPostings all counted postings of the cell, with or without the credential
 * @param negatedPostings postings whose strongest mention says the credential is not needed (not in {@code postings})
 * @param employers distinct employers among {@code postings}
 * @param medianPayWith median annual pay of postings that ask for it (required to preferred), or null
 *     when fewer than the run's minimum have a pay
 * @param payWithN postings that ask for it and state a pay
 * @param medianPayWithout median annual pay of the cell's postings that do not name it at all, or null
 * @param payWithoutN postings that do not name it and state a pay
 * @param payPremium {@code medianPayWith - medianPayWithout} when both are published and the cell is
 *     an occupation (detailed or major group), else null
 * @param cooccurring other credentials named (not negated) in the same postings, most frequent first,
 *     as {@code CODE:count} joined by {@code ;}; empty when none
 */
public record CredentialSignal(
    CredentialCode credentialCode,
    String socCode,
    String area,
    String period,
    int postings,
    int occupationPostings,
    int requiredPostings,
    int preferredPostings,
    int alternativePostings,
    int requiredLaterPostings,
    int mentionedPostings,
    int negatedPostings,
    int employers,
    BigDecimal medianPayWith,
    int payWithN,
    BigDecimal medianPayWithout,
    int payWithoutN,
    BigDecimal payPremium,
    String cooccurring) implements Serializable {

  public CredentialSignal {
    Objects.requireNonNull(credentialCode, "credentialCode");
    Objects.requireNonNull(socCode, "socCode");
    cooccurring = cooccurring == null ? "" : cooccurring;
  }

  /** {@code postings / occupationPostings}, to four decimals (half-even). */
  public BigDecimal share() {
    return ratio(postings);
  }

  /** {@code requiredPostings / occupationPostings}, to four decimals (half-even). */
  public BigDecimal requiredShare() {
    return ratio(requiredPostings);
  }

  /** {@code preferredPostings / occupationPostings}, to four decimals (half-even). */
  public BigDecimal preferredShare() {
    return ratio(preferredPostings);
  }

  private BigDecimal ratio(int n) {
    return occupationPostings == 0 ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(occupationPostings), 4, RoundingMode.HALF_EVEN);
  }
}
