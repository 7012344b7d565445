package org.credval.app.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields of a credential that an analyst may change by hand. Validated here, so that whatever
 * calls {@link CredentialEditor} cannot store a value the catalog TSV could not hold.
 *
 * @param type one of {@link #TYPES}
 * @param industry a sector key in lower case, e.g. {@code healthcare}, or null
 * @param costUsd publicly stated cost, or null when not published
 * @param hours publicly stated hours of instruction, or null when not published
 */
public record CredentialEdit(
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
    Integer hours) {

  /** The catalog's credential types (CTDL subtypes), as stored. */
  public static final List<String> TYPES =
      java.util.Arrays.stream(org.credval.core.catalog.CredentialType.values()).map(org.credval.core.catalog.CredentialType::key).toList();

  private static final Pattern INDUSTRY = Pattern.compile("[a-z][a-z_]{0,39}");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  public CredentialEdit {
    name = text("name", name, 300, true);
    issuer = text("issuer", issuer, 300, true);
    accreditation = text("accreditation", accreditation, 300, false);
    url = text("url", url, 1000, false);
    industry = text("industry", industry, 40, false);
    aliases = aliases(aliases == null ? List.of() : aliases);
    if (type == null || !TYPES.contains(type)) {
      throw new CatalogEditException("type", "Choose one of: " + String.join(", ", TYPES) + ".");
    }
    if (industry != null && !INDUSTRY.matcher(industry).matches()) {
      throw new CatalogEditException("industry",
          "Write the sector as a short key in lower-case letters and '_', e.g. healthcare or skilled_trades.");
    }
    if (url != null && !URL.matcher(url).matches()) {
      throw new CatalogEditException("url", "Give a web address starting with http:// or https://.");
    }
    if (costUsd != null && (costUsd.signum() < 0 || costUsd.scale() > 2 || costUsd.precision() - costUsd.scale() > 8)) {
      throw new CatalogEditException("costUsd", "Give the cost in dollars and cents, e.g. 125 or 125.50, or leave it empty.");
    }
    if (hours != null && hours <= 0) {
      throw new CatalogEditException("hours", "Give the hours as a whole number above zero, or leave it empty.");
    }
  }

  private static String text(String field, String value, int max, boolean required) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      if (required) {
        throw new CatalogEditException(field, "This field is required.");
      }
      return null;
    }
    if (v.length() > max) {
      throw new CatalogEditException(field, "Keep this under " + max + " characters.");
    }
    if (v.indexOf('\t') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      throw new CatalogEditException(field, "Write this on one line, without tabs.");
    }
    return v;
  }

  private static List<String> aliases(List<String> raw) {
    Set<String> seen = new HashSet<>();
    List<String> out = raw.stream().map(a -> text("aliases", a, 300, false)).filter(a -> a != null).toList();
    for (String a : out) {
      if (a.indexOf('|') >= 0) {
        throw new CatalogEditException("aliases", "'" + a + "' contains '|', which the catalog uses between names.");
      }
      if (!seen.add(a.toLowerCase(Locale.ROOT))) {
        throw new CatalogEditException("aliases", "'" + a + "' is listed twice.");
      }
    }
    return out;
  }
}
