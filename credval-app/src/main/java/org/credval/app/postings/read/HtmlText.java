package org.credval.app.postings.read;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a posting's HTML into plain text: tags removed, entities decoded, a line break kept for
 * {@code <br>}, paragraphs, headings and list items, and list items shown as "• " bullets, so that
 * the sentence and line structure a requirement cue depends on survives. Text without markup is
 * returned unchanged.
 *
 * <p>Finding markup, decoding entities and tidying lines are plain scans; the tag rules run as
 * regular expressions only over text that has markup, and the rarer ones only when their opening
 * characters occur. {@code HtmlTextTest} checks each scan against the regular expression that
 * states its rule.
 */
public final class HtmlText {

  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div|ul|ol|tr|table|h[1-6]|section)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  /** Markup escaped once more than it should be ("&lt;li&gt;"), as some job feeds deliver it. */
  private static final Pattern ESCAPED_TAG = Pattern.compile(
      "(?i)&lt;/?(?:p|li|ul|ol|br|div|span|strong|b|em|i|h[1-6]|table|tr|td)\\b[^&]{0,200}?/?&gt;");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
      Map.entry("rdquo", "”"), Map.entry("ldquo", "“"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("hellip", "…"), Map.entry("reg", "®"),
      Map.entry("trade", "™"), Map.entry("copy", "©"), Map.entry("deg", "°"), Map.entry("eacute", "é"));

  private HtmlText() {}

  /** True when the text has tags ({@code </?[a-zA-Z][^>]*>}) or character entities. */
  public static boolean hasMarkup(String text) {
    if (text == null) {
      return false;
    }
    int lastClose = text.lastIndexOf('>');
    for (int i = text.indexOf('<'); i >= 0 && i < lastClose; i = text.indexOf('<', i + 1)) {
      int j = i + 1 < text.length() && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
      if (j < lastClose && TextScan.asciiLetter(text.charAt(j))) {
        return true;
      }
    }
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      if (TextScan.entityEnd(text, i) > 0) {
        return true;
      }
    }
    return false;
  }

  public static String toText(String html) {
    if (html == null || !hasMarkup(html)) {
      return html;
    }
    String s = TextScan.containsIgnoreCase(html, "&lt;") && ESCAPED_TAG.matcher(html).find() ? decodeEntities(html) : html;
    s = s.contains("<!--") ? COMMENT.matcher(s).replaceAll("") : s;
    s = TextScan.containsIgnoreCase(s, "<script") || TextScan.containsIgnoreCase(s, "<style")
        ? SCRIPT.matcher(s).replaceAll("") : s;
    // Source line breaks inside HTML are layout, not structure.
    s = lineBreaksToSpace(s);
    if (s.indexOf('<') >= 0) {
      s = LIST_ITEM.matcher(s).replaceAll("\n• ");
      s = BREAK.matcher(s).replaceAll("\n");
      s = TAG.matcher(s).replaceAll("");
    }
    s = decodeEntities(s);
    return tidy(s);
  }

  /** {@code [\r\n]+} replaced by one space. */
  private static String lineBreaksToSpace(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean inBreak = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        if (!inBreak) {
          out.append(' ');
        }
        inBreak = true;
      } else {
        out.append(c);
        inBreak = false;
      }
    }
    return out.toString();
  }

  static String decodeEntities(String s) {
    int amp = s.indexOf('&');
    if (amp < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0;
    for (int i = amp; i >= 0; i = s.indexOf('&', i + 1)) {
      int end = TextScan.entityEnd(s, i);
      if (end < 0) {
        continue;
      }
      String e = s.substring(i + 1, end - 1);
      String r;
      if (e.startsWith("#x")) {
        r = codePoint(e.substring(2), 16);
      } else if (e.startsWith("#")) {
        r = codePoint(e.substring(1), 10);
      } else {
        r = NAMED.getOrDefault(e, NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), s.substring(i, end)));
      }
      out.append(s, copied, i).append(r);
      copied = end;
      i = end - 1;
    }
    return out.append(s, copied, s.length()).toString();
  }

  /** The character a numeric reference names, or nothing for one that names none (0, out of range). */
  private static String codePoint(String digits, int radix) {
    try {
      return codePoint(Integer.parseInt(digits, radix));
    } catch (NumberFormatException tooLong) {
      return "";
    }
  }

  private static String codePoint(int cp) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
  }

  static String tidy(String s) {
    StringBuilder out = new StringBuilder(s.length());
    StringBuilder line = new StringBuilder();
    boolean lastEmpty = false;
    int n = s.length();
    for (int start = 0; start <= n; ) {
      int end = s.indexOf('\n', start);
      end = end < 0 ? n : end;
      line.setLength(0);
      // Runs of spaces and tabs (no-break spaces count as spaces) become one space.
      boolean inBlank = false;
      for (int i = start; i < end; i++) {
        char c = s.charAt(i) == '\u00a0' ? ' ' : s.charAt(i);
        if (TextScan.blank(c)) {
          if (!inBlank) {
            line.append(' ');
          }
          inBlank = true;
        } else {
          line.append(c);
          inBlank = false;
        }
      }
      String l = line.toString().strip();
      start = end + 1;
      if (l.equals("•")) {
        continue;
      }
      // Collapse runs of empty lines to one.
      if (l.isEmpty() && (out.isEmpty() || lastEmpty)) {
        continue;
      }
      out.append(l).append('\n');
      lastEmpty = l.isEmpty();
    }
    return out.toString().strip();
  }
}
