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
   */
  public record Sketch(Set<Long> shingles, long[] bandHashes) {}

  /** The sketch of one posting's text (title and sections, see {@link Posting#fullText()}). */
  public static Sketch sketch(String text) {
    Set<Long> s = shingles(text);
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

  static Set<Long> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+");
    List<String> w = Arrays.stream(words).filter(s -> !s.isEmpty()).toList();
    Set<Long> out = new HashSet<>();
    if (w.size() < SHINGLE_WORDS) {
      out.add(hash(String.join(" ", w), 0));
      return out;
    }
    for (int i = 0; i + SHINGLE_WORDS <= w.size(); i++) {
      out.add(hash(String.join(" ", w.subList(i, i + SHINGLE_WORDS)), 0));
    }
    return out;
  }

  static double jaccard(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    long common = small.stream().filter(large::contains).count();
    return (double) common / (a.size() + b.size() - common);
  }

  private static long[] signature(Set<Long> shingles) {
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

  // 64-bit FNV-1a of the text, then a SplitMix64 finalizer: stable across runs and JVMs.
  private static long hash(String s, long seed) {
    long h = 0xcbf29ce484222325L ^ seed;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
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
