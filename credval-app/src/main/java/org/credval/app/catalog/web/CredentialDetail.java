package org.credval.app.catalog.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A credential as its page and the API show it.
 *
 * @param costUsd publicly stated cost, or null when not published
 * @param hours publicly stated hours of instruction, or null when not published
 * @param stacksInto credentials this one counts toward
 * @param stackedFrom credentials that count toward this one
 * @param history recorded changes, newest first
 */
public record CredentialDetail(
    String code,
    String name,
    List<String> aliases,
    String issuer,
    String type,
    boolean thirdParty,
    boolean examBased,
    String accreditation,
    String industry,
    String url,
    BigDecimal costUsd,
    Integer hours,
    String status,
    int version,
    Instant updatedAt,
    String updatedBy,
    List<LinkedOccupation> occupations,
    List<LinkedCredential> stacksInto,
    List<LinkedCredential> stackedFrom,
    List<HistoryEntry> history) {

  public boolean retired() {
    return "retired".equalsIgnoreCase(status);
  }

  public String typeLabel() {
    return CatalogLabels.of(type);
  }

  public String industryLabel() {
    return CatalogLabels.of(industry);
  }

  public String costText() {
    if (costUsd == null) {
      return "not published";
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
    f.setMinimumFractionDigits(costUsd.stripTrailingZeros().scale() > 0 ? 2 : 0);
    return f.format(costUsd);
  }

  public String hoursText() {
    return hours == null ? "not published" : NumberFormat.getIntegerInstance(Locale.US).format(hours) + " hours";
  }
}
