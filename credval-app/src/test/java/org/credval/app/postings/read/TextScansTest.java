package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The clean-up rules are plain scans; each is checked here against the regular expression that
 * states it, over many texts assembled from the pieces those rules react to.
 */
class TextScansTest {

  private static final List<String> PIECES = List.of(
      "<", ">", "/", "&", "#", ";", "x", "X", "1", "0", "9", "f", "G", "a", " ", "  ", "\t", "\n", "\r", "\r\n",
      "\u2028", "\u0085", "\f", "\u00a0", "•", "*", "**", "__", "_", "-", "+", "\\", "[", "]", "(", ")", "](",
      "!", "'", "\"", "Ã", "Â", "â", "€", "™", "\u0080", "\u009d", "é", "ô", "\u00f5", "Ã¢â‚¬â„¢", "li", "LI",
      "br", "p", "div", "h3", "script", "style", "<!--", "-->", "&lt;", "&LT;", "&gt;", "&amp;", "&nbsp;",
      "&#39;", "&#x2022;", "&#xZZ;", "&rsquo;", "&bogus;", "## ", "####### ", "Security", "CDL", "RN ",
      "https://x.org", "<li>", "</li>", "<br/>", "<p>", "</ul>", "<a href=\"y\">", "&lt;li&gt;", "&#99999999999;");

  // The rules as they were first written, as regular expressions.
  private static final Pattern MD_SIGNS = Pattern.compile("\\\\[-+.#&*_()\\[\\]]|\\*\\*\\S|(?m)^#{1,6} ");
  private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!&|<>~'\"$%=])");
  private static final Pattern MD_BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern MD_HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+");
  private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((?:[^)\\s]+)\\)");
  private static final Pattern MD_BULLET = Pattern.compile("(?m)^([ \\t]*)[*+\\-][ \\t]+(?=\\S)");
  private static final Pattern HTML_MARKUP =
      Pattern.compile("</?[a-zA-Z][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern HTML_ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Pattern MOJIBAKE = Pattern.compile("[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");

  private final Random random = new Random(20261207L);

  private String text() {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(24); i >= 0; i--) {
      b.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return b.toString();
  }

  @Test
  void markdownScansAgreeWithTheirRegularExpressions() {
    for (int i = 0; i < 20_000; i++) {
      String s = text();
      assertThat(MarkdownText.looksLikeMarkdown(s)).as(s).isEqualTo(MD_SIGNS.matcher(s).find());
      assertThat(MarkdownText.dropHeadingMarks(s)).as(s).isEqualTo(MD_HEADING.matcher(s).replaceAll(""));
      assertThat(MarkdownText.bullets(s)).as(s).isEqualTo(MD_BULLET.matcher(s).replaceAll("$1• "));
      assertThat(MarkdownText.unescape(s)).as(s).isEqualTo(MD_ESCAPE.matcher(s).replaceAll("$1"));
      assertThat(MarkdownText.toText(s)).as(s).isEqualTo(markdownByRegex(s));
    }
  }

  @Test
  void htmlScansAgreeWithTheirRegularExpressions() {
    for (int i = 0; i < 20_000; i++) {
      String s = text();
      assertThat(HtmlText.hasMarkup(s)).as(s).isEqualTo(HTML_MARKUP.matcher(s).find());
      if (!HTML_ENTITY.matcher(s).results().anyMatch(m -> m.group(1).matches("#\\d{10,}"))) {
        assertThat(HtmlText.decodeEntities(s)).as(s).isEqualTo(entitiesByRegex(s));
      }
      assertThat(HtmlText.tidy(s)).as(s).isEqualTo(tidyBySplitting(s));
      if (!s.contains("&#99999999999;")) {
        assertThat(HtmlText.toText(s)).as(s).isEqualTo(htmlByRegex(s));
      }
    }
  }

  @Test
  void mojibakeScanAgreesWithItsRegularExpression() {
    for (int i = 0; i < 20_000; i++) {
      String s = text();
      assertThat(Mojibake.looksMisEncoded(s)).as(s).isEqualTo(MOJIBAKE.matcher(s).find());
    }
  }

  @Test
  void aNumericReferenceTooLongForACharacterIsDroppedNotFatal() {
    assertThat(HtmlText.toText("<p>Grade &#99999999999; pay</p>")).isEqualTo("Grade pay");
  }

  private static String markdownByRegex(String md) {
    if (!MD_SIGNS.matcher(md).find()) {
      return md;
    }
    String s = MD_LINK.matcher(md).replaceAll("$1");
    s = MD_BOLD.matcher(s).replaceAll("$2");
    s = MD_HEADING.matcher(s).replaceAll("");
    s = MD_BULLET.matcher(s).replaceAll("$1• ");
    return MD_ESCAPE.matcher(s).replaceAll("$1");
  }

  private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern BREAK =
      Pattern.compile("(?i)<br\\s*/?>|</?(p|div|ul|ol|tr|table|h[1-6]|section)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ESCAPED_TAG = Pattern.compile(
      "(?i)&lt;/?(?:p|li|ul|ol|br|div|span|strong|b|em|i|h[1-6]|table|tr|td)\\b[^&]{0,200}?/?&gt;");

  private static String htmlByRegex(String html) {
    if (!HTML_MARKUP.matcher(html).find()) {
      return html;
    }
    String s = ESCAPED_TAG.matcher(html).find() ? entitiesByRegex(html) : html;
    s = COMMENT.matcher(s).replaceAll("");
    s = SCRIPT.matcher(s).replaceAll("");
    s = s.replaceAll("[\\r\\n]+", " ");
    s = LIST_ITEM.matcher(s).replaceAll("\n• ");
    s = BREAK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    return tidyBySplitting(entitiesByRegex(s));
  }

  private static String entitiesByRegex(String s) {
    Matcher m = HTML_ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x")) {
        r = chars(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        r = chars(Integer.parseInt(e.substring(1)));
      } else {
        r = HtmlText.decodeEntities(m.group()).equals(m.group()) ? m.group() : HtmlText.decodeEntities(m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String chars(int cp) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
  }

  private static String tidyBySplitting(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.replace('\u00a0', ' ').split("\n", -1)) {
      String l = line.replaceAll("[ \\t]+", " ").strip();
      if (l.equals("•")) {
        continue;
      }
      if (l.isEmpty() && (out.isEmpty() || out.toString().endsWith("\n\n"))) {
        continue;
      }
      out.append(l).append('\n');
    }
    return out.toString().strip();
  }
}
