package org.credval.core.extract;

import java.util.ArrayList;
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
    return new CredentialMatcher(b.build());
  }

  /** All matches in {@code text}, in order, none overlapping. */
  public List<Match> find(CharSequence text) {
    String s = text.toString();
    int n = s.length();
    char[] chars = scratch(n);
    s.getChars(0, n, chars, 0);
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      // Here i starts a word or sits on a non-word character.
      char c = chars[i];
      int symbol = SurfaceFold.wordSymbol(c);
      if (symbol != 0) {
        i = word(chars, i, n, symbol, out);
      } else if (c < 128 && SurfaceFold.asciiClass(c) == SurfaceFold.SPACE) {
        i++;
      } else {
        int first = SurfaceFold.symbol(chars, i);
        int second = i + 1 < n ? SurfaceFold.symbol(chars, i + 1) : SurfaceFold.BREAK;
        int end = first > 0 && first != SurfaceFold.SEP && (second <= 0 || trie.mayStart(first, second))
            ? longestAt(chars, i, n, out) : -1;
        i = end > i ? end : i + 1;
      }
    }
    return out;
  }

  /**
   * Scans the word starting at {@code i}, whose first character has word symbol {@code symbol}: the
   * trie is walked only when the word (or the word less a plural "s") is the first word of some
   * name, or is a lone letter before a dot (C.N.A.). Most words are read once, one table load and
   * one hash step a character, and stepped over. Returns where the scan goes on.
   */
  private int word(char[] chars, int i, int n, int symbol, List<Match> out) {
    long h = Trie.WORD_SEED;
    long before;
    int seen = 0;
    int j = i;
    int s = symbol;
    do {
      before = h;
      h = Trie.wordStep(h, s);
      seen |= s;
      j++;
    } while (j < n && (s = SurfaceFold.wordSymbol(chars[j])) != 0);
    if ((seen & SurfaceFold.FOREIGN) != 0) {
      // A letter no name has: no name starts in this word, nor inside it.
      return j;
    }
    char last = chars[j - 1];
    boolean candidate = trie.mayStartWord(h)
        || (last == 's' || last == 'S') && trie.mayStartWord(before)
        || j == i + 1 && j < n && chars[j] == '.';
    if (candidate) {
      int end = longestAt(chars, i, n, out);
      if (end > i) {
        return end;
      }
    }
    return j;
  }

  private static final ThreadLocal<char[][]> SCRATCH = ThreadLocal.withInitial(() -> new char[1][4096]);

  /** A per-thread buffer of at least {@code n} characters, so a scan allocates no copy of its text. */
  private static char[] scratch(int n) {
    char[][] holder = SCRATCH.get();
    if (holder[0].length < n) {
      holder[0] = new char[Math.max(n, holder[0].length * 2)];
    }
    return holder[0];
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
        // The case rules first: "it", "pa", "or" in running text end acronyms' paths, and fail there.
        List<Credential> candidates = a.candidatesFor(text, start, j);
        int end = candidates == null ? -1 : Boundaries.endOf(text, j, n);
        if (end >= 0) {
          bestEnd = end;
          bestNameEnd = j;
          best = a;
          bestCandidates = candidates;
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
}
