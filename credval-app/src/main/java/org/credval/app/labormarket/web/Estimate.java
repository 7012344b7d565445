package org.credval.app.labormarket.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One published OEWS number with the publisher's marker, and how to say it honestly in words.
 *
 * <p>BLS markers: {@code *} the estimate is not available, {@code **} employment is not available,
 * {@code #} the wage is at or above the top of the published range (the value then holds that
 * bound, e.g. $239,200 a year or $115.00 an hour), {@code ~} under 0.5% of employment.
 *
 * @param value the number, or null when withheld
 * @param flag the publisher's marker, or null for a plain estimate
 */
public record Estimate(BigDecimal value, String flag) {

  public static final Estimate MISSING = new Estimate(null, null);

  public Estimate {
    flag = flag == null || flag.isBlank() ? null : flag.strip();
  }

  /** Whether the number can be read as is (not withheld, not top-coded). */
  public boolean exact() {
    return value != null && flag == null;
  }

  // Some releases carry only some measures (the reduced state file has means only): that is not a
  // BLS marker, and saying "not available" would wrongly suggest BLS withheld the figure.
  static final String NOT_LOADED = "not in the loaded data";

  public boolean topCoded() {
    return "#".equals(flag);
  }

  /** A yearly wage in words: {@code $52,480}, {@code $239,200 or more}, {@code not available}. */
  public String annualText() {
    return money(0);
  }

  /** An hourly wage in words: {@code $25.23}, {@code $115.00 or more}, {@code not available}. */
  public String hourlyText() {
    return money(2);
  }

  /** A count of people in words: {@code 3,175,390} or {@code not available}. */
  public String countText() {
    if ("~".equals(flag)) {
      return "fewer than 0.5% of jobs";
    }
    if (value == null && flag == null) {
      return NOT_LOADED;
    }
    if (value == null || flag != null) {
      return "not available";
    }
    return NumberFormat.getIntegerInstance(Locale.US).format(value.setScale(0, RoundingMode.HALF_UP));
  }

  /** The value for a chart: the number when exact, otherwise null so that no point is drawn. */
  public BigDecimal chartValue() {
    return exact() ? value : null;
  }

  /** What the marker means, for a footnote or a screen reader; null for a plain estimate. */
  @JsonProperty("note")
  public String note() {
    if (flag == null) {
      return value == null ? "not in the data loaded for this year and area" : null;
    }
    return switch (flag) {
      case "*" -> "BLS did not publish this estimate";
      case "**" -> "BLS did not publish employment for this occupation and area";
      case "#" -> "at or above the highest wage BLS publishes";
      case "~" -> "under 0.5% of employment";
      default -> "BLS marker " + flag;
    };
  }

  private String money(int decimals) {
    if (topCoded()) {
      return value == null ? "at or above the top of the published range" : dollars(decimals) + " or more";
    }
    if (value == null && flag == null) {
      return NOT_LOADED;
    }
    if (value == null || flag != null) {
      return "not available";
    }
    return dollars(decimals);
  }

  private String dollars(int decimals) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(value.setScale(decimals, RoundingMode.HALF_UP));
  }
}
