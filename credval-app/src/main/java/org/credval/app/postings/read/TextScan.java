package org.credval.app.postings.read;

/**
 * Character tests shared by the text clean-up classes, written as plain scans so that cleaning a
 * posting costs one pass over its characters instead of one regular-expression search per rule.
 * Each test keeps the meaning of the {@code java.util.regex} construct named beside it.
 */
final class TextScan {

  private TextScan() {}

  /** {@code [a-zA-Z]}. */
  static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code \d} (ASCII digits, as without UNICODE_CHARACTER_CLASS). */
  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [0-9a-fA-F]}. */
  static boolean hexDigit(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** {@code [ \t]}. */
  static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  /**
   * Where {@code (?m)^} matches: the start, or after a line terminator (\n, \r, U+0085, U+2028,
   * U+2029; not between \r and \n), never at the very end of the text.
   */
  static boolean lineStart(CharSequence s, int i) {
    if (i >= s.length()) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    if (p == '\r') {
      return s.charAt(i) != '\n';
    }
    return p == '\n' || p == '\u0085' || p == '\u2028' || p == '\u2029';
  }

  /**
   * The end (after the ';') of a character reference {@code &(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);}
   * starting at {@code amp}, or -1 when there is none.
   */
  static int entityEnd(CharSequence s, int amp) {
    int n = s.length();
    int j = amp + 1;
    if (j >= n) {
      return -1;
    }
    int start;
    if (s.charAt(j) == '#') {
      j++;
      if (j < n && digit(s.charAt(j))) {
        while (j < n && digit(s.charAt(j))) {
          j++;
        }
      } else if (j < n && s.charAt(j) == 'x') {
        start = ++j;
        while (j < n && hexDigit(s.charAt(j))) {
          j++;
        }
        if (j == start) {
          return -1;
        }
      } else {
        return -1;
      }
    } else {
      start = j;
      while (j < n && asciiLetter(s.charAt(j))) {
        j++;
      }
      if (j == start) {
        return -1;
      }
    }
    return j < n && s.charAt(j) == ';' ? j + 1 : -1;
  }

  /** Whether {@code s} contains {@code lowerNeedle}, ignoring the case of ASCII letters. */
  static boolean containsIgnoreCase(String s, String lowerNeedle) {
    int m = lowerNeedle.length();
    char first = lowerNeedle.charAt(0);
    for (int i = 0, last = s.length() - m; i <= last; i++) {
      if (Character.toLowerCase(s.charAt(i)) == first && s.regionMatches(true, i, lowerNeedle, 0, m)) {
        return true;
      }
    }
    return false;
  }
}
