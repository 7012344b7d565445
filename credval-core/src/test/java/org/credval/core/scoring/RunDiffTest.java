package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.scoring.Criterion.*;
import static org.credval.core.scoring.Evidence.credential;

import org.junit.jupiter.api.Test;

class RunDiffTest {

  private static EvidenceSet evidence() {
    return Evidence.all(
        credential("AAAAA001", "Stays").number(POSTINGS_DEMAND, "900"),
        credential("BBBBB001", "Climbs").number(POSTINGS_DEMAND, "450"),
        credential("CCCCC001", "Leaves").number(POSTINGS_DEMAND, "120"),
        credential("DDDDD001", "Enters").number(POSTINGS_DEMAND, "80"),
        credential("EEEEE001", "Never").number(POSTINGS_DEMAND, "5"));
  }

  private static Rubric withThresholds(int low, int high) {
    return RubricParser.parse("""
        {"format": 1, "id": "whatif", "version": "1", "outcome": "tiers",
         "criteria": [{"id": "demand", "criterion": "postings_demand", "bands": [
           {"from": %d, "to": %d, "points": 1}, {"from": %d, "points": 2}]}],
         "tiers": [{"name": "High", "from": 2}, {"name": "Low", "from": 1, "to": 2}]}"""
        .formatted(low, high, high), "whatif.json");
  }

  @Test
  void aThresholdChangeReportsCredentialsThatEnterOrChangeTier() {
    ScoringRun saved = new Scorer(withThresholds(100, 500)).score(evidence());
    ScoringRun whatIf = new Scorer(withThresholds(60, 400)).score(evidence());
    RunDiff diff = RunDiff.between(saved, whatIf);
    assertThat(diff.changes()).extracting(c -> c.code().value() + " " + c.kind() + " " + c.beforePlacement() + " -> "
        + c.afterPlacement()).containsExactly(
            "BBBBB001 CHANGED Low -> High",
            "DDDDD001 ENTERED not listed -> Low");
    assertThat(diff.toCsv()).isEqualTo("""
        credential_code,credential_name,change,before,after,before_total,after_total
        BBBBB001,Climbs,changed,Low,High,1.00,2.00
        DDDDD001,Enters,entered,not listed,Low,0.00,1.00
        """);
    assertThat(diff.toJson()).contains("\"entered\": 1").contains("\"left\": 0").contains("\"changed\": 1");
  }

  @Test
  void aStricterThresholdReportsCredentialsThatLeave() {
    ScoringRun saved = new Scorer(withThresholds(100, 500)).score(evidence());
    RunDiff diff = RunDiff.between(saved, new Scorer(withThresholds(150, 500)).score(evidence()));
    assertThat(diff.changes()).extracting(c -> c.code().value() + " " + c.kind() + " " + c.afterPlacement())
        .containsExactly("CCCCC001 LEFT not listed");
  }

  @Test
  void aRunComparedWithItselfHasNoChanges() {
    ScoringRun run = new Scorer(withThresholds(100, 500)).score(evidence());
    assertThat(RunDiff.between(run, run).changes()).isEmpty();
  }

  @Test
  void credentialsMissingFromOneRunCountAsEnteringOrLeaving() {
    ScoringRun small = new Scorer(withThresholds(100, 500)).score(Evidence.all(
        credential("AAAAA001", "Stays").number(POSTINGS_DEMAND, "900")));
    ScoringRun full = new Scorer(withThresholds(100, 500)).score(evidence());
    RunDiff diff = RunDiff.between(small, full);
    assertThat(diff.of(RunDiff.Kind.ENTERED)).extracting(c -> c.code().value() + " " + c.beforePlacement())
        .containsExactly("BBBBB001 absent", "CCCCC001 absent");
    assertThat(RunDiff.between(full, small).of(RunDiff.Kind.LEFT)).hasSize(2);
  }
}
