package org.credval.app.postings.read;

import java.util.regex.Pattern;

/**
 * Turns Markdown, as job scrapers such as JobSpy write Indeed postings, into plain text: backslash
 * escapes undone ("Security\+" is "Security+", "CDL\-A" is "CDL-A", which the credential matcher
 * must see as written), emphasis markers and heading marks dropped, links reduced to their text,
 * list items as "• " bullets. Only text that shows Markdown (an escape, bold markers or a heading)
 * is touched.
 */
public final class MarkdownText {

  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!&|<>~'\"$%=])");
  private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*#{1,6}[ \\t]+");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((?:[^)\\s]+)\\)");
  private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)[*+\\-][ \\t]+(?=\\S)");
  private static final Pattern SIGNS = Pattern.compile("\\\\[-+.#&*_()\\[\\]]|\\*\\*\\S|(?m)^#{1,6} ");

  private MarkdownText() {}

  public static boolean looksLikeMarkdown(String text) {
    return text != null && SIGNS.matcher(text).find();
  }

  public static String toText(String markdown) {
    if (!looksLikeMarkdown(markdown)) {
      return markdown;
    }
    String s = LINK.matcher(markdown).replaceAll("$1");
    s = BOLD.matcher(s).replaceAll("$2");
    s = HEADING.matcher(s).replaceAll("");
    s = BULLET.matcher(s).replaceAll("$1• ");
    // Escapes last: an escaped "\*" or "\#" is a literal character, not markup.
    return ESCAPE.matcher(s).replaceAll("$1");
  }
}
