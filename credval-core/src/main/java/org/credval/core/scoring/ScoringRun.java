package org.credval.core.scoring;

import java.util.List;
import java.util.Optional;
import org.credval.core.code.CredentialCode;

/**
 * The result of scoring an {@link EvidenceSet} under a {@link Rubric}: one {@link CredentialScore}
 * per credential in code order, and the digests that make the run reproducible. Two runs with
 * the same {@code runDigest} have byte-identical JSON and CSV output.
 *
 * @param rubricDigest SHA-256 of the rubric's canonical JSON
 * @param inputDigest SHA-256 of the evidence's canonical JSON
 * @param runDigest SHA-256 of the method version and both digests
 */
public record ScoringRun(String rubricId, String rubricVersion, Rubric.Outcome outcome, String state, String period,
    String methodVersion, String rubricDigest, String inputDigest, String runDigest, List<CredentialScore> scores) {

  public ScoringRun {
    scores = List.copyOf(scores);
  }

  public Optional<CredentialScore> score(CredentialCode code) {
    return scores.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** JSON with every explanation, two-space indented, ending in a newline. */
  public String toJson() {
    return RunWriters.json(this);
  }

  /** CSV (RFC 4180, {@code \n} line ends), one row per credential. */
  public String toCsv() {
    return RunWriters.csv(this);
  }
}
