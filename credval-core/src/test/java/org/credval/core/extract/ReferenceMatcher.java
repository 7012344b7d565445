package org.credval.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.credval.core.catalog.Credential;
import org.credval.core.catalog.CredentialCatalog;
import org.credval.core.catalog.CredentialStatus;

/**
 * The matching rules of {@link CredentialMatcher} written as plainly as possible: a map-of-maps
 * trie over {@link SurfaceFold#symbol} symbols, tried at every word start and every non-word
 * character, with no tables, filters or buffers. The equivalence test expects both to find the same
 * matches, so a speed-up that changes what is found fails the build.
 */
final class ReferenceMatcher {

  private static final class Node {
    final Map<Integer, Node> kids = new HashMap<>();
    CredentialMatcher.Accept accept;
  }

  private final Node root = new Node();

  ReferenceMatcher(CredentialCatalog catalog, Map<String, Credential> extraTerms) {
    List<Credential> active = catalog.all().stream().filter(c -> c.status() == CredentialStatus.ACTIVE).toList();
    for (Credential c : active) {
      for (String name : c.names()) {
        add(name, c, false);
      }
    }
    extraTerms.forEach((surface, c) -> add(surface, c, false));
    for (Credential c : active) {
      String bare = c.name().replaceAll("\\s*\\([^)]*\\)\\s*$", "");
      if (!bare.equals(c.name()) && bare.indexOf(' ') > 0) {
        add(bare, c, true);
      }
    }
  }

  private void add(String name, Credential c, boolean onlyIfNew) {
    StringBuilder key = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    List<Integer> symbols = new ArrayList<>();
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      int s = SurfaceFold.symbol(chars, i);
      if (s == SurfaceFold.BREAK) {
        return;
      }
      boolean repeatedSeparator = s == SurfaceFold.SEP && (symbols.isEmpty() || symbols.get(symbols.size() - 1) == s);
      if (s == SurfaceFold.SKIP || repeatedSeparator) {
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
    if (!symbols.isEmpty() && symbols.get(symbols.size() - 1) == SurfaceFold.SEP) {
      symbols.remove(symbols.size() - 1);
    }
    insert(symbols, key.toString(), letters.toString(), c, onlyIfNew);
    // Without the separators between letters and digits: "OSHA10" for "OSHA 10".
    List<Integer> joined = new ArrayList<>();
    for (int i = 0; i < symbols.size(); i++) {
      boolean between = i > 0 && i + 1 < symbols.size() && symbols.get(i) == SurfaceFold.SEP
          && digit(symbols.get(i - 1)) != digit(symbols.get(i + 1));
      if (!between) {
        joined.add(symbols.get(i));
      }
    }
    if (joined.size() != symbols.size()) {
      insert(joined, key.toString(), letters.toString(), c, onlyIfNew);
    }
  }

  private static boolean digit(int symbol) {
    return symbol >= 27 && symbol <= 36;
  }

  private void insert(List<Integer> symbols, String key, String letters, Credential c, boolean onlyIfNew) {
    if (symbols.isEmpty()) {
      return;
    }
    Node node = root;
    for (int s : symbols) {
      node = node.kids.computeIfAbsent(s, k -> new Node());
    }
    String exact = letters.length() <= TrieBuilder.SHORT_LETTERS ? letters : null;
    if (node.accept == null) {
      node.accept = new CredentialMatcher.Accept(key);
    } else if (onlyIfNew || node.accept.credentials.contains(c) && node.accept.exactLetters.contains(exact)) {
      return;
    }
    node.accept.credentials.add(c);
    node.accept.exactLetters.add(exact);
    node.accept.all = node.accept.credentials.stream().distinct().toList();
  }

  List<Match> find(String text) {
    char[] chars = text.toCharArray();
    int n = chars.length;
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int first = SurfaceFold.symbol(chars, i);
      if (first > 0 && first != SurfaceFold.SEP) {
        int end = longestAt(chars, i, n, out);
        if (end > i) {
          i = end;
          continue;
        }
      }
      if (SurfaceFold.isWordChar(chars[i])) {
        while (i < n && SurfaceFold.isWordChar(chars[i])) {
          i++;
        }
      } else {
        i++;
      }
    }
    return out;
  }

  private int longestAt(char[] text, int start, int n, List<Match> out) {
    Node node = root;
    int separators = 0;
    int bestEnd = -1;
    int bestNameEnd = -1;
    CredentialMatcher.Accept best = null;
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
      if (s == SurfaceFold.SEP && ++separators > 1) {
        if (separators > 3) {
          break;
        }
        j++;
        continue;
      }
      if (s != SurfaceFold.SEP) {
        separators = 0;
      }
      node = node.kids.get(s);
      if (node == null) {
        break;
      }
      j++;
      if (node.accept != null) {
        int end = Boundaries.endOf(text, j, n);
        List<Credential> candidates = end >= 0 ? node.accept.candidatesFor(text, start, j) : null;
        if (candidates != null) {
          bestEnd = end;
          bestNameEnd = j;
          best = node.accept;
          bestCandidates = candidates;
        }
      }
    }
    if (best == null) {
      return -1;
    }
    boolean acronym = !best.exactLetters.contains(null);
    // "RN" in "RN-BC": an acronym running on into a code the catalog does not know.
    if (acronym && bestEnd + 1 < n && text[bestEnd] == '-' && Character.isUpperCase(text[bestEnd + 1])
        && (bestEnd + 2 == n || !Character.isLowerCase(text[bestEnd + 2]))) {
      return -1;
    }
    int end = Boundaries.trailingDot(text, bestEnd, n);
    out.add(new Match(start, end, best.key, bestCandidates, end - bestNameEnd > 2, acronym));
    return end;
  }
}
