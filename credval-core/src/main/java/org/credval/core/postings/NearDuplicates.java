package org.credval.core.postings;

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
 * <p>The rule: a posting's text (title and sections) is lower-cased and cut into overlapping runs
 * of {@value #SHINGLE_WORDS} words; two postings are duplicates when the Jaccard similarity of
 * those sets is at least the threshold (0.8 by default). Candidates are found with MinHash
 * signatures of {@value #HASHES} hashes split into {@value #BANDS} bands (locality-sensitive
 * hashing), then every candidate pair is checked on the exact shingle sets, so the estimate never
 * decides alone. Duplicates form groups (transitively); each group's representative is the
 * posting that comes first in the input order. Deterministic: fixed hash seeds, input order.
 */
public final class NearDuplicates {

  static final int SHINGLE_WORDS = 5;
  static final int HASHES = 128;
  static final int BANDS = 32;

  private final double threshold;

  public NearDuplicates(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
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

  /** Whether two sketched texts are duplicates: exact Jaccard similarity of their shingles at or over the threshold. */
  public boolean duplicates(Sketch a, Sketch b) {
    return jaccard(a.shingles(), b.shingles()) >= threshold;
  }

  /** The threshold of Jaccard similarity at or above which two texts are duplicates. */
  public double threshold() {
    return threshold;
  }

  /** For each posting, the index of its group's representative (itself when it is unique). */
  public int[] representatives(List<String> texts) {
    List<Sketch> sketches = new ArrayList<>(texts.size());
    Map<List<Long>, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      Sketch sk = sketch(texts.get(i));
      sketches.add(sk);
      for (int b = 0; b < BANDS; b++) {
        buckets.computeIfAbsent(List.of((long) b, sk.bandHashes()[b]), k -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[texts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Set<Long> checked = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          int x = bucket.get(a);
          int y = bucket.get(b);
          if (checked.add(((long) x << 32) | y) && duplicates(sketches.get(x), sketches.get(y))) {
            union(parent, x, y);
          }
        }
      }
    }
    int[] rep = new int[parent.length];
    for (int i = 0; i < rep.length; i++) {
      rep[i] = find(parent, i);
    }
    return rep;
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

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  // The smaller index wins, so the representative is the first posting of its group in input order.
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
