package org.credval.core.signals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.credval.core.code.SocCode;
import org.credval.core.code.SocLevel;

/**
 * Employer signals per credential × occupation × area × period, computed the same way by every
 * engine. The rules, in the order they apply:
 *
 * <ol>
 *   <li>A posting is in scope when its date is in the period and its state in the area.
 *   <li>A posting that repeats another ({@code duplicateOf} set) is never counted itself: the posting
 *       it repeats stands for both, so a re-posted or cross-posted job counts once.
 *   <li>A posting counts once per credential, at the strongest level it names it (required,
 *       required_later, alternative, preferred, mentioned, negated); negated postings are reported
 *       but are not demand.
 *   <li>Each counted posting belongs to its own SOC code's cell (when not a major group itself), to
 *       its major group's, and to {@code all}; a posting without an occupation belongs to
 *       {@code unknown} and {@code all}.
 *   <li>Each cell's rows are computed from that cell's postings only ({@link OccupationCell}).
 * </ol>
 *
 * Local engines call {@link #aggregate}; distributed engines call {@link #inScope},
 * {@link PostingFacts#of}, {@link #occupationKeys}, {@link #cellRows} and {@link #digest} on their
 * partitions and sort the rows by {@link #ORDER}.
 */
public final class SignalAggregator implements java.io.Serializable {

  public static final String ALL = "all";
  public static final String UNKNOWN = "unknown";

  /**
   * Output order: credential, then SOC key as text (a major group before its occupations, codes
   * before {@code all} before {@code unknown}), area, period.
   */
  public static final Comparator<CredentialSignal> ORDER = Comparator
      .comparing(CredentialSignal::credentialCode)
      .thenComparing(CredentialSignal::socCode)
      .thenComparing(CredentialSignal::area)
      .thenComparing(CredentialSignal::period);

  private final SignalParams params;

  public SignalAggregator(SignalParams params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  public SignalParams params() {
    return params;
  }

  /** Every row of a run over these postings and their mentions, in {@link #ORDER}, with the input digest. */
  public SignalResult aggregate(Collection<SignalPosting> postings, Collection<SignalMention> mentions) {
    Map<String, SignalPosting> inScope = new TreeMap<>();
    for (SignalPosting p : postings) {
      if (inScope(p) && inScope.put(p.id(), p) != null) {
        throw new IllegalArgumentException("posting id '" + p.id() + "' appears twice");
      }
    }
    Map<String, List<SignalMention>> byPosting = new HashMap<>();
    for (SignalMention m : mentions) {
      if (inScope.containsKey(m.postingId())) {
        byPosting.computeIfAbsent(m.postingId(), k -> new ArrayList<>()).add(m);
      }
    }
    List<String> lines = new ArrayList<>(inScope.size());
    Map<String, List<PostingFacts>> cells = new TreeMap<>();
    int duplicates = 0;
    for (SignalPosting p : inScope.values()) {
      List<SignalMention> its = byPosting.getOrDefault(p.id(), List.of());
      lines.add(digestLine(p, its));
      if (p.duplicateOf() != null) {
        duplicates++;
        continue;
      }
      PostingFacts facts = PostingFacts.of(p, its);
      for (String key : occupationKeys(p)) {
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(facts);
      }
    }
    List<CredentialSignal> rows = new ArrayList<>();
    cells.forEach((key, facts) -> rows.addAll(cellRows(key, facts)));
    rows.sort(ORDER);
    lines.sort(Comparator.naturalOrder());
    return new SignalResult(rows, digest(lines.iterator()), inScope.size() - duplicates, duplicates);
  }

  /** Whether the posting is dated in the run's period and located in its area. */
  public boolean inScope(SignalPosting p) {
    return params.period().contains(p.postedOn()) && params.area().contains(p.state());
  }

  /** The occupation cells a counted posting belongs to. */
  public static List<String> occupationKeys(SignalPosting p) {
    SocCode soc = p.socCode();
    if (soc == null) {
      return List.of(UNKNOWN, ALL);
    }
    if (soc.level() == SocLevel.MAJOR) {
      return List.of(soc.value(), ALL);
    }
    return List.of(soc.value(), soc.majorGroup().value(), ALL);
  }

  /** Whether a SOC key names an occupation or group (a pay premium is published only within one). */
  public static boolean isOccupation(String socKey) {
    return !ALL.equals(socKey) && !UNKNOWN.equals(socKey);
  }

  /** The rows of one cell from all of its counted postings' facts (credential order). */
  public List<CredentialSignal> cellRows(String socKey, Iterable<PostingFacts> facts) {
    return OccupationCell.rows(socKey, params, facts);
  }

  /**
   * One in-scope posting (counted or duplicate) as a line of the input digest: its fields, then
   * its mentions as {@code code=level} in sorted order, tab-separated, null as {@code \N}.
   */
  public static String digestLine(SignalPosting p, Collection<SignalMention> mentions) {
    List<String> ms = new ArrayList<>(mentions.size());
    for (SignalMention m : mentions) {
      ms.add(m.code().value() + "=" + m.requirement().key());
    }
    ms.sort(Comparator.naturalOrder());
    return String.join("\t", field(p.id()), field(p.employer()), field(p.state()),
        field(p.postedOn() == null ? null : p.postedOn().toString()), field(p.socCode() == null ? null : p.socCode().value()),
        field(p.annualPay() == null ? null : p.annualPay().toPlainString()), field(p.duplicateOf()), String.join(",", ms));
  }

  /** SHA-256 (hex) of the digest lines, given in ascending order, each followed by a line feed. */
  public static String digest(Iterator<String> sortedLines) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    String previous = null;
    while (sortedLines.hasNext()) {
      String line = sortedLines.next();
      if (previous != null && previous.compareTo(line) > 0) {
        throw new IllegalArgumentException("digest lines are not sorted");
      }
      sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      previous = line;
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String field(String s) {
    if (s == null) {
      return "\\N";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
