package org.credval.core.postings;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds postings that are the same job re-posted or cross-posted, so that demand is counted once.
 *
 * <p>The rule has two parts, both required:
 *
 * <ol>
 *   <li><b>Same text.</b> A posting's text (title and sections) is lower-cased and cut into
 *       overlapping runs of {@value #SHINGLE_WORDS} words; the Jaccard similarity of those sets is
 *       at least the threshold (0.8 by default). Candidates are found with MinHash signatures of
 *       {@value #HASHES} hashes split into {@value #BANDS} bands (locality-sensitive hashing), then
 *       every candidate pair is checked on the exact shingle sets, so the estimate never decides
 *       alone.
 *   <li><b>Same opening</b> ({@link #sameOpening}): the same employer, the same place and posted
 *       within {@value #DEFAULT_WINDOW_DAYS} days of each other. A template posted for two stores is
 *       two openings; the same ad on a job board keeps its employer and place. A fact one side does
 *       not give never blocks (a job-board copy often names no employer).
 * </ol>
 *
 * <p>Duplicates form groups (transitively); each group's representative is the posting that comes
 * first in the input order. Deterministic: fixed hash seeds, input order.
 */
public final class NearDuplicates {

  static final int SHINGLE_WORDS = 5;
  static final int HASHES = 128;
  static final int BANDS = 32;

  /** Postings of the same text, employer and place posted at most this many days apart are one ad. */
  public static final int DEFAULT_WINDOW_DAYS = 60;

  private final double threshold;
  private final int windowDays;

  public NearDuplicates(double threshold) {
    this(threshold, DEFAULT_WINDOW_DAYS);
  }

  public NearDuplicates(double threshold, int windowDays) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    if (windowDays < 0) {
      throw new IllegalArgumentException("window must be zero days or more, got " + windowDays);
    }
    this.threshold = threshold;
    this.windowDays = windowDays;
  }

  /**
   * What duplicate detection compares besides the text: who posted, where and when. Any of them
   * may be null (unknown), and an unknown fact never keeps two postings apart.
   *
   * @param employer the hiring organization as written
   * @param state two-letter state
   * @param area county, metro or city as written
   * @param postedOn the date posted
   */
  public record Facts(String employer, String state, String area, LocalDate postedOn) {

    /** The facts of a posting. */
    public static Facts of(Posting p) {
      return new Facts(p.employer(), p.state(), p.area(), p.postedOn());
    }
  }

  /**
   * Whether two postings can be the same opening, whatever their text: the same employer
   * ({@link #sameEmployer}), the same state and the same area ({@link #placeKey}) when both give
   * them, and posted dates at most the window apart when both give one.
   */
  public boolean sameOpening(Facts a, Facts b) {
    if (!sameEmployer(a.employer(), b.employer())) {
      return false;
    }
    if (a.state() != null && b.state() != null && !a.state().equals(b.state())) {
      return false;
    }
    String areaA = placeKey(a.area());
    String areaB = placeKey(b.area());
    if (!areaA.isEmpty() && !areaB.isEmpty() && !areaA.equals(areaB)) {
      return false;
    }
    return a.postedOn() == null || b.postedOn() == null
        || Math.abs(ChronoUnit.DAYS.between(a.postedOn(), b.postedOn())) <= windowDays;
  }

  /** Whether two postings are duplicates: the same opening and near-duplicate texts. */
  public boolean duplicates(Sketch a, Facts factsA, Sketch b, Facts factsB) {
    return sameOpening(factsA, factsB) && duplicates(a, b);
  }

  private static final Set<String> EMPLOYER_NOISE = Set.of("the", "of", "and", "for", "at", "a", "an", "inc",
      "incorporated", "llc", "corp", "corporation", "co", "company", "ltd", "limited", "lp", "llp", "plc", "pc",
      "pllc");
  private static final Map<String, String> EMPLOYER_ABBREVIATIONS = Map.ofEntries(Map.entry("dept", "department"),
      Map.entry("depart", "department"), Map.entry("govt", "government"), Map.entry("univ", "university"),
      Map.entry("intl", "international"), Map.entry("natl", "national"), Map.entry("svcs", "services"),
      Map.entry("svc", "service"), Map.entry("assn", "association"), Map.entry("ctr", "center"),
      Map.entry("hosp", "hospital"), Map.entry("mgmt", "management"), Map.entry("admin", "administration"),
      Map.entry("comm", "commission"), Map.entry("hlth", "health"));

  /**
   * The words that name an employer: accents removed, lower-cased, cut at anything but letters and
   * digits, common abbreviations written out ("Dept" is "department"), and articles, "of", "and"
   * and legal forms ("Inc.", "LLC", "Corp.") dropped.
   */
  static Set<String> employerWords(String employer) {
    Set<String> out = new java.util.TreeSet<>();
    if (employer == null) {
      return out;
    }
    String plain = Normalizer.normalize(employer, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace("&", " and ");
    for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
      String word = EMPLOYER_ABBREVIATIONS.getOrDefault(w, w);
      if (!word.isEmpty() && !EMPLOYER_NOISE.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * Whether two employer names name the same employer: the words of one include all the words of
   * the other ("NYC Dept. of Transportation" and "Department of Transportation"; "Goodwill" and
   * "Goodwill Industries of Central Texas"). A missing name, or one of only noise words, matches any.
   */
  static boolean sameEmployer(String a, String b) {
    Set<String> x = employerWords(a);
    Set<String> y = employerWords(b);
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
  }

  /**
   * A place name for comparison: accents removed, lower-cased, words of letters and digits joined by
   * one space, and a trailing "county", "parish", "metro", "metro area", "metropolitan area" or "city"
   * dropped ("Travis County" is "travis", "New York City" is "new york"). Empty when unknown.
   */
  static String placeKey(String area) {
    if (area == null) {
      return "";
    }
    String plain = Normalizer.normalize(area, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return plain.replaceAll(" (county|parish|metro|metro area|metropolitan area|city)$", "");
  }

  /**
   * What duplicate detection keeps of one text: its shingle set, for the exact check, and one hash
   * per MinHash band, for finding candidates (two texts sharing any band hash are candidates).
   * Band hashes are stable across runs and JVMs, so they can be stored and compared across loads.
   *
   * @param shingles the hashes of the text's word shingles, sorted, each once
   */
  public record Sketch(long[] shingles, long[] bandHashes) {}

  /** The sketch of one posting's text (title and sections, see {@link Posting#fullText()}). */
  public static Sketch sketch(String text) {
    long[] s = shingles(text);
    long[] sig = signature(s);
    int rows = HASHES / BANDS;
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 0xcbf29ce484222325L ^ b;
      for (int r = b * rows; r < (b + 1) * rows; r++) {
        h = mix(h ^ sig[r]);
      }
      bands[b] = h;
    }
    return new Sketch(s, bands);
  }

  /** The number of MinHash bands of a sketch. */
  public static int bands() {
    return BANDS;
  }

  /** Whether two sketched texts are near-duplicates (the text part of the rule): exact Jaccard similarity of their shingles at or over the threshold. */
  public boolean duplicates(Sketch a, Sketch b) {
    return jaccard(a.shingles(), b.shingles()) >= threshold;
  }

  /** The threshold of Jaccard similarity at or above which two texts are duplicates. */
  public double threshold() {
    return threshold;
  }

  /** For each posting, the index of its group's representative (itself when it is unique). */
  public int[] representatives(List<Posting> postings) {
    List<Sketch> sketches = new ArrayList<>(postings.size());
    List<Facts> facts = new ArrayList<>(postings.size());
    Map<List<Long>, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < postings.size(); i++) {
      Sketch sk = sketch(postings.get(i).fullText());
      facts.add(Facts.of(postings.get(i)));
      sketches.add(sk);
      for (int b = 0; b < BANDS; b++) {
        buckets.computeIfAbsent(List.of((long) b, sk.bandHashes()[b]), k -> new ArrayList<>()).add(i);
      }
    }
    List<long[]> pairs = new ArrayList<>();
    Set<Long> checked = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          int x = bucket.get(a);
          int y = bucket.get(b);
          if (checked.add(((long) x << 32) | y)
              && duplicates(sketches.get(x), facts.get(x), sketches.get(y), facts.get(y))) {
            pairs.add(new long[] {x, y});
          }
        }
      }
    }
    Groups groups = new Groups(windowDays);
    for (int i = 0; i < postings.size(); i++) {
      groups.add(i, facts.get(i));
    }
    groups.unionAll(pairs);
    int[] rep = new int[postings.size()];
    for (int i = 0; i < rep.length; i++) {
      rep[i] = (int) groups.find(i);
    }
    return rep;
  }

  /**
   * Duplicate groups over posting ids. Pairs found duplicate are joined in the order of their ids,
   * smaller first, so the result does not depend on the order pairs were found in; a pair is not
   * joined when its two groups together would name two states, two areas or two employers (a
   * posting that gives no place must not join the same template's groups of two stores), or when
   * the dates the two groups span are more than the window apart. The root of a group is its
   * smallest id.
   */
  public static final class Groups {
    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, Known> known = new HashMap<>();
    private final int windowDays;

    /** Groups whose postings' dates may chain at most {@code windowDays} apart. */
    public Groups(int windowDays) {
      this.windowDays = windowDays;
    }

    /** The facts a group knows: its states, areas, employers' words and the dates it spans. */
    private static final class Known {
      final Set<String> states = new HashSet<>();
      final Set<String> areas = new HashSet<>();
      final List<Set<String>> employers = new ArrayList<>();
      LocalDate first;
      LocalDate last;

      static Known of(Facts f) {
        Known k = new Known();
        k.first = f.postedOn();
        k.last = f.postedOn();
        if (f.state() != null) {
          k.states.add(f.state());
        }
        if (!placeKey(f.area()).isEmpty()) {
          k.areas.add(placeKey(f.area()));
        }
        Set<String> e = employerWords(f.employer());
        if (!e.isEmpty()) {
          k.employers.add(e);
        }
        return k;
      }

      boolean agrees(Known o, int windowDays) {
        if (union(states, o.states) > 1 || union(areas, o.areas) > 1) {
          return false;
        }
        if (first != null && o.first != null) {
          LocalDate laterStart = first.isAfter(o.first) ? first : o.first;
          LocalDate earlierEnd = last.isBefore(o.last) ? last : o.last;
          if (ChronoUnit.DAYS.between(earlierEnd, laterStart) > windowDays) {
            return false;
          }
        }
        for (Set<String> x : employers) {
          for (Set<String> y : o.employers) {
            if (!(x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y))) {
              return false;
            }
          }
        }
        return true;
      }

      private static int union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u.size();
      }
    }

    /** Adds a posting with what it gives about employer and place (once; later calls are ignored). */
    public void add(long id, Facts facts) {
      known.computeIfAbsent(id, k -> Known.of(facts));
    }

    /** The root of the id's group: its smallest id. */
    public long find(long x) {
      long root = x;
      Long p;
      while ((p = parent.get(root)) != null && p != root) {
        root = p;
      }
      parent.put(x, root);
      return root;
    }

    /** Joins two groups that are already known to be one (stored links), whatever their facts. */
    public void join(long a, long b) {
      merge(find(a), find(b));
    }

    /** Joins each pair's groups when their facts agree, pairs taken in order of their ids. */
    public void unionAll(List<long[]> pairs) {
      List<long[]> sorted = new ArrayList<>(pairs.size());
      for (long[] p : pairs) {
        sorted.add(new long[] {Math.min(p[0], p[1]), Math.max(p[0], p[1])});
      }
      sorted.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
      for (long[] p : sorted) {
        long ra = find(p[0]);
        long rb = find(p[1]);
        if (ra != rb && knownOf(ra).agrees(knownOf(rb), windowDays)) {
          merge(ra, rb);
        }
      }
    }

    private Known knownOf(long root) {
      return known.computeIfAbsent(root, k -> new Known());
    }

    private void merge(long ra, long rb) {
      if (ra == rb) {
        return;
      }
      long root = Math.min(ra, rb);
      long other = Math.max(ra, rb);
      Known a = knownOf(root);
      Known b = knownOf(other);
      a.states.addAll(b.states);
      a.areas.addAll(b.areas);
      a.employers.addAll(b.employers);
      if (b.first != null) {
        a.first = a.first == null || b.first.isBefore(a.first) ? b.first : a.first;
        a.last = a.last == null || b.last.isAfter(a.last) ? b.last : a.last;
      }
      known.remove(other);
      parent.put(other, root);
    }
  }

  /**
   * The sorted, distinct hashes of the text's shingles: lower-cased, cut into words of letters,
   * digits, '+' and '#', every run of {@value #SHINGLE_WORDS} words hashed as the words joined by
   * one space (a text of fewer words is one shingle). Words are found and hashed in one pass,
   * without building the joined strings.
   */
  static long[] shingles(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] bounds = words(lower);
    int words = bounds.length / 2;
    if (words < SHINGLE_WORDS) {
      return new long[] {mix(fnv(lower, bounds, 0, words))};
    }
    long[] out = new long[words - SHINGLE_WORDS + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = mix(fnv(lower, bounds, i, i + SHINGLE_WORDS));
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Start and end offsets of the words, in pairs. */
  private static int[] words(String s) {
    int[] b = new int[64];
    int n = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < s.length() && wordChar(cp = s.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      if (n + 2 > b.length) {
        b = Arrays.copyOf(b, b.length * 2);
      }
      b[n++] = start;
      b[n++] = i;
    }
    return Arrays.copyOf(b, n);
  }

  /** {@code [\p{L}\p{N}+#]}. */
  private static boolean wordChar(int cp) {
    if (cp == '+' || cp == '#') {
      return true;
    }
    int t = Character.getType(cp);
    return Character.isLetter(cp) || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  // 64-bit FNV-1a over words [from, to) joined by single spaces.
  private static long fnv(String s, int[] bounds, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int w = from; w < to; w++) {
      if (w > from) {
        h ^= ' ';
        h *= 0x100000001b3L;
      }
      for (int i = bounds[2 * w], end = bounds[2 * w + 1]; i < end; i++) {
        h ^= s.charAt(i);
        h *= 0x100000001b3L;
      }
    }
    return h;
  }

  /** Jaccard similarity of two sorted, distinct hash arrays. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    long common = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (a.length + b.length - common);
  }

  private static long[] signature(long[] shingles) {
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int h = 0; h < HASHES; h++) {
        long v = mix(s ^ (0x9E3779B97F4A7C15L * (h + 1)));
        if (v < sig[h]) {
          sig[h] = v;
        }
      }
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
