package org.credval.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.json.JsonWriter;

/**
 * Scores every credential of an {@link EvidenceSet} under a {@link Rubric}. Pure and
 * deterministic: the same rubric and evidence give the same {@link ScoringRun}, byte for byte in
 * its JSON and CSV forms.
 *
 * <p>Per credential: each rule gives {@code weight × points} (see {@link CriterionRule}); rules
 * without evidence follow their {@link NoEvidence} policy; the total is rounded half up to two
 * decimals; gates must be met to be listed; the total then picks a tier (the highest tier whose
 * {@code from} it reaches and whose {@code requires} are all met) or a number of points (rounded
 * half up, capped at the rubric's maximum, not listed below its minimum).
 */
public final class Scorer {

  /** Changes whenever the scoring method changes, so old digests no longer match. */
  public static final String METHOD_VERSION = "1";

  private final Rubric rubric;

  public Scorer(Rubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /**
   * Problems that prevent scoring this evidence: rules on data sets the evidence did not load
   * ({@link RubricErrorCode#DATA_NOT_LOADED}), each with the rule's line and column.
   */
  public List<RubricProblem> check(EvidenceSet evidence) {
    List<RubricProblem> problems = new ArrayList<>();
    for (CriterionRule r : rubric.criteria()) {
      for (DataSet d : r.criterion().needs()) {
        if (!evidence.loaded().contains(d) && !evidence.acceptedMissing().contains(d)) {
          int line = r.position() == null ? 0 : r.position().line();
          int column = r.position() == null ? 0 : r.position().column();
          problems.add(new RubricProblem(RubricErrorCode.DATA_NOT_LOADED, "/criteria/" + rubric.criteria().indexOf(r),
              line, column, "criterion \"" + r.id() + "\" (" + r.criterion().key() + ") needs data set \"" + d.key()
                  + "\", which is not loaded for " + evidence.state() + " " + evidence.period()
                  + "; load it, remove the criterion, or accept it as missing for this run"));
        }
      }
    }
    return problems;
  }

  /**
   * Scores the evidence.
   *
   * @throws InvalidRubricException when {@link #check} finds problems; nothing is scored then
   */
  public ScoringRun score(EvidenceSet evidence) {
    List<RubricProblem> problems = check(evidence);
    if (!problems.isEmpty()) {
      throw new InvalidRubricException("rubric " + rubric.id() + " " + rubric.version(), problems);
    }
    List<CredentialScore> scores = new ArrayList<>();
    for (CredentialEvidence c : evidence.credentials()) {
      scores.add(new CredentialScoring(rubric, c, evidence.acceptedMissing()).score());
    }
    scores = flagCompetition(scores, evidence);
    String rubricDigest = rubric.digest();
    String inputDigest = Digests.sha256(JsonWriter.compact(evidence.canonical()));
    String runDigest = Digests.sha256(METHOD_VERSION + "\n" + rubricDigest + "\n" + inputDigest);
    return new ScoringRun(rubric.id(), rubric.version(), rubric.outcome(), evidence.state(), evidence.period(),
        METHOD_VERSION, rubricDigest, inputDigest, runDigest, scores);
  }

  /** Listed credentials that lead to the same occupation compete for the same students and funds. */
  private static List<CredentialScore> flagCompetition(List<CredentialScore> scores, EvidenceSet evidence) {
    Map<SocCode, TreeSet<CredentialCode>> bySoc = new TreeMap<>();
    Map<CredentialCode, List<SocCode>> occupations = new TreeMap<>();
    for (CredentialEvidence c : evidence.credentials()) {
      occupations.put(c.code(), c.occupations());
    }
    for (CredentialScore s : scores) {
      if (s.listed()) {
        for (SocCode soc : occupations.get(s.code())) {
          bySoc.computeIfAbsent(soc, k -> new TreeSet<>()).add(s.code());
        }
      }
    }
    List<CredentialScore> out = new ArrayList<>();
    for (CredentialScore s : scores) {
      TreeSet<CredentialCode> others = new TreeSet<>();
      List<SocCode> shared = new ArrayList<>();
      if (s.listed()) {
        for (SocCode soc : occupations.get(s.code())) {
          TreeSet<CredentialCode> on = bySoc.get(soc);
          if (on.size() > 1) {
            shared.add(soc);
            on.stream().filter(o -> !o.equals(s.code())).forEach(others::add);
          }
        }
      }
      out.add(others.isEmpty() ? s : s.withCompetition(List.copyOf(others), shared));
    }
    return out;
  }

  static BigDecimal scaleUp(BigDecimal raw, BigDecimal maxAll, BigDecimal maxWithEvidence) {
    return raw.multiply(maxAll).divide(maxWithEvidence, 6, RoundingMode.HALF_UP);
  }
}
