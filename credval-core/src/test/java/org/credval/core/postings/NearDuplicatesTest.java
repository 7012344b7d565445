package org.credval.core.postings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
    int[] rep = new NearDuplicates(0.8).representatives(texts(DRIVER, NURSE, repost));
    assertThat(rep).containsExactly(0, 1, 0);
  }

  @Test
  void keepsDifferentJobsApartEvenFromTheSameEmployer() {
    String otherDriver = "Class B CDL delivery driver for local routes. Must hold a valid Class B CDL. Lift fifty pounds, "
        + "use a hand truck, deliver to restaurants downtown, early morning start, hourly pay with overtime.";
    int[] rep = new NearDuplicates(0.8).representatives(texts(DRIVER, otherDriver, NURSE));
    assertThat(rep).containsExactly(0, 1, 2);
  }

  @Test
  void groupsTransitivelyAndIsDeterministic() {
    List<Posting> texts = texts(NURSE, DRIVER, NURSE, DRIVER + " ", NURSE.toUpperCase());
    int[] first = new NearDuplicates(0.8).representatives(texts);
    assertThat(first).containsExactly(0, 1, 0, 1, 0);
    assertThat(new NearDuplicates(0.8).representatives(texts)).containsExactly(first);
  }

  private static final String STORE_MANAGER = "Assistant Store Manager - Lead With Purpose. Quarterly bonus potential: "
      + "assistant store managers can earn up to 12.5% of their quarterly salary based on performance. Support the "
      + "Retail General Manager in leading store operations, staffing, merchandising and customer service. Supervise "
      + "and mentor retail, donation and production staff. Two years of retail management experience required.";
  private static final String GOODWILL = "Goodwill Industries of Central Texas";

  @Test
  void keepsTheSameTemplatePostedForTwoStoresApart() {
    int[] rep = new NearDuplicates(0.8).representatives(List.of(
        posting("gw-1", GOODWILL, "TX", "Cedar Park", LocalDate.of(2025, 10, 1), STORE_MANAGER),
        posting("gw-2", GOODWILL, "TX", "Round Rock", LocalDate.of(2025, 10, 1), STORE_MANAGER),
        posting("gw-3", GOODWILL, "TX", "Cedar Park", LocalDate.of(2025, 10, 22), STORE_MANAGER + " Apply today.")));
    assertThat(rep).as("two stores are two openings; the Cedar Park re-post three weeks later is the same ad")
        .containsExactly(0, 1, 0);
  }

  @Test
  void aCopyNamingNoPlaceOrDateJoinsOneGroupAndBridgesNoOther() {
    int[] rep = new NearDuplicates(0.8).representatives(List.of(
        posting("s1", "Goodwill", "TX", "Cedar Park", LocalDate.of(2025, 10, 1), STORE_MANAGER),
        posting("s2", "Goodwill", "TX", "Round Rock", LocalDate.of(2025, 10, 1), STORE_MANAGER),
        posting("s3", GOODWILL, "TX", "Cedar Park", LocalDate.of(2025, 10, 20), STORE_MANAGER + " Apply today."),
        posting("s4", null, null, null, null, STORE_MANAGER),
        posting("s5", "Goodwill", "TX", "Cedar Park", LocalDate.of(2026, 3, 1), STORE_MANAGER)));
    assertThat(rep).containsExactly(0, 1, 0, 0, 4);
  }

  @Test
  void keepsAReOpeningMonthsLaterAndAnotherEmployerOrStateApart() {
    int[] rep = new NearDuplicates(0.8).representatives(List.of(
        posting("a", GOODWILL, "TX", "Austin", LocalDate.of(2025, 1, 10), STORE_MANAGER),
        posting("b", GOODWILL, "TX", "Austin", LocalDate.of(2025, 6, 2), STORE_MANAGER),
        posting("c", "GSG Talent Solutions - Austin Branch", "TX", "Austin", LocalDate.of(2025, 1, 12), STORE_MANAGER),
        posting("d", GOODWILL, "OK", "Austin", LocalDate.of(2025, 1, 12), STORE_MANAGER)));
    assertThat(rep).containsExactly(0, 1, 2, 3);
    NearDuplicates wide = new NearDuplicates(0.8, 365);
    assertThat(wide.sameOpening(NearDuplicates.Facts.of(posting("a", GOODWILL, "TX", "Austin", LocalDate.of(2025, 1, 10), "")),
        NearDuplicates.Facts.of(posting("b", GOODWILL, "TX", "Austin", LocalDate.of(2025, 6, 2), "")))).isTrue();
  }

  @Test
  void groupsACrossPostWhoseEmployerAndPlaceAreSpelledDifferentlyOrMissing() {
    String inspector = "Inspect street and sidewalk work permits across the five boroughs, write violations, and "
        + "testify at hearings. A valid New York State driver license is required; an OSHA 30 card is preferred.";
    int[] rep = new NearDuplicates(0.8).representatives(List.of(
        posting("nyc-1", "DEPT OF TRANSPORTATION", "NY", "New York City", LocalDate.of(2024, 3, 4), inspector),
        posting("board-1", "NYC Dept. of Transportation", "NY", "New York", LocalDate.of(2024, 3, 6), inspector),
        posting("board-2", "Department of Transportation", null, null, null, inspector),
        posting("board-3", null, "NY", "Kings County", LocalDate.of(2024, 3, 6), inspector),
        posting("nyc-2", "DEPT OF ENVIRONMENT PROT.", "NY", "New York City", LocalDate.of(2024, 3, 4), inspector)));
    assertThat(rep).containsExactly(0, 0, 0, 3, 4);
  }

  @Test
  void comparesEmployersByTheirWordsAndPlacesWithoutCountyOrCity() {
    assertThat(NearDuplicates.sameEmployer("Goodwill", GOODWILL)).isTrue();
    assertThat(NearDuplicates.sameEmployer("Acme Corp.", "ACME, Inc")).isTrue();
    assertThat(NearDuplicates.sameEmployer("Dept of Health & Mental Hygiene", "DEPT OF HEALTH/MENTAL HYGIENE")).isTrue();
    assertThat(NearDuplicates.sameEmployer("Acme", "Apex")).isFalse();
    assertThat(NearDuplicates.sameEmployer(null, "Apex")).isTrue();
    assertThat(NearDuplicates.sameEmployer("Inc.", "Apex")).isTrue();
    assertThat(NearDuplicates.placeKey("Travis County")).isEqualTo(NearDuplicates.placeKey("travis"));
    assertThat(NearDuplicates.placeKey("New York City")).isEqualTo("new york");
    assertThat(NearDuplicates.placeKey("San Marcos")).isNotEqualTo(NearDuplicates.placeKey("Austin"));
  }

  private static Posting posting(String id, String employer, String state, String area, LocalDate posted, String text) {
    return new Posting("test", id, employer, "", state, area, posted, null, null,
        List.of(new Posting.Section("description", text)), List.of());
  }

  /** Postings of these texts that give no employer, place or date. */
  private static List<Posting> texts(String... texts) {
    List<Posting> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(posting("t" + i, null, null, null, null, texts[i]));
    }
    return out;
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
