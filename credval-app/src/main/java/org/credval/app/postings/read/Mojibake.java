package org.credval.app.postings.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs text that was UTF-8 but read as Windows-1252 somewhere upstream ("â€™" for "’", "Ã©"
 * for "é"), as in the NYC Jobs export, where it happened twice. Text is touched only when it holds
 * such a sequence, and only a run of characters whose cp1252 bytes form one valid UTF-8 character is
 * replaced, so correct text around it, and correct text that happens to contain "Ã", stays as is.
 * The five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) pass through upstream
 * decoders as the same C1 control characters, so they are taken back to those bytes too.
 */
public final class Mojibake {

  private static final Map<Character, Integer> CP1252_HIGH = new HashMap<>();
  private static final int MAX_PASSES = 3;

  static {
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0x9f; b++) {
      String c = new String(new byte[] {(byte) b}, cp1252);
      if (c.length() == 1 && c.charAt(0) != '\ufffd' && c.charAt(0) > 0xff) {
        CP1252_HIGH.put(c.charAt(0), b);
      }
    }
  }

  private Mojibake() {}

  /**
   * True when the text holds a UTF-8 lead byte as cp1252 (U+00C2..U+00F4) followed by a
   * continuation byte as cp1252 (U+0080..U+00BF, or a character cp1252 writes for 0x80..0x9F).
   */
  public static boolean looksMisEncoded(String text) {
    if (text == null) {
      return false;
    }
    char[] chars = text.toCharArray();
    for (int i = 0, last = chars.length - 1; i < last; i++) {
      char c = chars[i];
      if (c >= '\u00c2' && c <= '\u00f4' && continuation(chars[i + 1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuation(char c) {
    return (c >= '\u0080' && c <= '\u00bf') || (c > 0xff && CP1252_HIGH.containsKey(c));
  }

  /** The repaired text, or the text unchanged when it shows no mis-encoding. */
  public static String repair(String text) {
    String s = text;
    for (int pass = 0; pass < MAX_PASSES && looksMisEncoded(s); pass++) {
      String fixed = repairOnce(s);
      if (fixed.equals(s)) {
        break;
      }
      s = fixed;
    }
    return s;
  }

  private static String repairOnce(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int lead = cp1252Byte(s.charAt(i));
      int n = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
      if (n > 0 && decodes(s, i, n)) {
        byte[] bytes = new byte[n + 1];
        for (int k = 0; k <= n; k++) {
          bytes[k] = (byte) cp1252Byte(s.charAt(i + k));
        }
        out.append(new String(bytes, StandardCharsets.UTF_8));
        i += n + 1;
      } else {
        out.append(s.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean decodes(String s, int i, int n) {
    if (i + n >= s.length()) {
      return false;
    }
    for (int k = 1; k <= n; k++) {
      int b = cp1252Byte(s.charAt(i + k));
      if (b < 0x80 || b > 0xbf) {
        return false;
      }
    }
    // Overlong and surrogate forms are not characters; leave them.
    int lead = cp1252Byte(s.charAt(i));
    int second = cp1252Byte(s.charAt(i + 1));
    return !(lead == 0xe0 && second < 0xa0) && !(lead == 0xed && second > 0x9f)
        && !(lead == 0xf0 && second < 0x90) && !(lead == 0xf4 && second > 0x8f);
  }

  /** The byte cp1252 writes for {@code c} (C1 controls as themselves), or -1. */
  private static int cp1252Byte(char c) {
    if (c <= 0xff) {
      return c;
    }
    Integer b = CP1252_HIGH.get(c);
    return b == null ? -1 : b;
  }
}
