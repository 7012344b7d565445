package org.credval.core.code;

import java.util.regex.Pattern;

/**
 * An O*NET-SOC 2019 occupation code such as {@code 29-1141.01}: a SOC 2018 detailed code and a
 * two-digit O*NET suffix ({@code .00} for the occupation that matches the SOC code as a whole).
 */
public record OnetSocCode(String value) implements Comparable<OnetSocCode> {

  private static final Pattern FORM = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");

  public OnetSocCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not an O*NET-SOC code: '" + value + "' (expected a SOC code, a dot and two digits, e.g. 29-1141.01)");
    }
  }

  public static OnetSocCode parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("O*NET-SOC code is missing");
    }
    return new OnetSocCode(raw.strip());
  }

  /**
   * The SOC 2018 code the occupation belongs to. For O*NET-SOC 2019 this is always the first seven
   * characters: the O*NET Center's crosswalk to SOC 2018 maps every code that way.
   */
  public SocCode soc() {
    return new SocCode(value.substring(0, 7));
  }

  @Override
  public int compareTo(OnetSocCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
