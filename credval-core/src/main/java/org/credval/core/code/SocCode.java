package org.credval.core.code;

import java.util.regex.Pattern;

/**
 * A 2018 Standard Occupational Classification code such as {@code 29-1141}.
 *
 * <p>Accepts the published forms {@code 29-1141}, {@code 291141} and O*NET-SOC codes such as
 * {@code 29-1141.00} (the O*NET suffix is kept in {@link #onetSuffix()} when it is not {@code 00}).
 */
public record SocCode(String value) implements Comparable<SocCode>, java.io.Serializable {

  private static final Pattern FORM = Pattern.compile("\\d{2}-\\d{4}");

  public SocCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a SOC code: '" + value + "' (expected two digits, a hyphen and four digits, e.g. 29-1141)");
    }
  }

  /** Parses the published variants of a SOC code, or throws with a message naming the value. */
  public static SocCode parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("SOC code is missing");
    }
    String s = raw.strip();
    int dot = s.indexOf('.');
    if (dot > 0) {
      s = s.substring(0, dot);
    }
    if (s.length() == 6 && s.chars().allMatch(Character::isDigit)) {
      s = s.substring(0, 2) + "-" + s.substring(2);
    }
    return new SocCode(s);
  }

  /** Whether {@code raw} can be read as a SOC code. */
  public static boolean isValid(String raw) {
    try {
      parse(raw);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The two-digit major group, e.g. {@code 29-0000}. */
  public SocCode majorGroup() {
    return new SocCode(value.substring(0, 2) + "-0000");
  }

  /**
   * Detailed occupations end in a non-zero digit; groups end in zeros. Minor groups end in two
   * zeros, not always three: SOC 2018 has 15-1200, 31-1100 and 51-5100, whose broad occupations
   * are numbered 15-1210 and so on.
   */
  public SocLevel level() {
    if (value.endsWith("0000")) {
      return SocLevel.MAJOR;
    }
    if (value.endsWith("00")) {
      return SocLevel.MINOR;
    }
    if (value.endsWith("0")) {
      return SocLevel.BROAD;
    }
    return SocLevel.DETAILED;
  }

  @Override
  public int compareTo(SocCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
