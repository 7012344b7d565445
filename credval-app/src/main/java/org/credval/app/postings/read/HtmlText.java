package org.credval.app.postings.read;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a posting's HTML into plain text: tags removed, entities decoded, a line break kept for
 * {@code <br>}, paragraphs, headings and list items, and list items shown as "• " bullets, so that
 * the sentence and line structure a requirement cue depends on survives. Text without markup is
 * returned unchanged.
 */
public final class HtmlText {

  private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</?(p|div|ul|ol|tr|table|h[1-6]|section)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  /** Markup escaped once more than it should be ("&lt;li&gt;"), as some job feeds deliver it. */
  private static final Pattern ESCAPED_TAG = Pattern.compile(
      "(?i)&lt;/?(?:p|li|ul|ol|br|div|span|strong|b|em|i|h[1-6]|table|tr|td)\\b[^&]{0,200}?/?&gt;");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
      Map.entry("rdquo", "”"), Map.entry("ldquo", "“"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
      Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("hellip", "…"), Map.entry("reg", "®"),
      Map.entry("trade", "™"), Map.entry("copy", "©"), Map.entry("deg", "°"), Map.entry("eacute", "é"));

  private HtmlText() {}

  /** True when the text has tags or character entities. */
  public static boolean hasMarkup(String text) {
    return text != null && MARKUP.matcher(text).find();
  }

  public static String toText(String html) {
    if (html == null || !hasMarkup(html)) {
      return html;
    }
    String s = ESCAPED_TAG.matcher(html).find() ? decodeEntities(html) : html;
    s = COMMENT.matcher(s).replaceAll("");
    s = SCRIPT.matcher(s).replaceAll("");
    // Source line breaks inside HTML are layout, not structure.
    s = s.replaceAll("[\\r\\n]+", " ");
    s = LIST_ITEM.matcher(s).replaceAll("\n• ");
    s = BREAK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = decodeEntities(s);
    return tidy(s);
  }

  static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        r = codePoint(Integer.parseInt(e.substring(1)));
      } else {
        r = NAMED.getOrDefault(e, NAMED.getOrDefault(e.toLowerCase(java.util.Locale.ROOT), m.group()));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int cp) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
  }

  private static String tidy(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.replace('\u00a0', ' ').split("\n", -1)) {
      String l = line.replaceAll("[ \\t]+", " ").strip();
      if (l.equals("•")) {
        continue;
      }
      // Collapse runs of empty lines to one.
      if (l.isEmpty() && (out.isEmpty() || out.toString().endsWith("\n\n"))) {
        continue;
      }
      out.append(l).append('\n');
    }
    return out.toString().strip();
  }
}
