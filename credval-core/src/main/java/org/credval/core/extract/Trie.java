package org.credval.core.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled trie, laid out for the scan. Most walks stop within two or three symbols of a word
 * start, so nodes are numbered breadth-first and the shallow ones get a dense table small enough
 * to stay in cache; deeper nodes, visited rarely, share one open-addressing table.
 */
final class Trie {

  private static final int DENSE_NODES = 8192;
  private static final int A = SurfaceFold.ALPHABET;

  private final int[] root;
  private final char[] dense;
  private final TransitionTable sparse;
  private final long[] accepting;
  private final CredentialMatcher.Accept[] accepts;
  /** Bit s1 * A + s2 set when some name starts with those two symbols (or is s1 alone). */
  private final long[] starts;

  static final long WORD_SEED = 1;
  private static final int WORD_BITS = 1 << 16;
  /**
   * Bit set for the hash of every name's first word: the letters and digits before its first
   * other symbol. A word of the text whose hash is not here starts no name.
   */
  private final long[] firstWords = new long[WORD_BITS >>> 6];

  private Trie(int[] root, char[] dense, TransitionTable sparse, long[] accepting,
      CredentialMatcher.Accept[] accepts) {
    this.root = root;
    this.dense = dense;
    this.sparse = sparse;
    this.accepting = accepting;
    this.accepts = accepts;
    this.starts = new long[(A * A >>> 6) + 1];
    for (int s1 = 0; s1 < A; s1++) {
      for (int s2 = 0; s2 < A; s2++) {
        int first = root[s1];
        if (first >= 0 && (accept(first) != null || child(first, s2) >= 0)) {
          int bit = s1 * A + s2;
          starts[bit >>> 6] |= 1L << bit;
        }
      }
    }
    for (int s = 1; s <= 36; s++) {
      if (root[s] >= 0) {
        addFirstWords(root[s], wordStep(WORD_SEED, s));
      }
    }
  }

  /** Marks every letter-and-digit path from the root that a name may end or go on past. */
  private void addFirstWords(int node, long hash) {
    boolean goesOn = accept(node) != null;
    for (int s = 37; s < A && !goesOn; s++) {
      goesOn = child(node, s) >= 0;
    }
    if (goesOn) {
      int bit = wordBit(hash);
      firstWords[bit >>> 6] |= 1L << bit;
    }
    for (int s = 1; s <= 36; s++) {
      int next = child(node, s);
      if (next >= 0) {
        addFirstWords(next, wordStep(hash, s));
      }
    }
  }

  /**
   * The word hash extended by one letter or digit symbol: six bits a symbol, so words of up to ten
   * symbols are kept exactly and longer ones folded in, for one rotation and one exclusive or (a
   * multiplication a character would make the scan wait on it).
   */
  static long wordStep(long hash, int symbol) {
    return Long.rotateLeft(hash, 6) ^ symbol;
  }

  private static int wordBit(long hash) {
    long x = hash * 0x9E3779B97F4A7C15L;
    return (int) (x >>> 48) & (WORD_BITS - 1);
  }

  /** Whether some name's first word has this hash (see {@link #wordStep}). */
  boolean mayStartWord(long hash) {
    int bit = wordBit(hash);
    return (firstWords[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * Whether a name may start with symbols {@code s1 s2}: one bit test that lets the scan step over
   * most words without touching the trie.
   */
  boolean mayStart(int s1, int s2) {
    int bit = s1 * A + s2;
    return (starts[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The child of {@code node} (-1 for the root) along symbol {@code s}, or -1. */
  int child(int node, int s) {
    if (node < 0) {
      return root[s];
    }
    if (node < DENSE_NODES) {
      return dense[node * A + s] - 1;
    }
    return sparse.get(node, s);
  }

  /** What {@code node} accepts, or null; a bit test first, so most nodes cost no object load. */
  CredentialMatcher.Accept accept(int node) {
    return (accepting[node >>> 6] & (1L << node)) == 0 ? null : accepts[node];
  }

  /**
   * Renumbers the builder's nodes breadth-first and lays them out.
   *
   * @param root the root's child per symbol, -1 for none
   * @param edges child by {@code parent << 8 | symbol}
   * @param accepts what each node accepts, by builder number
   */
  static Trie layout(int[] root, Map<Long, Integer> edges, List<CredentialMatcher.Accept> accepts) {
    int nodes = accepts.size();
    Map<Integer, List<long[]>> kids = new HashMap<>();
    edges.forEach((k, child) -> kids.computeIfAbsent((int) (k >>> 8), x -> new ArrayList<>())
        .add(new long[] {k & 0xFF, child}));
    int[] renumbered = new int[nodes];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int next = 0;
    for (int r : root) {
      if (r >= 0) {
        renumbered[r] = next++;
        queue.add(r);
      }
    }
    while (!queue.isEmpty()) {
      for (long[] edge : kids.getOrDefault(queue.poll(), List.of())) {
        renumbered[(int) edge[1]] = next++;
        queue.add((int) edge[1]);
      }
    }
    int[] newRoot = new int[A];
    for (int s = 0; s < A; s++) {
      newRoot[s] = root[s] < 0 ? -1 : renumbered[root[s]];
    }
    char[] dense = new char[Math.min(nodes, DENSE_NODES) * A];
    Map<Long, Integer> deep = new HashMap<>();
    edges.forEach((k, child) -> {
      int parent = renumbered[(int) (k >>> 8)];
      int s = (int) (k & 0xFF);
      if (parent < DENSE_NODES) {
        dense[parent * A + s] = (char) (renumbered[child] + 1);
      } else {
        deep.put(((long) parent << 8) | s, renumbered[child]);
      }
    });
    CredentialMatcher.Accept[] newAccepts = new CredentialMatcher.Accept[nodes];
    long[] accepting = new long[(nodes >>> 6) + 1];
    for (int old = 0; old < nodes; old++) {
      if (accepts.get(old) != null) {
        int id = renumbered[old];
        newAccepts[id] = accepts.get(old);
        accepting[id >>> 6] |= 1L << id;
      }
    }
    if (nodes >= Character.MAX_VALUE) {
      throw new IllegalStateException("catalog too large for the dense trie table: " + nodes + " nodes");
    }
    return new Trie(newRoot, dense, TransitionTable.of(deep), accepting, newAccepts);
  }
}
