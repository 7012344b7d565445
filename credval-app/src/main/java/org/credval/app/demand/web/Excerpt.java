package org.credval.app.demand.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The words around one credential mention in a posting, cut into parts so that a page can mark
 * the credential as written and the phrase that decided its requirement level. Parts hold plain
 * text; the page escapes them like any other text, so a posting's markup is never rendered.
 *
 * @param parts the excerpt in reading order: text, the match, the cue, and gaps where text was left out
 * @param cueKind how the level was decided: by a phrase near the mention, a heading above it, the
 *     section's name, structured data, or nothing ({@code mentioned})
 * @param cueText the phrase, heading, section or structured level, without its prefix; null for none
 * @param cueShown whether the cue is marked inside the excerpt
 */
public record Excerpt(List<Part> parts, CueKind cueKind, String cueText, boolean cueShown) {

  /** Characters of context kept on each side of the mention, before snapping to a word boundary. */
  static final int CONTEXT = 160;
  /** Characters of context kept around a cue that is too far from the mention to share its window. */
  static final int CUE_CONTEXT = 50;
  /** How far from the mention a cue phrase is looked for (the classifier reads the sentence around it). */
  static final int CUE_REACH = 600;
  private static final int SNAP = 25;

  public Excerpt {
    parts = List.copyOf(parts);
    Objects.requireNonNull(cueKind, "cueKind");
  }

  /** What a part of an excerpt is. */
  public enum Kind { TEXT, MATCH, CUE, GAP }

  /** How the requirement level was decided, read from the stored cue. */
  public enum CueKind { PHRASE, HEADING, SECTION, STRUCTURED, NONE }

  /** One run of text of an excerpt; a {@code GAP} stands for left-out text and has the text "…". */
  public record Part(String text, Kind kind) {
    public boolean match() {
      return kind == Kind.MATCH;
    }

    public boolean cue() {
      return kind == Kind.CUE;
    }

    public boolean gap() {
      return kind == Kind.GAP;
    }
  }

  /**
   * The excerpt around {@code text[start, end)}. When the offsets do not fit the text (a section
   * that changed since extraction), the matched text is looked up instead; when it cannot be
   * found either, the excerpt is the matched text alone.
   *
   * @param cue the stored cue: a phrase as written, {@code heading:…}, {@code section:…},
   *     {@code structured:…}, or null
   */
  public static Excerpt around(String text, int start, int end, String matchedText, String cue) {
    String body = text == null ? "" : text;
    CueKind kind = kindOf(cue);
    String cueText = cueTextOf(cue, kind);
    int[] m = locate(body, start, end, matchedText);
    if (m == null) {
      List<Part> only = List.of(new Part(collapse(matchedText == null ? "" : matchedText), Kind.MATCH));
      return new Excerpt(only, kind, cueText, false);
    }
    int[] c = kind == CueKind.PHRASE || kind == CueKind.HEADING ? findCue(body, m[0], m[1], cueText, kind) : null;
    List<int[]> windows = new ArrayList<>();
    int[] w = {snapLeft(body, m[0] - CONTEXT), snapRight(body, m[1] + CONTEXT)};
    windows.add(w);
    if (c != null && (c[0] < w[0] || c[1] > w[1])) {
      int[] cw = {snapLeft(body, c[0] - CUE_CONTEXT), snapRight(body, c[1] + CUE_CONTEXT)};
      if (cw[1] + CUE_CONTEXT >= w[0] && cw[0] - CUE_CONTEXT <= w[1]) {
        w[0] = Math.min(w[0], cw[0]);
        w[1] = Math.max(w[1], cw[1]);
      } else {
        windows.add(cw[0] < w[0] ? 0 : 1, cw);
      }
    }
    List<Part> parts = new ArrayList<>();
    int last = 0;
    for (int[] window : windows) {
      if (window[0] > last && !body.substring(last, window[0]).isBlank()) {
        parts.add(new Part("…", Kind.GAP));
      }
      cut(parts, body, window[0], window[1], m, c);
      last = window[1];
    }
    if (last < body.length() && !body.substring(last).isBlank()) {
      parts.add(new Part("…", Kind.GAP));
    }
    return new Excerpt(parts, kind, cueText, c != null);
  }

  /** The window {@code [from, to)} as text, match and cue parts, whitespace runs shown as one space. */
  private static void cut(List<Part> parts, String body, int from, int to, int[] m, int[] c) {
    List<int[]> marks = new ArrayList<>();
    marks.add(new int[] {m[0], m[1], Kind.MATCH.ordinal()});
    if (c != null) {
      marks.add(c[0] < m[0] ? 0 : 1, new int[] {c[0], c[1], Kind.CUE.ordinal()});
    }
    int at = from;
    for (int[] mark : marks) {
      if (mark[1] <= from || mark[0] >= to) {
        continue;
      }
      add(parts, body.substring(at, Math.max(at, mark[0])), Kind.TEXT);
      add(parts, body.substring(Math.max(at, mark[0]), mark[1]), Kind.values()[mark[2]]);
      at = mark[1];
    }
    add(parts, body.substring(at, to), Kind.TEXT);
  }

  private static void add(List<Part> parts, String raw, Kind kind) {
    String s = collapse(raw);
    if (s.isEmpty()) {
      return;
    }
    if (kind == Kind.TEXT && !parts.isEmpty() && parts.get(parts.size() - 1).kind() == Kind.TEXT) {
      Part prev = parts.remove(parts.size() - 1);
      s = prev.text() + s;
    }
    parts.add(new Part(s, kind));
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** {start, end} of the mention in the text, trusting the offsets when they hold the matched text. */
  private static int[] locate(String body, int start, int end, String matchedText) {
    if (start >= 0 && end > start && end <= body.length()
        && (matchedText == null || body.substring(start, end).equalsIgnoreCase(matchedText))) {
      return new int[] {start, end};
    }
    if (matchedText == null || matchedText.isEmpty()) {
      return null;
    }
    int i = indexOfIgnoreCase(body, matchedText, 0);
    return i < 0 ? null : new int[] {i, i + matchedText.length()};
  }

  /**
   * The cue's place in the text: for a phrase, its whole-word occurrence nearest the mention within
   * {@value #CUE_REACH} characters that does not overlap it; for a heading, its last occurrence
   * above the mention.
   */
  private static int[] findCue(String body, int ms, int me, String cue, CueKind kind) {
    if (cue == null || cue.isBlank()) {
      return null;
    }
    if (kind == CueKind.HEADING) {
      int i = lastIndexOfIgnoreCase(body, cue, ms - cue.length());
      return i < 0 || i + cue.length() > ms ? null : new int[] {i, i + cue.length()};
    }
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    int from = Math.max(0, ms - CUE_REACH - cue.length());
    for (int i = indexOfIgnoreCase(body, cue, from); i >= 0 && i <= me + CUE_REACH;
        i = indexOfIgnoreCase(body, cue, i + 1)) {
      int e = i + cue.length();
      if ((e > ms && i < me) || !wholeWords(body, i, e)) {
        continue;
      }
      int distance = e <= ms ? ms - e : i - me;
      if (distance < bestDistance) {
        best = new int[] {i, e};
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Whether {@code s[i, e)} neither starts nor ends inside a word ("or" is not the one in "York"). */
  private static boolean wholeWords(String s, int i, int e) {
    boolean startOk = i == 0 || !Character.isLetterOrDigit(s.charAt(i)) || !Character.isLetterOrDigit(s.charAt(i - 1));
    boolean endOk = e == s.length() || !Character.isLetterOrDigit(s.charAt(e - 1)) || !Character.isLetterOrDigit(s.charAt(e));
    return startOk && endOk;
  }

  private static CueKind kindOf(String cue) {
    if (cue == null || cue.isBlank()) {
      return CueKind.NONE;
    }
    if (cue.startsWith("heading:")) {
      return CueKind.HEADING;
    }
    if (cue.startsWith("section:")) {
      return CueKind.SECTION;
    }
    if (cue.startsWith("structured:")) {
      return CueKind.STRUCTURED;
    }
    return CueKind.PHRASE;
  }

  private static String cueTextOf(String cue, CueKind kind) {
    return switch (kind) {
      case NONE -> null;
      case PHRASE -> cue;
      default -> cue.substring(cue.indexOf(':') + 1).strip();
    };
  }

  /** Moves a window start back to the start of a word, by at most a few characters. */
  private static int snapLeft(String s, int i) {
    if (i <= 0) {
      return 0;
    }
    for (int k = i; k > Math.max(0, i - SNAP); k--) {
      if (Character.isWhitespace(s.charAt(k - 1))) {
        return k;
      }
    }
    return i;
  }

  /** Moves a window end forward to the end of a word, by at most a few characters. */
  private static int snapRight(String s, int i) {
    if (i >= s.length()) {
      return s.length();
    }
    for (int k = i; k < Math.min(s.length(), i + SNAP); k++) {
      if (Character.isWhitespace(s.charAt(k))) {
        return k;
      }
    }
    return i;
  }

  private static int indexOfIgnoreCase(String s, String what, int from) {
    for (int i = Math.max(0, from); i + what.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOfIgnoreCase(String s, String what, int from) {
    for (int i = Math.min(from, s.length() - what.length()); i >= 0; i--) {
      if (s.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }
}
