package org.credval.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.catalog.Credential;

/** Builds the trie; names are folded with the same rules the scan applies to text. */
final class TrieBuilder {

  /** Names of this many letters or fewer match only as cased in the catalog. */
  static final int SHORT_LETTERS = 4;

  private final int[] root = new int[SurfaceFold.ALPHABET];
  private final Map<Long, Integer> edges = new HashMap<>();
  private final List<CredentialMatcher.Accept> accepts = new ArrayList<>();

  /** The trie laid out for scanning; the builder is not used after. */
  Trie build() {
    return Trie.layout(root, edges, accepts);
  }

  TrieBuilder() {
    Arrays.fill(root, -1);
  }

  void add(String name, Credential c, boolean onlyIfNew) {
    StringBuilder key = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    List<Integer> symbols = new ArrayList<>();
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int s = SurfaceFold.symbol(chars, i);
      if (s == SurfaceFold.BREAK) {
        return; // a character no posting text can match through, e.g. a non-Latin letter
      }
      if (s == SurfaceFold.SKIP || s == SurfaceFold.SEP && (symbols.isEmpty() || last(symbols) == s)) {
        continue;
      }
      symbols.add(s);
      if (s != SurfaceFold.SEP) {
        key.append(Character.toLowerCase(chars[i]));
      }
      if (SurfaceFold.isLetter(chars[i])) {
        letters.append(chars[i]);
      }
    }
    if (!symbols.isEmpty() && last(symbols) == SurfaceFold.SEP) {
      symbols.remove(symbols.size() - 1);
    }
    for (List<Integer> variant : joinedVariants(symbols)) {
      insert(variant, key.toString(), letters.toString(), c, onlyIfNew);
    }
  }

  /**
   * The name as written, and without the separators between letters and digits ("OSHA10",
   * "EPA608"), which postings drop as often as they keep them.
   */
  private static List<List<Integer>> joinedVariants(List<Integer> symbols) {
    List<Integer> joinable = new ArrayList<>();
    for (int i = 1; i + 1 < symbols.size(); i++) {
      if (symbols.get(i) == SurfaceFold.SEP && isDigit(symbols.get(i - 1)) != isDigit(symbols.get(i + 1))) {
        joinable.add(i);
      }
    }
    List<List<Integer>> variants = new ArrayList<>();
    variants.add(symbols);
    if (!joinable.isEmpty()) {
      List<Integer> joined = new ArrayList<>(symbols);
      for (int k = joinable.size() - 1; k >= 0; k--) {
        joined.remove((int) joinable.get(k));
      }
      variants.add(joined);
    }
    return variants;
  }

  private static boolean isDigit(int symbol) {
    return symbol >= 27 && symbol <= 36;
  }

  private static int last(List<Integer> list) {
    return list.get(list.size() - 1);
  }

  private void insert(List<Integer> symbols, String key, String letters, Credential c, boolean onlyIfNew) {
    int node = -1;
    for (int s : symbols) {
      node = step(node, s);
    }
    if (node < 0) {
      return;
    }
    CredentialMatcher.Accept a = accepts.get(node);
    if (a == null) {
      a = new CredentialMatcher.Accept(key);
      accepts.set(node, a);
    } else if (onlyIfNew || a.credentials.contains(c) && a.exactLetters.contains(exact(letters))) {
      return;
    }
    a.credentials.add(c);
    a.exactLetters.add(exact(letters));
    a.all = a.credentials.stream().distinct().toList();
  }

  private static String exact(String letters) {
    return letters.length() <= SHORT_LETTERS ? letters : null;
  }

  private int step(int node, int s) {
    if (node < 0) {
      if (root[s] < 0) {
        root[s] = newNode();
      }
      return root[s];
    }
    return edges.computeIfAbsent(((long) node << 8) | s, k -> newNode());
  }

  private int newNode() {
    accepts.add(null);
    return accepts.size() - 1;
  }
}
