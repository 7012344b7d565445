package org.credval.core.extract;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of several cue patterns in one pass over a stretch of text, with exactly the
 * result of running each pattern's {@code find()} over that region, at a fraction of the cost.
 *
 * <p>Cue patterns are word alternations ({@code \b(?:must|required|…)\b}): a match can only start
 * at a word start, and only at one whose first letters begin some alternative. Those first letters
 * (up to three) are read off each pattern's own source when the scanner is built, into small
 * tables; the scan walks the word starts once, looks their first letters up, and runs a pattern
 * only where the tables say it may match, anchored there. The rules thus stay written as regular
 * expressions, and changing one changes the tables with it. A pattern this reading does not cover
 * (no leading {@code \b}, anchors, look-behind, flags other than case-insensitivity) is simply run
 * as a regular expression over the region.
 */
final class CueScanner {

  private static final int TABLE_BITS = 12;
  private static final int TABLE_MASK = (1 << TABLE_BITS) - 1;

  private final Pattern[] patterns;
  /** Patterns run over the whole region instead of at word starts, as a bit per pattern. */
  private final int plain;
  /** By prefix length 1 to {@link CuePrefixes#LENGTH}, the patterns whose alternatives may start so. */
  private final int[][] byPrefix = new int[CuePrefixes.LENGTH + 1][1 << TABLE_BITS];

  CueScanner(Pattern... patterns) {
    if (patterns.length > 31) {
      throw new IllegalArgumentException("at most 31 patterns per scanner");
    }
    this.patterns = patterns.clone();
    int fallback = 0;
    for (int k = 0; k < patterns.length; k++) {
      var prefixes = CuePrefixes.of(patterns[k]);
      if (prefixes == null) {
        fallback |= 1 << k;
        continue;
      }
      for (String p : prefixes) {
        int h = 0;
        for (int i = 0; i < p.length(); i++) {
          h = step(h, p.charAt(i));
        }
        byPrefix[p.length()][slot(h)] |= 1 << k;
      }
    }
    this.plain = fallback;
  }

  /** The patterns, in the order their matches are returned. */
  int size() {
    return patterns.length;
  }

  /**
   * Every match of every pattern in [from, to) of {@code text}, as start and end offsets in turn,
   * one array per pattern: what {@code pattern.matcher(text).region(from, to)} finds, in order.
   */
  int[][] findAll(CharSequence text, int from, int to) {
    int[][] found = new int[patterns.length][];
    int[] counts = new int[patterns.length];
    int[] resume = new int[patterns.length];
    Matcher[] matchers = new Matcher[patterns.length];
    for (int k = 0; k < patterns.length; k++) {
      found[k] = new int[4];
      if ((plain & (1 << k)) != 0) {
        Matcher m = patterns[k].matcher(text).region(from, to);
        while (m.find()) {
          found[k] = add(found[k], counts[k], m.start(), m.end());
          counts[k] += 2;
        }
      }
    }
    int scanned = ~plain & ((1 << patterns.length) - 1);
    if (scanned != 0) {
      for (int p = from; p < to; p++) {
        // Every alternative starts with an ASCII letter or digit, so only such word starts can match.
        char c = text.charAt(p);
        if (!isWord(c) || p > from && wordBefore(text, p, from)) {
          continue;
        }
        int mask = candidates(text, p, to) & scanned;
        while (mask != 0) {
          int k = Integer.numberOfTrailingZeros(mask);
          mask &= mask - 1;
          if (p < resume[k]) {
            continue;
          }
          Matcher m = matchers[k] == null ? matchers[k] = patterns[k].matcher(text) : matchers[k];
          m.region(p, to);
          if (m.lookingAt()) {
            found[k] = add(found[k], counts[k], p, m.end());
            counts[k] += 2;
            resume[k] = Math.max(m.end(), p + 1);
          }
        }
      }
    }
    for (int k = 0; k < patterns.length; k++) {
      found[k] = Arrays.copyOf(found[k], counts[k]);
    }
    return found;
  }

  /** The first match of pattern {@code k} in [from, to), as {start, end}, or null. */
  int[] first(int k, CharSequence text, int from, int to) {
    // One pattern: its own find() with the first-letter look-ahead is as quick as a scan here.
    Matcher m = patterns[k].matcher(text).region(from, to);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  /** The patterns whose alternatives may start with the (up to three) characters at {@code p}. */
  private int candidates(CharSequence text, int p, int to) {
    int mask = 0;
    int h = 0;
    int max = Math.min(CuePrefixes.LENGTH, to - p);
    for (int len = 1; len <= max; len++) {
      h = step(h, CuePrefixes.fold(text.charAt(p + len - 1)));
      mask |= byPrefix[len][slot(h)];
    }
    return mask;
  }

  private static int step(int h, char c) {
    return h * 31 + c + 1;
  }

  private static int slot(int h) {
    int x = h * 0x9E3779B9;
    return (x >>> (32 - TABLE_BITS)) & TABLE_MASK;
  }

  private static int[] add(int[] spans, int count, int start, int end) {
    int[] out = count + 2 > spans.length ? Arrays.copyOf(spans, spans.length * 2) : spans;
    out[count] = start;
    out[count + 1] = end;
    return out;
  }

  /** java.util.regex's word character for an ASCII character. */
  private static boolean isWord(char c) {
    return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
  }

  /** Whether {@code \b} at {@code p} sees a word character before it, region start {@code from}. */
  private static boolean wordBefore(CharSequence text, int p, int from) {
    char before = text.charAt(p - 1);
    if (before < 128) {
      return isWord(before);
    }
    int ch = Character.codePointBefore(text, p);
    return isWordCodePoint(ch) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(text, p - 1, from);
  }

  private static boolean isWordCodePoint(int ch) {
    return ch == '_' || Character.isLetterOrDigit(ch);
  }

  private static boolean hasBase(CharSequence text, int i, int from) {
    for (int x = i; x >= from; x--) {
      int ch = Character.codePointAt(text, x);
      if (Character.isLetterOrDigit(ch)) {
        return true;
      }
      if (Character.getType(ch) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }
}
