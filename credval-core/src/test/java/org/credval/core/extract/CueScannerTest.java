package org.credval.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cue scanner finds exactly what each pattern's own {@code find()} finds over the same region:
 * for every cue pattern of the extraction rules (read from the rule classes, so new rules are
 * checked as they are added), over hand-written edge cases and over regions of every text of every
 * shared posting file, including regions that start and end inside words.
 */
class CueScannerTest {

  private static final List<Pattern> RULES = patternsOf(RequirementCues.class, Disambiguator.class,
      MentionExtractor.class, Alternation.class);
  private static final CueScanner SCANNER = new CueScanner(RULES.toArray(Pattern[]::new));

  private static List<Pattern> patternsOf(Class<?>... classes) {
    List<Pattern> out = new ArrayList<>();
    for (Class<?> c : classes) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Pattern.class) {
          try {
            f.setAccessible(true);
            out.add((Pattern) f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    // Patterns the scanner cannot read run as plain regular expressions: nothing to compare there.
    out.removeIf(p -> CuePrefixes.of(p) == null);
    return out.subList(0, Math.min(31, out.size()));
  }

  private static String differences(String text, int from, int to) {
    int[][] scanned = SCANNER.findAll(text, from, to);
    for (int k = 0; k < RULES.size(); k++) {
      Matcher m = RULES.get(k).matcher(text).region(from, to);
      int[] expected = new int[0];
      while (m.find()) {
        expected = Arrays.copyOf(expected, expected.length + 2);
        expected[expected.length - 2] = m.start();
        expected[expected.length - 1] = m.end();
      }
      if (!Arrays.equals(expected, scanned[k])) {
        return RULES.get(k) + " over [" + from + ", " + to + ") of \"" + text.substring(from, Math.min(to, from + 300))
            + "\": scanned " + Arrays.toString(scanned[k]) + ", regex " + Arrays.toString(expected);
      }
    }
    return null;
  }

  @Test
  void readsPrefixesOfWordAlternations() {
    assertThat(CuePrefixes.of(Pattern.compile("\\b(?=[mr])(?:must|re(?:quired|q))\\b", Pattern.CASE_INSENSITIVE)))
        .containsExactlyInAnyOrder("mus", "req");
    assertThat(CuePrefixes.of(Pattern.compile("\\b(?:a[- ]?b|cd\\w*)\\b"))).containsExactlyInAnyOrder("a-b", "a b", "ab", "cd");
    assertThat(CuePrefixes.of(Pattern.compile("\\bno\\b[^.]{0,30}$"))).isNull();
    assertThat(CuePrefixes.of(Pattern.compile("(?:must)\\b"))).isNull();
    assertThat(CuePrefixes.of(Pattern.compile("\\b(?:\\w+ing)\\b"))).isNull();
  }

  @Test
  void findsWhatTheRegularExpressionsFindInEdgeCases() {
    List<String> texts = List.of("Must hold a CDL; required.", "mustard must", "REQUIRED preferred,Preferably",
        "within 90 days of hire or within ninety (90) days", "no CDL required", "naïve must_have must",
        "Ü required é\u0301required \uD835\uDC00required", "we pay for your CDL training", "");
    for (String t : texts) {
      for (int from = 0; from <= t.length(); from += 3) {
        assertThat(differences(t, from, t.length())).isNull();
        assertThat(differences(t, 0, from)).isNull();
      }
    }
  }

  @Test
  void findsWhatTheRegularExpressionsFindInEverySharedPostingFile() throws IOException {
    List<String> failures = new ArrayList<>();
    long[] regions = {0};
    for (Path file : SharedPostingTexts.files()) {
      SharedPostingTexts.forEachText(file, t -> {
        if (failures.size() >= 3 || t.length() < 200) {
          return; // ids, dates, codes and short labels: no sentences to find cues in
        }
        // A sentence-sized region from a pseudo-random offset (often inside a word); now and then a whole text.
        int from = Math.floorMod(t.hashCode(), t.length());
        int to = Math.min(t.length(), from + 250 + Math.floorMod(t.hashCode() >>> 8, 250));
        String d = differences(t, from, to);
        if (d == null && regions[0] % 50 == 0) {
          d = differences(t, 0, Math.min(t.length(), 20_000));
        }
        regions[0]++;
        if (d != null) {
          failures.add(file.getFileName() + ": " + d);
        }
      });
    }
    assertThat(failures).isEmpty();
    assertThat(regions[0]).isGreaterThan(1000);
  }
}
