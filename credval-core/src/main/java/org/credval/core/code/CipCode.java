package org.credval.core.code;

import java.util.regex.Pattern;

/**
 * A CIP 2020 instructional program code: {@code 51}, {@code 51.38} or {@code 51.3801}.
 *
 * <p>Published files write codes in several ways (Excel drops leading zeros, some wrap them as
 * {@code ="01.0000"}); {@link #parse(String)} restores the canonical form.
 */
public record CipCode(String value) implements Comparable<CipCode> {

  private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{2}(\\d{2})?)?");

  public CipCode {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a CIP code: '" + value + "' (expected NN, NN.NN or NN.NNNN, e.g. 51.3801)");
    }
  }

  public static CipCode parse(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("CIP code is missing");
    }
    String s = raw.strip();
    if (s.startsWith("=\"") && s.endsWith("\"")) {
      s = s.substring(2, s.length() - 1);
    }
    int dot = s.indexOf('.');
    if (dot == 1) {
      s = "0" + s;
      dot = 2;
    } else if (dot < 0 && s.length() == 1) {
      s = "0" + s;
    }
    if (dot == 2) {
      String tail = s.substring(3);
      if (tail.length() == 1 || tail.length() == 3) {
        s = s + "0";
      }
    }
    return new CipCode(s);
  }

  @Override
  public int compareTo(CipCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
