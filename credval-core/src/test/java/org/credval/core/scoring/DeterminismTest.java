package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.scoring.Criterion.*;
import static org.credval.core.scoring.Evidence.credential;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static Evidence[] credentials() {
    return new Evidence[] {
        credential("TNAAA002", "Partial, \"quoted\"").soc("53-3032").flag(EXAM_BASED, true)
            .number(POSTINGS_DEMAND, "200").share(REQUIRED_SHARE, 35, 100),
        credential("TNAAA001", "All").soc("53-3032").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "800")
            .share(REQUIRED_SHARE, 40, 100).number(EMPLOYER_PORTABILITY, "40").number(OCCUPATION_WAGE, "45000")
            .flag(NATIONAL_ACCREDITATION, true),
        credential("TNAAA003", "=Formula").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "50")};
  }

  @Test
  void sameRubricAndEvidenceGiveByteIdenticalOutputWhateverTheInputOrder() {
    Scorer scorer = new Scorer(RubricPresets.load("tennessee"));
    Evidence[] forward = credentials();
    Evidence[] backward = credentials();
    java.util.Collections.reverse(java.util.Arrays.asList(backward));
    ScoringRun a = scorer.score(Evidence.all(forward));
    ScoringRun b = new Scorer(RubricPresets.load("tennessee")).score(Evidence.all(backward));
    assertThat(b.toJson()).isEqualTo(a.toJson());
    assertThat(b.toCsv()).isEqualTo(a.toCsv());
    assertThat(b.runDigest()).isEqualTo(a.runDigest());
    assertThat(a.scores()).extracting(s -> s.code().value()).containsExactly("TNAAA001", "TNAAA002", "TNAAA003");
  }

  @Test
  void digestsChangeWithTheRubricOrTheEvidenceButNotWithWhitespace() {
    String text = RubricPresets.text("tennessee");
    ScoringRun base = new Scorer(RubricParser.parse(text, "t")).score(Evidence.all(credentials()));
    ScoringRun spaced = new Scorer(RubricParser.parse(text.replace("\n", "\n  "), "t"))
        .score(Evidence.all(credentials()));
    assertThat(spaced.runDigest()).isEqualTo(base.runDigest());
    ScoringRun edited = new Scorer(RubricParser.parse(text.replace("\"min\": 25", "\"min\": 26"), "t"))
        .score(Evidence.all(credentials()));
    assertThat(edited.rubricDigest()).isNotEqualTo(base.rubricDigest());
    assertThat(edited.inputDigest()).isEqualTo(base.inputDigest());
    Evidence[] more = credentials();
    more[2].number(OCCUPATION_WAGE, "30000");
    ScoringRun changed = new Scorer(RubricParser.parse(text, "t")).score(Evidence.all(more));
    assertThat(changed.inputDigest()).isNotEqualTo(base.inputDigest());
    assertThat(base.rubricDigest()).matches("[0-9a-f]{64}");
  }

  @Test
  void csvQuotesTextAndDefusesFormulas() {
    ScoringRun run = new Scorer(RubricPresets.load("tennessee")).score(Evidence.all(credentials()));
    List<String> lines = run.toCsv().lines().toList();
    assertThat(lines.get(0)).startsWith("credential_code,credential_name,status,placement,tier");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).startsWith("TNAAA002,\"Partial, \"\"quoted\"\"\",listed,Preferred,Preferred,,,5.25,");
    assertThat(lines.get(3)).startsWith("TNAAA003,'=Formula,not_listed,not listed,");
    assertThat(run.toJson()).contains("\"runDigest\": \"" + run.runDigest() + "\"");
  }

  @Test
  void evidenceDigestIgnoresTheOrderOfDataSets() {
    EvidenceSet a = Evidence.of(EnumSet.of(DataSet.POSTINGS, DataSet.CATALOG));
    EvidenceSet b = Evidence.of(EnumSet.of(DataSet.CATALOG, DataSet.POSTINGS));
    assertThat(org.credval.core.json.JsonWriter.compact(a.canonical()))
        .isEqualTo(org.credval.core.json.JsonWriter.compact(b.canonical()));
  }
}
