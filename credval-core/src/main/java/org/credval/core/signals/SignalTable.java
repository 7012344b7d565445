package org.credval.core.signals;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.credval.core.code.CredentialCode;

/**
 * Signal rows as CSV (RFC 4180, comma, a header line), the form {@code credval signals --out} and the
 * Spark job write. Money as plain decimals to the cent, shares to four decimals, an absent figure
 * as an empty field.
 */
public final class SignalTable {

  public static final List<String> COLUMNS = List.of("credential_code", "credential_name", "soc_code", "area",
      "period", "postings", "occupation_postings", "share", "required_postings", "required_share",
      "preferred_postings", "preferred_share", "alternative_postings", "required_later_postings",
      "mentioned_postings", "negated_postings", "employers", "median_pay_with", "pay_with_n",
      "median_pay_without", "pay_without_n", "pay_premium", "cooccurring");

  private SignalTable() {}

  public static String header() {
    return String.join(",", COLUMNS);
  }

  /** One row as a CSV line without its line end; {@code names} gives a credential's name, or null. */
  public static String line(CredentialSignal r, Function<CredentialCode, String> names) {
    return String.join(",", r.credentialCode().value(), quote(names.apply(r.credentialCode())), r.socCode(), r.area(),
        r.period(), n(r.postings()), n(r.occupationPostings()), money(r.share()), n(r.requiredPostings()),
        money(r.requiredShare()), n(r.preferredPostings()), money(r.preferredShare()), n(r.alternativePostings()),
        n(r.requiredLaterPostings()), n(r.mentionedPostings()), n(r.negatedPostings()), n(r.employers()),
        money(r.medianPayWith()), n(r.payWithN()), money(r.medianPayWithout()), n(r.payWithoutN()),
        money(r.payPremium()), quote(r.cooccurring()));
  }

  private static String n(int v) {
    return Integer.toString(v);
  }

  private static String money(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  private static String quote(String s) {
    if (s == null) {
      return "";
    }
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
