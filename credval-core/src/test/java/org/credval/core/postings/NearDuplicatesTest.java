package org.credval.core.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  private static final String DRIVER = "Class A CDL driver wanted for regional routes out of Austin. Must hold a valid "
      + "Class A CDL and a clean driving record. Home every weekend, paid weekly, full benefits after thirty days. "
      + "Load and unload freight, complete logs, inspect the truck before and after each trip.";
  private static final String NURSE = "Registered Nurse for the medical surgical unit. Active RN license in Texas "
      + "required, BLS required, ACLS preferred. Twelve hour night shifts, three per week, sign on bonus available. "
      + "Assess patients, give medications, teach families and work with the care team.";

  @Test
  void groupsARepostWithSmallEditsWithTheFirstPosting() {
    // a board's copy: different punctuation and case, a line added at the end
    String repost = DRIVER.replace(". ", "; ").toUpperCase() + " Apply today.";
    int[] rep = new NearDuplicates(0.8).representatives(List.of(DRIVER, NURSE, repost));
    assertThat(rep).containsExactly(0, 1, 0);
  }

  @Test
  void keepsDifferentJobsApartEvenFromTheSameEmployer() {
    String otherDriver = "Class B CDL delivery driver for local routes. Must hold a valid Class B CDL. Lift fifty pounds, "
        + "use a hand truck, deliver to restaurants downtown, early morning start, hourly pay with overtime.";
    int[] rep = new NearDuplicates(0.8).representatives(List.of(DRIVER, otherDriver, NURSE));
    assertThat(rep).containsExactly(0, 1, 2);
  }

  @Test
  void groupsTransitivelyAndIsDeterministic() {
    List<String> texts = List.of(NURSE, DRIVER, NURSE, DRIVER + " ", NURSE.toUpperCase());
    int[] first = new NearDuplicates(0.8).representatives(texts);
    assertThat(first).containsExactly(0, 1, 0, 1, 0);
    assertThat(new NearDuplicates(0.8).representatives(texts)).containsExactly(first);
  }

  @Test
  void measuresJaccardOnWordShingles() {
    assertThat(NearDuplicates.jaccard(NearDuplicates.shingles(DRIVER), NearDuplicates.shingles(DRIVER))).isEqualTo(1.0);
    assertThat(NearDuplicates.jaccard(NearDuplicates.shingles(DRIVER), NearDuplicates.shingles(NURSE))).isLessThan(0.1);
  }

  @Test
  void refusesAThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> new NearDuplicates(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sketchesAreStableAndShareBandsExactlyWhenTextsAreNearDuplicates() {
    NearDuplicates.Sketch a = NearDuplicates.sketch(DRIVER);
    NearDuplicates.Sketch again = NearDuplicates.sketch(DRIVER);
    NearDuplicates.Sketch repost = NearDuplicates.sketch(DRIVER.toUpperCase() + " Apply today.");
    NearDuplicates.Sketch nurse = NearDuplicates.sketch(NURSE);
    assertThat(a.bandHashes()).hasSize(NearDuplicates.bands()).containsExactly(again.bandHashes());
    assertThat(shared(a, repost)).isPositive();
    assertThat(shared(a, nurse)).isZero();
    NearDuplicates rule = new NearDuplicates(0.8);
    assertThat(rule.duplicates(a, repost)).isTrue();
    assertThat(rule.duplicates(a, nurse)).isFalse();
  }

  private static int shared(NearDuplicates.Sketch x, NearDuplicates.Sketch y) {
    int n = 0;
    for (int b = 0; b < NearDuplicates.bands(); b++) {
      n += x.bandHashes()[b] == y.bandHashes()[b] ? 1 : 0;
    }
    return n;
  }

  @Test
  void shinglesAreTheHashesOfFiveWordRunsAsTheRuleStatesThem() {
    List<String> pieces = List.of("CDL", "class", " ", "  ", "-", ".", "\n", "C++", "C#", "ÉCOLE", "straße", "İ", "²", "Ⅻ",
        "٣", "𝐀", "\ud800", "RN", "a", "b", "1", "+", "#", ",", "—", "x");
    Random random = new Random(7);
    for (int t = 0; t < 5_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(30); i >= 0; i--) {
        b.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = b.toString();
      assertThat(NearDuplicates.shingles(text)).as(text).containsExactly(shinglesByJoining(text));
    }
    assertThat(NearDuplicates.shingles(DRIVER)).containsExactly(shinglesByJoining(DRIVER));
  }

  /** The rule written plainly: split with a regular expression, join each run of five words, FNV-1a, SplitMix64. */
  private static long[] shinglesByJoining(String text) {
    List<String> w = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")).filter(s -> !s.isEmpty()).toList();
    Set<Long> out = new HashSet<>();
    if (w.size() < 5) {
      out.add(hash(String.join(" ", w)));
    }
    for (int i = 0; i + 5 <= w.size(); i++) {
      out.add(hash(String.join(" ", w.subList(i, i + 5))));
    }
    return out.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
