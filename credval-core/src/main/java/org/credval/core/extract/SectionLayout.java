package org.credval.core.extract;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where the sentence, the clause and the heading around a mention are in a section's text. Postings
 * are lists as often as prose, so a line break or a bullet ends a sentence as a full stop does.
 */
final class SectionLayout {

  private static final int MAX_SENTENCE = 250;
  private static final int MAX_HEADING_LOOKBACK = 4000;
  private static final int MAX_HEADING = 80;
  private static final int MAX_LABEL = 40;

  /**
   * A short line in sentence case that opens with a level word, "Preferred qualifications" or
   * "Minimum requirements": a heading, unlike a list item such as "Strong written skills".
   */
  private static final Pattern LEVEL_HEADING = Pattern.compile(
      "(?:Preferred|Required|Minimum|Desired|Basic|Additional|Nice to have|Must have)(?: [\\w/&,-]+){0,3}");

  private SectionLayout() {}

  static int sentenceStart(CharSequence t, int from) {
    int limit = Math.max(0, from - MAX_SENTENCE);
    for (int i = from - 1; i >= limit; i--) {
      if (endsSentence(t, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  static int sentenceEnd(CharSequence t, int to) {
    int limit = Math.min(t.length(), to + MAX_SENTENCE);
    for (int i = to; i < limit; i++) {
      if (endsSentence(t, i)) {
        return i;
      }
    }
    return limit;
  }

  /**
   * The clause start: a comma, semicolon, list number ("1.") or sentence boundary before
   * {@code from}.
   */
  static int clauseStart(CharSequence t, int from, int sentenceStart) {
    for (int i = from - 1; i >= sentenceStart; i--) {
      char c = t.charAt(i);
      if (c == ',' || c == ';' || c == '.' && listNumber(t, i)) {
        return i + 1;
      }
    }
    return sentenceStart;
  }

  static int clauseEnd(CharSequence t, int to, int sentenceEnd) {
    for (int i = to; i < sentenceEnd; i++) {
      char c = t.charAt(i);
      if (c == ',' || c == ';') {
        return i;
      }
      if (c == '.' && listNumber(t, i)) {
        return lineNumberStart(t, i);
      }
    }
    return sentenceEnd;
  }

  /**
   * Whether the dot at {@code i} closes a list number ("1. A baccalaureate degree ...; or 2. A valid
   * license"): one or two digits after a space or a line start, and a space after. Such a number
   * opens a clause of the sentence it continues, so "Desired Qualifications 1. PMP" stays one
   * sentence.
   */
  private static boolean listNumber(CharSequence t, int i) {
    int d = lineNumberStart(t, i);
    return d < i && i - d <= 2 && (d == 0 || Character.isWhitespace(t.charAt(d - 1)))
        && i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1));
  }

  private static int lineNumberStart(CharSequence t, int i) {
    int d = i;
    while (d > 0 && Character.isDigit(t.charAt(d - 1))) {
      d--;
    }
    return d;
  }

  /**
   * The nearest heading above {@code pos}: a "Label:" opening the mention's own line, or an earlier
   * short line that ends with a colon or reads as a heading; only headings {@code meaningful}
   * accepts count, so a "Note:" does not hide the "Requirements" above it. Null when none.
   *
   * @param seen what each line start of this text was found to be, shared by the mentions of one
   *     section so that each line is judged once
   */
  static String headingAbove(CharSequence t, int pos, Predicate<String> meaningful, Map<Integer, String> seen) {
    int lineStart = lineStart(t, pos);
    int colon = indexOf(t, ':', lineStart, Math.min(pos, lineStart + MAX_LABEL));
    if (colon > lineStart) {
      String label = t.subSequence(lineStart, colon).toString().strip();
      if (meaningful.test(label)) {
        return label;
      }
    }
    int limit = Math.max(0, pos - MAX_HEADING_LOOKBACK);
    int end = lineStart - 1;
    while (end > limit) {
      int start = lineStart(t, end);
      final int lineEnd = end;
      String heading = seen.computeIfAbsent(start, k -> headingOf(t, k, lineEnd, meaningful));
      if (!heading.isEmpty()) {
        return heading;
      }
      end = start - 1;
    }
    return null;
  }

  /** The heading the line at [start, end) is, or "" when it is none. */
  private static String headingOf(CharSequence t, int start, int end, Predicate<String> meaningful) {
    String line = stripMarkup(t.subSequence(start, end).toString());
    if (!line.isEmpty() && line.length() <= MAX_HEADING && looksLikeHeading(line)) {
      String heading = line.endsWith(":") ? line.substring(0, line.length() - 1).strip() : line;
      if (!heading.isEmpty() && meaningful.test(heading)) {
        return heading;
      }
    }
    return "";
  }

  /** Markdown emphasis and heading marks around a heading line: "**Preferred Qualifications**". */
  private static String stripMarkup(String line) {
    int from = 0;
    int to = line.length();
    while (from < to && "*#_ \t\r".indexOf(line.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && "*#_ \t\r".indexOf(line.charAt(to - 1)) >= 0) {
      to--;
    }
    return line.substring(from, to);
  }

  private static boolean looksLikeHeading(String line) {
    if (line.endsWith(":")) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    return line.length() <= 60 && last != '.' && last != ',' && last != ';' && !startsWithBullet(line)
        && (titleCased(line) || LEVEL_HEADING.matcher(line).matches()) && RequirementCues.isHeadingPhrase(line);
  }

  /** "Preferred Qualifications", "EDUCATION": headings; "Strong written skills": a list item. */
  private static boolean titleCased(String line) {
    int wordStart = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || isWordSeparator(line.charAt(i))) {
        if (i - wordStart > 3 && !Character.isUpperCase(line.charAt(wordStart))) {
          return false;
        }
        wordStart = i + 1;
      }
    }
    return true;
  }

  /** What separates the words of a heading: white space (as regex {@code \s} reads it), / & , ( ). */
  private static boolean isWordSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '/' || c == '&' || c == ',' || c == '(' || c == ')';
  }

  private static boolean startsWithBullet(String line) {
    char c = line.charAt(0);
    return c == '-' || c == '*' || c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u25CF';
  }

  private static boolean endsSentence(CharSequence t, int i) {
    char c = t.charAt(i);
    if (c == '\n' || c == '\r' || c == '\u2022' || c == '\u00B7' || c == '\u25AA' || c == '\u25CF') {
      return true;
    }
    if (c == '.' && listNumber(t, i)) {
      return false;
    }
    if (c == '.' || c == '!' || c == '?') {
      // ".-Any or all of the following": scraped lists where the bullet follows the full stop
      boolean spaceAfter = i + 1 >= t.length() || Character.isWhitespace(t.charAt(i + 1)) || t.charAt(i + 1) == '-';
      boolean dottedAcronym = c == '.' && i >= 1 && SurfaceFold.isLetter(t.charAt(i - 1))
          && (i < 2 || !SurfaceFold.isWordChar(t.charAt(i - 2)));
      return spaceAfter && !dottedAcronym;
    }
    return false;
  }

  private static int lineStart(CharSequence t, int pos) {
    int i = pos;
    while (i > 0 && t.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  private static int indexOf(CharSequence t, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
