package org.credval.app.postings.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import org.credval.core.postings.Posting.Pay;

/**
 * Advertised pay per year, with the basis it was stated in kept. Conversion factors assume full
 * time: 2,080 hours, 260 days, 52 weeks, 26 pay periods or 12 months a year. Values no employer
 * would advertise (under $1,000 or over $5 million a year, or over $1,000 an hour) are typos or
 * wrong units, and are rejected rather than guessed at.
 */
public final class AnnualPay {

  static final BigDecimal MIN_ANNUAL = new BigDecimal("1000");
  static final BigDecimal MAX_ANNUAL = new BigDecimal("5000000");
  static final BigDecimal MAX_HOURLY = new BigDecimal("1000");

  private static final Map<String, Integer> PER_YEAR = Map.of(
      "annual", 1, "hourly", 2080, "daily", 260, "weekly", 52, "biweekly", 26, "monthly", 12);

  private AnnualPay() {}

  /** The outcome: pay (null when none was advertised) or the reason it was rejected. */
  public record Result(Pay pay, String problem) {}

  /**
   * @param basis the source's word for the period: annual/yearly/year/PA/per year, hourly/hour/PH,
   *     daily/day/PD, weekly/week/PW, biweekly/PB, monthly/month/PM
   */
  public static Result of(BigDecimal min, BigDecimal max, String basis) {
    if (min == null && max == null) {
      return new Result(null, null);
    }
    String b = basis(basis);
    if (b == null) {
      return new Result(null, "pay basis '" + basis + "' is not one of annual, hourly, daily, weekly, biweekly, monthly");
    }
    if (min == null) {
      min = max;
    }
    if (max == null) {
      max = min;
    }
    if (min.signum() < 0 || max.signum() < 0) {
      return new Result(null, "pay is negative");
    }
    if (max.compareTo(min) < 0) {
      BigDecimal t = min;
      min = max;
      max = t;
    }
    if (b.equals("hourly") && max.compareTo(MAX_HOURLY) > 0) {
      return new Result(null, "hourly pay of " + max.toPlainString() + " is over $1,000 an hour: a typo or a yearly figure");
    }
    BigDecimal factor = BigDecimal.valueOf(PER_YEAR.get(b));
    BigDecimal annualMin = min.multiply(factor).setScale(0, RoundingMode.HALF_UP);
    BigDecimal annualMax = max.multiply(factor).setScale(0, RoundingMode.HALF_UP);
    if (annualMin.compareTo(MIN_ANNUAL) < 0) {
      return new Result(null, b + " pay of " + min.toPlainString() + " is under $1,000 a year: a typo or the wrong basis");
    }
    if (annualMax.compareTo(MAX_ANNUAL) > 0) {
      return new Result(null, b + " pay of " + max.toPlainString() + " is over $5 million a year: a typo or the wrong basis");
    }
    return new Result(new Pay(min, max, b, annualMin, annualMax), null);
  }

  /** The canonical basis for a source's word, or null when it is not one. */
  public static String basis(String word) {
    if (word == null) {
      return null;
    }
    String w = word.strip().toLowerCase(Locale.ROOT).replaceAll("^per\\s+|[\\s_-]", "");
    return switch (w) {
      case "annual", "annually", "yearly", "year", "yr", "pa", "peryear", "salary", "annum" -> "annual";
      case "hourly", "hour", "hr", "ph", "perhour" -> "hourly";
      case "daily", "day", "pd", "perday" -> "daily";
      case "weekly", "week", "wk", "pw", "perweek" -> "weekly";
      case "biweekly", "pb", "bw", "every2weeks" -> "biweekly";
      case "monthly", "month", "mo", "pm", "permonth" -> "monthly";
      default -> null;
    };
  }

  /** A money amount as written ("$55,000", "55000.00", "55k"), or null when it is not one. */
  public static BigDecimal amount(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().replace("$", "").replace(",", "").replace("USD", "").strip();
    if (s.isEmpty() || s.equalsIgnoreCase("none") || s.equalsIgnoreCase("null") || s.equalsIgnoreCase("nan")) {
      return null;
    }
    BigDecimal k = BigDecimal.ONE;
    if (s.endsWith("k") || s.endsWith("K")) {
      k = BigDecimal.valueOf(1000);
      s = s.substring(0, s.length() - 1);
    }
    try {
      return new BigDecimal(s).multiply(k);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("'" + text + "' is not an amount of money");
    }
  }
}
