package org.credval.core.extract;

/** Where a name may end in text, and the words that may trail it as part of the mention. */
final class Boundaries {

  private static final String[] QUALIFIERS = {
    "certifications", "certification", "certificates", "certificate", "certified",
    "licenses", "licensed", "licensure", "license"
  };
  /** The letters the qualifiers start with, so that most words after a name are ruled out at once. */
  private static final String QUALIFIER_FIRSTS = java.util.Arrays.stream(QUALIFIERS)
      .map(q -> q.substring(0, 1)).distinct().reduce("", String::concat);

  private Boundaries() {}

  /**
   * The end of a mention whose name ends at {@code nameEnd}: past a plural "s" and one trailing
   * qualifier word when present; -1 when the name ends inside a word.
   */
  static int endOf(char[] text, int nameEnd, int n) {
    int end = nameEnd;
    if (SurfaceFold.isWordChar(text[nameEnd - 1]) && nameEnd < n
        && SurfaceFold.isWordChar(text[nameEnd])) {
      boolean plural = text[nameEnd] == 's'
          && (nameEnd + 1 == n || !SurfaceFold.isWordChar(text[nameEnd + 1]));
      if (!plural) {
        return -1;
      }
      end = nameEnd + 1;
    }
    return withQualifier(text, end, n);
  }

  private static int withQualifier(char[] text, int end, int n) {
    int j = end;
    while (j < n && j - end < 2 && SurfaceFold.isSeparator(text[j])) {
      j++;
    }
    if (j == end || j == n) {
      return end;
    }
    if (QUALIFIER_FIRSTS.indexOf(Character.toLowerCase(text[j])) < 0) {
      return end;
    }
    for (String q : QUALIFIERS) {
      int qEnd = j + q.length();
      if (qEnd <= n && regionEqualsIgnoreCase(text, j, q)
          && (qEnd == n || !SurfaceFold.isWordChar(text[qEnd]))) {
        return qEnd;
      }
    }
    return end;
  }

  /** Past the last dot of a dotted acronym ("C.N.A."), which the name itself does not include. */
  static int trailingDot(char[] text, int end, int n) {
    if (end < n && end >= 2 && text[end] == '.' && SurfaceFold.isLetter(text[end - 1])
        && text[end - 2] == '.') {
      return end + 1;
    }
    return end;
  }

  /** Whether the letters of text[start, end) are exactly {@code exact}, case included. */
  static boolean sameLetters(char[] text, int start, int end, String exact) {
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (SurfaceFold.isLetter(c)) {
        if (k >= exact.length() || exact.charAt(k) != c) {
          return false;
        }
        k++;
      }
    }
    return k == exact.length();
  }

  private static boolean regionEqualsIgnoreCase(char[] text, int from, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(text[from + k]) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
