package org.credval.core.occupations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.credval.core.code.SocCode;

/**
 * Codes a job title to a SOC occupation through published title lists, with a confidence, and says
 * "unknown" rather than guess when the confidence is below the threshold.
 *
 * <p>The rule. Every published title is normalized ({@link TitleNormalizer}) into a dictionary of
 * word sequences, each with the occupations that list it (SOC direct-match and O*NET occupation
 * titles weigh 3, O*NET alternate titles 1, since alternate titles are sometimes shared). A posting
 * title is cut into segments, and every run of consecutive words of a segment is looked up. The
 * best run is the longest; ties go to the run that ends the
 * segment (in English the last word names the job: "nurse manager", not "registered nurse", for
 * "registered nurse manager"), then to the earlier segment. Its confidence is
 * {@code agreement × coverage}: agreement is the share of the run's listing weight held by its
 * leading occupation, coverage is {@code 0.6 + 0.4 × run words / segment words}. Below the threshold the answer is unknown. Pure and thread-safe.
 */
public final class TitleCoder {

  /** The default threshold; below it a title is coded unknown. Chosen with {@code credval bench occupations}. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private final Map<String, Map<SocCode, Double>> dictionary = new HashMap<>();
  private final int longest;
  private final double threshold;

  /**
   * The result for one title.
   *
   * @param soc the occupation, or null when unknown
   * @param confidence in [0, 1]; for unknown, the best confidence that was reached (0 when nothing matched)
   * @param basis what decided, for people: the matched words and the list they come from, or why unknown
   */
  public record Coded(SocCode soc, double confidence, String basis) {
    public boolean known() {
      return soc != null;
    }
  }

  public TitleCoder(List<OccupationTitle> titles, double threshold) {
    if (threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
    this.threshold = threshold;
    int max = 0;
    for (OccupationTitle t : titles) {
      String key = TitleNormalizer.normalize(t.title());
      if (key.isEmpty()) {
        continue;
      }
      dictionary.computeIfAbsent(key, k -> new TreeMap<>()).merge(t.soc(), t.weight(), Double::sum);
      max = Math.max(max, key.split(" ").length);
    }
    this.longest = max;
  }

  /** The number of distinct normalized titles known. */
  public int size() {
    return dictionary.size();
  }

  public double threshold() {
    return threshold;
  }

  /** Codes {@code title}; never null. */
  public Coded code(String title) {
    List<List<String>> segments = TitleNormalizer.segments(title);
    if (dictionary.isEmpty()) {
      return new Coded(null, 0, "no occupation titles loaded (load O*NET alternate titles and SOC direct-match titles)");
    }
    if (segments.isEmpty()) {
      return new Coded(null, 0, "the title has no words that name an occupation");
    }
    Hit best = null;
    for (int s = 0; s < segments.size(); s++) {
      List<String> words = segments.get(s);
      for (int len = Math.min(words.size(), longest); len >= 1; len--) {
        for (int from = 0; from + len <= words.size(); from++) {
          String key = String.join(" ", words.subList(from, from + len));
          Map<SocCode, Double> socs = dictionary.get(key);
          if (socs != null) {
            Hit h = new Hit(key, socs, s, len, words.size(), from + len == words.size());
            if (best == null || h.better(best)) {
              best = h;
            }
          }
        }
      }
    }
    if (best == null) {
      return new Coded(null, 0, "no published title matches any words of the title");
    }
    SocCode soc = best.leading();
    double confidence = Math.round(best.confidence() * 1000) / 1000.0;
    String basis = String.format(Locale.ROOT, "'%s' (%d of %d words) is listed for %s%s", best.key, best.len,
        best.segmentWords, soc.value(), best.socs.size() > 1 ? " and " + (best.socs.size() - 1) + " other occupations" : "");
    if (confidence < threshold) {
      return new Coded(null, confidence, "below the confidence threshold " + threshold + ": " + basis);
    }
    return new Coded(soc, confidence, basis);
  }

  private record Hit(String key, Map<SocCode, Double> socs, int segment, int len, int segmentWords, boolean endsSegment) {

    double coverage() {
      return 0.6 + 0.4 * len / segmentWords;
    }

    double agreement() {
      double total = 0;
      double top = 0;
      for (double w : socs.values()) {
        total += w;
        top = Math.max(top, w);
      }
      return top / total;
    }

    double confidence() {
      return agreement() * coverage();
    }

    SocCode leading() {
      SocCode lead = null;
      double top = -1;
      for (Map.Entry<SocCode, Double> e : socs.entrySet()) {
        if (e.getValue() > top) {
          lead = e.getKey();
          top = e.getValue();
        }
      }
      return lead;
    }

    boolean better(Hit o) {
      if (len != o.len) {
        return len > o.len;
      }
      if (endsSegment != o.endsSegment) {
        return endsSegment;
      }
      if (segment != o.segment) {
        return segment < o.segment;
      }
      return confidence() > o.confidence();
    }
  }
}
