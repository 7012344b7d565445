package org.credval.core.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocLevel;
import org.credval.core.code.SocCode;

/**
 * An industry-recognized credential as the catalog knows it.
 *
 * <p>Text values may not contain tabs or line breaks and list items may not contain {@code |},
 * because the catalog is exchanged as a TSV file with {@code |}-separated lists; enforcing that here
 * is what makes the TSV format lossless without an escaping scheme.
 *
 * @param aliases other names, abbreviations and acronyms used for it in job postings
 * @param thirdParty whether a body other than the training provider awards it
 * @param examBased whether earning it requires passing an assessment
 * @param accreditations accreditations of the credential itself, e.g. {@code ANSI}, {@code NCCA}
 * @param costUsd publicly stated cost in US dollars, or {@code null} when not known
 * @param hours publicly stated hours of required instruction, or {@code null} when not known
 * @param stacksTo credentials this one prepares for or counts toward
 * @param industry short sector key such as {@code healthcare} or {@code it}
 * @param url the issuer's public page for the credential, or {@code null}
 */
public record Credential(
    CredentialCode code,
    String name,
    List<String> aliases,
    String issuer,
    CredentialType type,
    boolean thirdParty,
    boolean examBased,
    List<String> accreditations,
    List<SocCode> socCodes,
    BigDecimal costUsd,
    Integer hours,
    List<CredentialCode> stacksTo,
    String industry,
    String url,
    CredentialStatus status) {

  private static final Pattern INDUSTRY = Pattern.compile("[a-z][a-z_]*");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  public Credential {
    // One spelling per amount (129.50 and 129.5 are the same fee), so that equal credentials are equal.
    if (costUsd != null) {
      costUsd = costUsd.stripTrailingZeros();
      if (costUsd.scale() < 0) {
        costUsd = costUsd.setScale(0);
      }
    }
    require("code", code);
    require("type", type);
    require("status", status);
    text("name", name);
    text("issuer", issuer);
    aliases = items("aliases", aliases);
    accreditations = items("accreditation", accreditations);
    socCodes = distinct("soc_codes", socCodes);
    for (SocCode soc : socCodes) {
      if (soc.level() != SocLevel.DETAILED) {
        throw new CredentialFieldException("soc_codes", soc + " is a SOC group, not a detailed occupation");
      }
    }
    stacksTo = distinct("stacks_to", stacksTo);
    if (stacksTo.contains(code)) {
      throw new CredentialFieldException("stacks_to", code + " cannot stack to itself");
    }
    if (costUsd != null) {
      if (costUsd.signum() < 0) {
        throw new CredentialFieldException("cost_usd", "must not be negative, got " + costUsd.toPlainString());
      }
      if (costUsd.scale() > 2) {
        throw new CredentialFieldException("cost_usd",
            costUsd.toPlainString() + " has more than two decimal places; state the price in dollars and cents");
      }
      // A negative scale (1E+2) would print as 100 and read back unequal; normalise it once here.
      costUsd = costUsd.scale() < 0 ? costUsd.setScale(0) : costUsd;
    }
    if (hours != null && hours <= 0) {
      throw new CredentialFieldException("hours", "must be positive, got " + hours);
    }
    if (industry == null || !INDUSTRY.matcher(industry).matches()) {
      throw new CredentialFieldException("industry",
          "'" + industry + "' is not a sector key (lower-case letters and '_', e.g. healthcare)");
    }
    if (url != null && !URL.matcher(url).matches()) {
      throw new CredentialFieldException("url", "'" + url + "' is not an http(s) address");
    }
  }

  /** Names under which the credential may appear: its name first, then its aliases. */
  /**
   * This credential with its occupations and stacking links in code order: stores that keep them
   * as sets give them back that way.
   */
  public Credential withSortedLinks() {
    return new Credential(code, name, aliases, issuer, type, thirdParty, examBased, accreditations,
        socCodes.stream().sorted().toList(), costUsd, hours, stacksTo.stream().sorted().toList(), industry, url,
        status);
  }

  public List<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }

  private static void require(String field, Object value) {
    if (value == null) {
      throw new CredentialFieldException(field, "is required");
    }
  }

  private static void text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new CredentialFieldException(field, "is required");
    }
    if (!value.equals(value.strip())) {
      throw new CredentialFieldException(field, "'" + value + "' has leading or trailing spaces");
    }
    if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new CredentialFieldException(field, "must not contain tabs or line breaks");
    }
  }

  private static List<String> items(String field, List<String> values) {
    require(field, values);
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      text(field, v);
      if (v.indexOf('|') >= 0) {
        throw new CredentialFieldException(field, "'" + v + "' must not contain '|', the list separator");
      }
      if (!seen.add(v.toLowerCase(Locale.ROOT))) {
        throw new CredentialFieldException(field, "'" + v + "' is listed twice");
      }
    }
    return List.copyOf(values);
  }

  private static <T> List<T> distinct(String field, List<T> values) {
    require(field, values);
    List<T> copy = List.copyOf(values);
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new CredentialFieldException(field, "lists a code twice: " + copy);
    }
    return copy;
  }
}
