package org.credval.core.occupations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a job title to the words that name the occupation. Job boards decorate titles with
 * seniority, schedule, pay, bonuses, places and requisition numbers ("ICU Registered Nurse in
 * Livingston, NJ", "LPN (Pediatric) - $500 SIGN ON BONUS"); published title lists do not. The same
 * rules are applied to both sides, so they meet on the same words.
 *
 * <p>A title is cut into segments at dashes, bars, commas, semicolons, slashes and parentheses
 * (the first segment usually names the job); "in"/"at" followed by a place and anything after a pay
 * figure end a segment. Within a segment: lower case, accents removed, words of letters and digits
 * (keeping {@code +} and {@code #}), with seniority, schedule and hiring words dropped.
 */
public final class TitleNormalizer {

  private static final Pattern SPLIT = Pattern.compile("\\sor\\s|\\s[-–—]\\s|[|,;/()\\[\\]{}:]|\\s[-–—]|[-–—]\\s");
  private static final Pattern WORD = Pattern.compile("[a-z0-9+#]+(?:'[a-z]+)?");
  private static final Pattern PLACE = Pattern.compile("\\s(?:in|at|near)\\s.*$");
  private static final Pattern PAY = Pattern.compile("\\$.*$|\\b\\d[\\d,.]*\\s*(?:k|/hr|/hour|per\\s).*$");
  private static final Set<String> DROP = Set.of(
      "senior", "sr", "junior", "jr", "i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "level",
      "full", "part", "time", "fulltime", "parttime", "ft", "pt", "prn", "per", "diem", "perdiem", "night", "nights",
      "day", "days", "evening", "evenings", "weekend", "weekends", "shift", "shifts", "overnight", "flex", "float",
      "temporary", "temp", "contract", "contractor", "seasonal", "remote", "hybrid", "onsite", "on-site",
      "new", "grad", "graduate", "entry", "experienced", "hiring", "immediate", "immediately", "urgent", "urgently",
      "now", "needed", "opening", "openings", "position", "positions", "job", "jobs", "opportunity", "sign", "bonus",
      "relocation", "available", "wanted", "the", "a", "an", "of", "and", "&", "for", "to", "with", "or");

  private TitleNormalizer() {}

  /** The title's segments, each as its kept words, in the title's order; empty segments dropped. */
  public static List<List<String>> segments(String title) {
    List<List<String>> out = new ArrayList<>();
    if (title == null) {
      return out;
    }
    String t = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("[\\u200B-\\u200D\\uFEFF]", "").toLowerCase(Locale.ROOT);
    for (String seg : SPLIT.split(t)) {
      String s = PAY.matcher(" " + seg).replaceAll("");
      s = PLACE.matcher(s).replaceAll("");
      List<String> words = words(s);
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }

  /** The title as one string of kept words, e.g. {@code "registered nurse"}; for dictionary keys. */
  public static String normalize(String title) {
    List<String> all = new ArrayList<>();
    segments(title).forEach(all::addAll);
    return String.join(" ", all);
  }

  // Published lists name occupations in the plural ("Registered Nurses") and titles in the singular.
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    var m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (!DROP.contains(w)) {
        out.add(singular(w));
      }
    }
    return out;
  }
}
