package org.credval.app.demand.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.credval.app.platform.web.BadInputException;

/**
 * How the Demand overview orders credentials. Every order is largest first and breaks ties by
 * postings, then required postings, then code, so the same run always lists the same way. Shares
 * are compared exactly (by cross-multiplying counts), never as rounded decimals.
 */
enum DemandSort {

  /** Postings that name the credential (the default). */
  POSTINGS("postings", "postings", (a, b) -> 0),
  /** Required postings as a share of the postings that name it: how strongly it is asked for. */
  REQUIRED_SHARE("required-share", "required share",
      (a, b) -> Long.compare((long) b.required() * a.postings(), (long) a.required() * b.postings())),
  /** Distinct employers among those postings: how portable it is. */
  EMPLOYERS("employers", "employers", (a, b) -> Integer.compare(b.employers(), a.employers())),
  /** The pay premium the run published; credentials without one last. */
  PREMIUM("premium", "pay premium", Comparator.comparing((CredentialDemand d) -> d.pay().premium(),
      Comparator.nullsLast(Comparator.reverseOrder())));

  private static final Comparator<CredentialDemand> TIES = Comparator
      .comparingInt(CredentialDemand::postings).reversed()
      .thenComparing(Comparator.comparingInt(CredentialDemand::required).reversed())
      .thenComparing(CredentialDemand::code);

  private final String key;
  private final String label;
  private final Comparator<CredentialDemand> order;

  DemandSort(String key, String label, Comparator<CredentialDemand> first) {
    this.key = key;
    this.label = label;
    this.order = first;
  }

  /** The value of the {@code sort} parameter. */
  @JsonValue
  public String key() {
    return key;
  }

  /** In words, for "sorted by ...". */
  public String label() {
    return label;
  }

  Comparator<CredentialDemand> order() {
    return order.thenComparing(TIES);
  }

  /** {@code postings} when blank; a 400 that lists the choices for anything else unknown. */
  static DemandSort parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return POSTINGS;
    }
    String k = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(s -> s.key.equals(k)).findFirst().orElseThrow(() -> new BadInputException(
        "'" + raw.strip() + "' is not a sort order: give postings, required-share, employers or premium."));
  }
}
