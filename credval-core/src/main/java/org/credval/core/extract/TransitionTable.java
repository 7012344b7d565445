package org.credval.core.extract;

import java.util.Map;

/**
 * The trie's edges below the root in one open-addressing table of primitive ints: compact, and a
 * lookup touches one or two array slots instead of a map entry per node.
 */
final class TransitionTable {

  private final int[] keys;
  private final int[] values;
  private final int mask;

  private TransitionTable(int capacity) {
    keys = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** Edges keyed by {@code node << 8 | symbol}. */
  static TransitionTable of(Map<Long, Integer> edges) {
    int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2)) << 1;
    TransitionTable t = new TransitionTable(capacity);
    edges.forEach((k, child) -> t.put(key((int) (k >>> 8), (int) (k & 0xFF)), child));
    return t;
  }

  /** The child of {@code node} along {@code symbol}, or -1. */
  int get(int node, int symbol) {
    int k = key(node, symbol);
    int h = mix(k) & mask;
    while (true) {
      int found = keys[h];
      if (found == k) {
        return values[h];
      }
      if (found == 0) {
        return -1;
      }
      h = (h + 1) & mask;
    }
  }

  private void put(int k, int child) {
    int h = mix(k) & mask;
    while (keys[h] != 0) {
      h = (h + 1) & mask;
    }
    keys[h] = k;
    values[h] = child;
  }

  // Symbols are below 64, nodes below 2^25; the key is never 0 because symbols start at 1.
  private static int key(int node, int symbol) {
    return (node << 6) | symbol;
  }

  private static int mix(int k) {
    int h = k * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
