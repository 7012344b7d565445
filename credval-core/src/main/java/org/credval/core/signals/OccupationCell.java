package org.credval.core.signals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.credval.core.code.CredentialCode;
import org.credval.core.extract.Requirement;

/**
 * The rows of one occupation cell (one SOC key in one area and period): everything a row says is
 * computed from the cell's own postings, so engines may hand cells to different workers.
 */
final class OccupationCell {

  private OccupationCell() {}

  static List<CredentialSignal> rows(String socKey, SignalParams params, Iterable<PostingFacts> facts) {
    int occupationPostings = 0;
    List<BigDecimal> allPay = new ArrayList<>();
    Map<CredentialCode, Tally> tallies = new TreeMap<>();
    for (PostingFacts f : facts) {
      occupationPostings++;
      BigDecimal pay = f.posting().annualPay();
      if (pay != null) {
        allPay.add(pay);
      }
      for (Map.Entry<CredentialCode, Requirement> e : f.levels().entrySet()) {
        tallies.computeIfAbsent(e.getKey(), c -> new Tally()).add(f, e.getKey(), e.getValue(), pay);
      }
    }
    allPay.sort(Comparator.naturalOrder());
    boolean occupation = SignalAggregator.isOccupation(socKey);
    List<CredentialSignal> rows = new ArrayList<>(tallies.size());
    for (Map.Entry<CredentialCode, Tally> e : tallies.entrySet()) {
      rows.add(e.getValue().row(e.getKey(), socKey, params, occupationPostings, allPay, occupation));
    }
    return rows;
  }

  /** What one credential adds up to in the cell. */
  private static final class Tally {
    final Map<Requirement, Integer> levels = new EnumMap<>(Requirement.class);
    final Set<String> employers = new HashSet<>();
    final Map<CredentialCode, Integer> cooccurring = new TreeMap<>();
    final List<BigDecimal> askingPay = new ArrayList<>();
    final List<BigDecimal> namingPay = new ArrayList<>();

    void add(PostingFacts f, CredentialCode code, Requirement level, BigDecimal pay) {
      levels.merge(level, 1, Integer::sum);
      if (pay != null) {
        namingPay.add(pay);
        if (f.asksFor(code)) {
          askingPay.add(pay);
        }
      }
      if (level == Requirement.NEGATED) {
        return;
      }
      String employer = employerKey(f.posting().employer());
      if (employer != null) {
        employers.add(employer);
      }
      for (Map.Entry<CredentialCode, Requirement> other : f.levels().entrySet()) {
        if (!other.getKey().equals(code) && other.getValue() != Requirement.NEGATED) {
          cooccurring.merge(other.getKey(), 1, Integer::sum);
        }
      }
    }

    CredentialSignal row(CredentialCode code, String socKey, SignalParams params, int occupationPostings,
        List<BigDecimal> allPay, boolean occupation) {
      askingPay.sort(Comparator.naturalOrder());
      namingPay.sort(Comparator.naturalOrder());
      List<BigDecimal> notNaming = Medians.without(allPay, namingPay);
      BigDecimal with = askingPay.size() >= params.minPayN() ? Medians.of(askingPay) : null;
      BigDecimal without = notNaming.size() >= params.minPayN() ? Medians.of(notNaming) : null;
      BigDecimal premium = occupation && with != null && without != null ? with.subtract(without) : null;
      int negated = count(Requirement.NEGATED);
      int named = levels.values().stream().mapToInt(Integer::intValue).sum();
      return new CredentialSignal(code, socKey, params.area().key(), params.period().key(),
          named - negated, occupationPostings, count(Requirement.REQUIRED), count(Requirement.PREFERRED),
          count(Requirement.ALTERNATIVE), count(Requirement.REQUIRED_LATER), count(Requirement.MENTIONED), negated,
          employers.size(), with, askingPay.size(), without, notNaming.size(), premium,
          top(params.topCooccurring()));
    }

    private int count(Requirement r) {
      return levels.getOrDefault(r, 0);
    }

    private String top(int n) {
      return cooccurring.entrySet().stream()
          .sorted(Map.Entry.<CredentialCode, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(n).map(e -> e.getKey().value() + ":" + e.getValue()).collect(Collectors.joining(";"));
    }
  }

  /**
   * Employers are told apart by name with case, surrounding and repeated spaces ignored; a posting
   * without an employer adds none.
   */
  static String employerKey(String employer) {
    if (employer == null || employer.isBlank()) {
      return null;
    }
    return employer.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
