package org.credval.app.demand.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One row of a signal run as the Demand pages show it: a credential in one occupation cell (a SOC
 * code, a major group, {@code all} or {@code unknown}) of the run's area and period. Each posting
 * counts once, at the strongest level it names the credential; {@code postings} leaves out the
 * postings that say it is not needed ({@code negated}).
 */
public record CredentialDemand(
    String code,
    String name,
    String socCode,
    String occupationTitle,
    int postings,
    int occupationPostings,
    int required,
    int preferred,
    int alternative,
    int requiredLater,
    int mentioned,
    int negated,
    int employers,
    PayComparison pay,
    List<Cooccurring> cooccurring) {

  public CredentialDemand {
    cooccurring = List.copyOf(cooccurring);
  }

  /** Postings that name it at a level other than required or preferred (and not negated). */
  @JsonProperty("otherPostings")
  public int other() {
    return Math.max(0, postings - required - preferred);
  }

  /** Its postings as a share of the cell's postings, in percent to one decimal. */
  @JsonProperty("sharePercent")
  public BigDecimal sharePercent() {
    return occupationPostings == 0 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(100L * postings).divide(BigDecimal.valueOf(occupationPostings), 1, RoundingMode.HALF_EVEN);
  }

  /**
   * Its required postings as a share of the postings that name it, in percent to one decimal: how
   * strongly employers who name it ask for it.
   */
  @JsonProperty("requiredSharePercent")
  public BigDecimal requiredSharePercent() {
    return postings == 0 ? BigDecimal.ZERO.setScale(1)
        : BigDecimal.valueOf(100L * required).divide(BigDecimal.valueOf(postings), 1, RoundingMode.HALF_EVEN);
  }

  /** Whether the SOC key names an occupation or group that has its own page. */
  public boolean occupationLink() {
    return socCode.matches("\\d{2}-\\d{4}");
  }

  /** Another credential named in the same postings, and in how many. */
  public record Cooccurring(String code, String name, int postings) {}
}
