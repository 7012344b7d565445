package org.credval.app.labormarket.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Orders occupation search hits the way a person expects: the exact title first, then titles that
 * hold the query as a whole word ("nurse" in "Registered Nurses"), then titles where it is only part
 * of a word ("nurse" in "Nursery Workers"). A match on the occupation's own title beats one on
 * another name; detailed occupations come before the groups above them, and a group that bears the
 * same title as a detailed occupation already listed is left out.
 */
final class SearchRanking {

  /** Where a hit was found; the ordinal is the tie-breaking penalty. */
  enum Source { OWN_TITLE, DIRECT_MATCH_TITLE, ALTERNATE_TITLE }

  private final String query;
  private final Pattern word;
  private final Pattern wordStart;
  private final Map<String, Scored> best = new HashMap<>();

  private record Scored(OccupationHit hit, int score) {}

  SearchRanking(String query) {
    this.query = query.toLowerCase(Locale.ROOT);
    String q = Pattern.quote(this.query);
    this.word = Pattern.compile("\\b" + q + "(s|es)?\\b");
    this.wordStart = Pattern.compile("\\b" + q);
  }

  void add(OccupationHit hit, Source source) {
    String matched = source == Source.OWN_TITLE ? hit.title() : hit.matchedTitle();
    int score = textScore(matched) * 10 + source.ordinal();
    best.merge(hit.soc(), new Scored(source == Source.OWN_TITLE ? withoutMatch(hit) : hit, score),
        (a, b) -> b.score() < a.score() ? b : a);
  }

  List<OccupationHit> top(int limit) {
    List<OccupationHit> sorted = best.values().stream()
        .sorted(Comparator.comparingInt(Scored::score)
            .thenComparingInt(s -> "detailed".equals(s.hit().level()) ? 0 : 1)
            .thenComparingInt(s -> s.hit().title().length())
            .thenComparing(s -> s.hit().title()))
        .map(Scored::hit).toList();
    Set<String> detailedTitles = new HashSet<>();
    sorted.stream().filter(h -> "detailed".equals(h.level()))
        .forEach(h -> detailedTitles.add(h.title().toLowerCase(Locale.ROOT)));
    List<OccupationHit> out = new ArrayList<>();
    for (OccupationHit h : sorted) {
      boolean shadowedGroup = h.level() != null && !"detailed".equals(h.level())
          && detailedTitles.contains(h.title().toLowerCase(Locale.ROOT));
      if (!shadowedGroup && out.size() < limit) {
        out.add(h);
      }
    }
    return out;
  }

  /** 0 exact, 1 whole word at the start, 2 whole word, 3 start of the title, 4 start of a word, 5 inside a word. */
  int textScore(String title) {
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    if (t.equals(query)) {
      return 0;
    }
    boolean whole = word.matcher(t).find();
    if (whole) {
      return t.startsWith(query) ? 1 : 2;
    }
    if (t.startsWith(query)) {
      return 3;
    }
    return wordStart.matcher(t).find() ? 4 : 5;
  }

  private static OccupationHit withoutMatch(OccupationHit h) {
    return h.matchedTitle() == null ? h : new OccupationHit(h.soc(), h.title(), h.level(), null);
  }
}
