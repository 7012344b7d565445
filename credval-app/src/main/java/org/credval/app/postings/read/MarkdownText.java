package org.credval.app.postings.read;

import java.util.regex.Pattern;

/**
 * Turns Markdown, as job scrapers such as JobSpy write Indeed postings, into plain text: backslash
 * escapes undone ("Security\+" is "Security+", "CDL\-A" is "CDL-A", which the credential matcher
 * must see as written), emphasis markers and heading marks dropped, links reduced to their text,
 * list items as "• " bullets. Only text that shows Markdown (an escape, bold markers or a heading)
 * is touched.
 *
 * <p>The rules are plain scans over the characters; the two that need a regular expression (links,
 * bold) run only when their opening characters occur. {@code MarkdownTextTest} checks each scan
 * against the regular expression that states the rule.
 */
public final class MarkdownText {

  /** Characters a backslash escapes. */
  private static final String ESCAPABLE = "\\`*_{}[]()#+-.!&|<>~'\"$%=";
  /** Escapes that mark a text as Markdown. */
  private static final String SIGN_ESCAPES = "-+.#&*_()[]";
  private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((?:[^)\\s]+)\\)");

  private MarkdownText() {}

  /** True when the text has a backslash escape, bold markers ("**" before a character) or a heading. */
  public static boolean looksLikeMarkdown(String text) {
    if (text == null) {
      return false;
    }
    int n = text.length();
    for (int i = text.indexOf('\\'); i >= 0 && i + 1 < n; i = text.indexOf('\\', i + 1)) {
      if (SIGN_ESCAPES.indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    for (int i = text.indexOf("**"); i >= 0 && i + 2 < n; i = text.indexOf("**", i + 1)) {
      if (!TextScan.space(text.charAt(i + 2))) {
        return true;
      }
    }
    for (int i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
      if (TextScan.lineStart(text, i) && headingMarkEnd(text, i) > 0) {
        return true;
      }
    }
    return false;
  }

  public static String toText(String markdown) {
    if (!looksLikeMarkdown(markdown)) {
      return markdown;
    }
    String s = markdown.contains("](") ? LINK.matcher(markdown).replaceAll("$1") : markdown;
    s = s.contains("**") || s.contains("__") ? BOLD.matcher(s).replaceAll("$2") : s;
    s = s.indexOf('#') >= 0 ? dropHeadingMarks(s) : s;
    s = bullets(s);
    // Escapes last: an escaped "\*" or "\#" is a literal character, not markup.
    return unescape(s);
  }

  /** The end of "#{1,6} " at {@code i} (after the space), or -1. */
  private static int headingMarkEnd(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) == '#') {
      j++;
    }
    int hashes = j - i;
    return hashes >= 1 && hashes <= 6 && j < s.length() && s.charAt(j) == ' ' ? j + 1 : -1;
  }

  /** {@code (?m)^[ \t]*#{1,6}[ \t]+} removed. */
  static String dropHeadingMarks(String s) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (!TextScan.lineStart(s, i)) {
        continue;
      }
      int j = i;
      while (j < n && TextScan.blank(s.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < n && s.charAt(k) == '#') {
        k++;
      }
      if (k - j < 1 || k - j > 6 || k >= n || !TextScan.blank(s.charAt(k))) {
        continue;
      }
      while (k < n && TextScan.blank(s.charAt(k))) {
        k++;
      }
      out = out == null ? new StringBuilder(n) : out;
      out.append(s, copied, i);
      copied = k;
      i = k - 1;
    }
    return out == null ? s : out.append(s, copied, n).toString();
  }

  /** {@code (?m)^([ \t]*)[*+\-][ \t]+(?=\S)} replaced by the indent and "• ". */
  static String bullets(String s) {
    StringBuilder out = null;
    int copied = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (!TextScan.lineStart(s, i)) {
        continue;
      }
      int j = i;
      while (j < n && TextScan.blank(s.charAt(j))) {
        j++;
      }
      if (j >= n || "*+-".indexOf(s.charAt(j)) < 0) {
        continue;
      }
      int k = j + 1;
      while (k < n && TextScan.blank(s.charAt(k))) {
        k++;
      }
      if (k == j + 1 || k >= n || TextScan.space(s.charAt(k))) {
        continue;
      }
      out = out == null ? new StringBuilder(n) : out;
      out.append(s, copied, j).append("• ");
      copied = k;
      i = k - 1;
    }
    return out == null ? s : out.append(s, copied, n).toString();
  }

  /** A backslash before an escapable character removed. */
  static String unescape(String s) {
    int first = s.indexOf('\\');
    if (first < 0) {
      return s;
    }
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, first);
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n && ESCAPABLE.indexOf(s.charAt(i + 1)) >= 0) {
        out.append(s.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
