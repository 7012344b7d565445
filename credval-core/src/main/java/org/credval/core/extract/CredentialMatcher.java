package org.credval.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.CredentialStatus;

/**
 * Finds catalog names and aliases in text in one left-to-right pass. Compiled once into a trie
 * over {@link SurfaceFold} symbols and walked from each word start; at every start the longest
 * name ending on a word boundary wins, and the scan resumes after it.
 *
 * <p>Names of four letters or fewer (CNA, RN, EMT, CDL-A) match only as cased in the catalog,
 * dotted forms included (C.N.A.), because their lower-case spellings are ordinary words or parts of
 * words. Longer names match in any case. Instances are immutable and safe to share across threads.
 */
public final class CredentialMatcher {

  private static final int SHORT_LETTERS = 4;
  /** Longest run of spaces and hyphens read as one separator inside a name. */
  private static final int MAX_SEPARATOR_RUN = 3;

  private final Trie trie;

  private CredentialMatcher(Trie trie) {
    this.trie = trie;
  }

  /** A matcher for the names and aliases of the catalog's active credentials. */
  public static CredentialMatcher compile(CredentialCatalog catalog) {
    return compile(catalog, Map.of());
  }

  /**
   * A matcher for the catalog plus extra surfaces that stand for a credential only in some contexts
   * (resolved later by {@link ContextRules}).
   */
  static CredentialMatcher compile(CredentialCatalog catalog, Map<String, Credential> extraTerms) {
    TrieBuilder b = new TrieBuilder();
    List<Credential> active = catalog.all().stream().filter(c -> c.status() == CredentialStatus.ACTIVE).toList();
    for (Credential c : active) {
      for (String name : c.names()) {
        b.add(name, c, false);
      }
    }
    extraTerms.forEach((surface, c) -> b.add(surface, c, false));
    // "Certified Nurse Aide" from "Certified Nurse Aide (CNA)", unless another credential owns it.
    for (Credential c : active) {
      String bare = c.name().replaceAll("\\s*\\([^)]*\\)\\s*$", "");
      if (!bare.equals(c.name()) && bare.indexOf(' ') > 0) {
        b.add(bare, c, true);
      }
    }
    return new CredentialMatcher(Trie.layout(b.root, b.edges, b.accepts));
  }

  /** All matches in {@code text}, in order, none overlapping. */
  public List<Match> find(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    List<Match> out = new ArrayList<>();
    int n = chars.length;
    int i = 0;
    while (i < n) {
      // Here i starts a word or follows a non-word character.
      int first = SurfaceFold.symbol(chars, i);
      int second = i + 1 < n ? SurfaceFold.symbol(chars, i + 1) : SurfaceFold.BREAK;
      if (first > 0 && first != SurfaceFold.SEP && (second <= 0 || trie.mayStart(first, second))) {
        int end = longestAt(chars, i, n, out);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (SurfaceFold.isWordChar(chars[i])) {
        i++;
        while (i < n && SurfaceFold.isWordChar(chars[i])) {
          i++;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  /** Adds the longest match starting at {@code start} and returns its end, or -1 when none. */
  private int longestAt(char[] text, int start, int n, List<Match> out) {
    int node = -1;
    int separatorRun = 0;
    int bestEnd = -1;
    int bestNameEnd = -1;
    Accept best = null;
    List<Credential> bestCandidates = null;
    for (int j = start; j < n; ) {
      int s = SurfaceFold.symbol(text, j);
      if (s == SurfaceFold.SKIP) {
        j++;
        continue;
      }
      if (s == SurfaceFold.BREAK) {
        break;
      }
      if (s == SurfaceFold.SEP) {
        if (++separatorRun > 1) {
          if (separatorRun > MAX_SEPARATOR_RUN) {
            break;
          }
          j++;
          continue;
        }
      } else {
        separatorRun = 0;
      }
      node = trie.child(node, s);
      if (node < 0) {
        break;
      }
      j++;
      Accept a = trie.accept(node);
      if (a != null) {
        int end = Boundaries.endOf(text, j, n);
        if (end >= 0) {
          List<Credential> candidates = a.candidatesFor(text, start, j);
          if (candidates != null) {
            bestEnd = end;
            bestNameEnd = j;
            best = a;
            bestCandidates = candidates;
          }
        }
      }
    }
    if (best == null || partOfLongerCode(text, bestEnd, n, best)) {
      return -1;
    }
    int end = Boundaries.trailingDot(text, bestEnd, n);
    out.add(new Match(start, end, best.key, bestCandidates, end - bestNameEnd > 2,
        !best.exactLetters.contains(null)));
    return end;
  }

  /** "RN" in "RN-BC": an acronym running on into a code the catalog does not know. */
  private static boolean partOfLongerCode(char[] text, int end, int n, Accept best) {
    return !best.exactLetters.contains(null) && end + 1 < n && text[end] == '-'
        && Character.isUpperCase(text[end + 1]) && (end + 2 == n || !Character.isLowerCase(text[end + 2]));
  }

  /** What a trie node accepts: the credentials of the names ending there, with their case rules. */
  static final class Accept {
    final String key;
    final List<Credential> credentials = new ArrayList<>();
    final List<String> exactLetters = new ArrayList<>();
    List<Credential> all;

    Accept(String key) {
      this.key = key;
    }

    /** Credentials whose case rule the text at [start, nameEnd) satisfies, or null when none. */
    List<Credential> candidatesFor(char[] text, int start, int nameEnd) {
      boolean allOk = true;
      for (String exact : exactLetters) {
        allOk &= exact == null || Boundaries.sameLetters(text, start, nameEnd, exact);
      }
      if (allOk) {
        return all;
      }
      List<Credential> some = new ArrayList<>(2);
      for (int k = 0; k < credentials.size(); k++) {
        String exact = exactLetters.get(k);
        if ((exact == null || Boundaries.sameLetters(text, start, nameEnd, exact))
            && !some.contains(credentials.get(k))) {
          some.add(credentials.get(k));
        }
      }
      return some.isEmpty() ? null : List.copyOf(some);
    }
  }

  /** Builds the trie; names are folded with the same rules the scan applies to text. */
  private static final class TrieBuilder {
    private final int[] root = new int[SurfaceFold.ALPHABET];
    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<Accept> accepts = new ArrayList<>();

    TrieBuilder() {
      java.util.Arrays.fill(root, -1);
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
      Accept a = accepts.get(node);
      if (a == null) {
        a = new Accept(key);
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
}
