package org.credval.core.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first characters a cue pattern's matches can begin with, read off the pattern's source: up to
 * {@link #LENGTH} characters, lower-cased, shorter where a character class or repetition makes the
 * rest open. Covers the regular-expression forms cue rules are written in (literals, groups,
 * alternation, {@code ? * + {m,n}}, classes, {@code \w \d \s \b}, look-ahead); for anything else
 * it answers null and the pattern is run as it is.
 */
final class CuePrefixes {

  static final int LENGTH = 3;
  /** Past this many prefixes the tables would say "maybe" almost everywhere: run the pattern instead. */
  private static final int MAX_PREFIXES = 4096;

  /** Thrown where the source holds a form not covered. */
  private static final class NotCovered extends RuntimeException {
    NotCovered() {
      super(null, null, false, false);
    }
  }

  /** Prefixes of the strings a sub-expression matches: complete ones may be followed by more. */
  private record Prefixes(Set<String> complete, Set<String> open) {
    static Prefixes empty() {
      return new Prefixes(new HashSet<>(Set.of("")), new HashSet<>());
    }

    static Prefixes anything() {
      return new Prefixes(new HashSet<>(), new HashSet<>(Set.of("")));
    }

    Prefixes then(Prefixes next) {
      Prefixes out = new Prefixes(new HashSet<>(), new HashSet<>(open));
      for (String a : complete) {
        for (String b : next.complete) {
          out.add(a + b, true);
        }
        for (String b : next.open) {
          out.add(a + b, false);
        }
      }
      return out.checked();
    }

    Prefixes or(Prefixes other) {
      Prefixes out = new Prefixes(new HashSet<>(complete), new HashSet<>(open));
      other.complete.forEach(s -> out.add(s, true));
      other.open.forEach(s -> out.add(s, false));
      return out.checked();
    }

    /** The same strings, each possibly followed by anything. */
    Prefixes opened() {
      Prefixes out = new Prefixes(new HashSet<>(), new HashSet<>(open));
      complete.forEach(s -> out.add(s, false));
      return out;
    }

    void add(String s, boolean isComplete) {
      if (s.length() >= LENGTH) {
        open.add(s.substring(0, LENGTH));
      } else if (isComplete) {
        complete.add(s);
      } else {
        open.add(s);
      }
    }

    Prefixes checked() {
      if (complete.size() + open.size() > MAX_PREFIXES) {
        throw new NotCovered();
      }
      return this;
    }
  }

  private final String src;
  private int pos;

  private CuePrefixes(String src) {
    this.src = src;
  }

  /**
   * The prefixes every match of {@code p} starts with, each one to {@link #LENGTH} characters and
   * starting with an ASCII letter, digit or underscore; null when the pattern does not start with
   * {@code \b}, may match at other places, or uses a form not covered.
   */
  static Set<String> of(Pattern p) {
    if ((p.flags() & ~Pattern.CASE_INSENSITIVE) != 0 || !p.pattern().startsWith("\\b")) {
      return null;
    }
    try {
      CuePrefixes parser = new CuePrefixes(p.pattern());
      parser.pos = 2;
      Prefixes all = parser.alternation();
      if (parser.pos != parser.src.length()) {
        return null;
      }
      Set<String> out = new HashSet<>(all.complete());
      out.addAll(all.open());
      for (String s : out) {
        if (s.isEmpty() || !startsWord(s.charAt(0))) {
          return null;
        }
      }
      return out;
    } catch (NotCovered | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** Lower-cases as a case-insensitive java.util.regex match does: ASCII letters only. */
  static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  private static boolean startsWord(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
  }

  private Prefixes alternation() {
    Prefixes out = sequence();
    while (pos < src.length() && src.charAt(pos) == '|') {
      pos++;
      out = out.or(sequence());
    }
    return out;
  }

  private Prefixes sequence() {
    Prefixes out = Prefixes.empty();
    while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
      out = out.then(quantified(atom()));
    }
    return out;
  }

  private Prefixes quantified(Prefixes atom) {
    if (pos >= src.length()) {
      return atom;
    }
    char c = src.charAt(pos);
    Prefixes out;
    if (c == '?') {
      pos++;
      out = atom.or(Prefixes.empty());
    } else if (c == '*') {
      pos++;
      out = atom.opened().or(Prefixes.empty());
    } else if (c == '+') {
      pos++;
      out = atom.opened();
    } else if (c == '{') {
      int close = src.indexOf('}', pos);
      String[] bounds = src.substring(pos + 1, close).split(",", -1);
      pos = close + 1;
      int min = Integer.parseInt(bounds[0].strip());
      out = min == 0 ? atom.opened().or(Prefixes.empty()) : atom.opened();
    } else {
      return atom;
    }
    if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
      pos++; // lazy or possessive: the same strings
    }
    return out;
  }

  private Prefixes atom() {
    char c = src.charAt(pos++);
    switch (c) {
      case '(' -> {
        if (src.startsWith("?:", pos)) {
          pos += 2;
        } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
          pos += 2;
          alternation();
          expect(')');
          return Prefixes.empty(); // a look-ahead reads no characters of the match
        } else if (src.startsWith("?<", pos) && !src.startsWith("?<=", pos) && !src.startsWith("?<!", pos)) {
          pos = src.indexOf('>', pos) + 1;
        } else if (flagGroup()) {
          pos = src.indexOf(':', pos) + 1; // (?-i:...): prefixes are read without case anyway
        } else if (src.charAt(pos) == '?') {
          throw new NotCovered(); // look-behind, flags for the rest of the pattern, atomic groups
        }
        Prefixes inner = alternation();
        expect(')');
        return inner;
      }
      case '[' -> {
        return charClass();
      }
      case '\\' -> {
        return escape();
      }
      case '.' -> {
        return Prefixes.anything();
      }
      case '^', '$', ')', '|', '*', '+', '?', '{' -> throw new NotCovered();
      default -> {
        return literal(c);
      }
    }
  }

  private Prefixes escape() {
    char c = src.charAt(pos++);
    if (c == 'b' || c == 'B') {
      return Prefixes.empty();
    }
    if ("wWdDsSpPhHvV".indexOf(c) >= 0) {
      if (c == 'p' || c == 'P') {
        pos = src.charAt(pos) == '{' ? src.indexOf('}', pos) + 1 : pos + 1;
      }
      return Prefixes.anything();
    }
    if (c == 'u') {
      char u = (char) Integer.parseInt(src.substring(pos, pos + 4), 16);
      pos += 4;
      return literal(u);
    }
    int control = "ntrf".indexOf(c);
    if (control >= 0) {
      return literal("\n\t\r\f".charAt(control));
    }
    if (Character.isLetterOrDigit(c)) {
      throw new NotCovered(); // back-references, \Q, \G, \A, \z and the like
    }
    return literal(c);
  }

  /** A bracketed class: its characters when it lists them one by one, else any character. */
  private Prefixes charClass() {
    boolean listed = src.charAt(pos) != '^';
    Prefixes out = new Prefixes(new HashSet<>(), new HashSet<>());
    boolean first = true;
    while (first || src.charAt(pos) != ']') {
      first = false;
      char c = src.charAt(pos++);
      if (c == '[' || c == '&') {
        throw new NotCovered(); // nested classes and intersections
      }
      if (c == '\\') {
        char e = src.charAt(pos++);
        if (Character.isLetterOrDigit(e)) {
          listed = false;
          if (e == 'p' || e == 'P') {
            pos = src.charAt(pos) == '{' ? src.indexOf('}', pos) + 1 : pos + 1;
          } else if (e == 'u') {
            pos += 4;
          }
          continue;
        }
        c = e;
      } else if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
        listed = false; // a range
        pos += 2;
        continue;
      }
      out.add(String.valueOf(fold(c)), true);
    }
    pos++;
    return listed ? out.checked() : Prefixes.anything();
  }

  private static Prefixes literal(char c) {
    Prefixes out = new Prefixes(new HashSet<>(), new HashSet<>());
    out.add(String.valueOf(fold(c)), true);
    return out;
  }

  /** Whether a group opening at {@code pos} is {@code (?flags:...)}. */
  private boolean flagGroup() {
    int i = pos;
    if (src.charAt(i) != '?') {
      return false;
    }
    i++;
    while (i < src.length() && (Character.isLetter(src.charAt(i)) || src.charAt(i) == '-')) {
      i++;
    }
    return i > pos + 1 && i < src.length() && src.charAt(i) == ':';
  }

  private void expect(char c) {
    if (pos >= src.length() || src.charAt(pos) != c) {
      throw new NotCovered();
    }
    pos++;
  }
}
