package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credval.core.scoring.Criterion.*;
import static org.credval.core.scoring.Evidence.credential;
import static org.credval.core.scoring.Evidence.score;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static Rubric rubric(String criteria, String tiers) {
    return RubricParser.parse("""
        {"format": 1, "id": "t", "version": "1", "outcome": "tiers", "noEvidence": "zero",
         "criteria": [%s],
         "tiers": [%s]}""".formatted(criteria, tiers), "t.json");
  }

  private static Rubric oneRule(String rule) {
    return rubric(rule, "{\"name\": \"Listed\", \"from\": 1}");
  }

  @Test
  void explainsARequiredShareWithCountsScopeAndSource() {
    ScoringRun run = new Scorer(oneRule("{\"id\": \"required\", \"criterion\": \"required_share\", \"min\": 0.25}"))
        .score(Evidence.all(credential("CDLAA001", "CDL Class A").share(REQUIRED_SHARE, 412, 1930)));
    CriterionResult r = score(run, "CDLAA001").criteria().get(0);
    assertThat(r.status()).isEqualTo(CriterionResult.Status.NOT_MET);
    assertThat(r.explanation()).isEqualTo("required in 412 of 1,930 postings (21.3%) for SOC 53-3032 in TX, 2025 "
        + "[test postings]; rubric asks at least 25.0%: not met, 0 of 1 points");
    assertThat(score(run, "CDLAA001").nearestMiss().text())
        .isEqualTo("\"required\": 21.3% where 25.0% is needed, 3.7 percentage points short");
  }

  @Test
  void judgesEveryNumericCriterionAgainstItsThreshold() {
    Map<Criterion, String[]> cases = Map.ofEntries(
        Map.entry(POSTINGS_DEMAND, new String[] {"100", "120", "named in 120 postings"}),
        Map.entry(PAY_PREMIUM, new String[] {"0.05", "0.08", "median advertised pay 8.0% above postings that do not"}),
        Map.entry(EMPLOYER_PORTABILITY, new String[] {"25", "57", "asked for by 57 distinct employers"}),
        Map.entry(OCCUPATION_WAGE, new String[] {"35000", "48210", "median annual wage $48,210"}),
        Map.entry(OCCUPATION_OPENINGS, new String[] {"1000", "12340", "12,340 annual openings"}),
        Map.entry(OCCUPATION_GROWTH, new String[] {"3", "5.2", "ten-year growth 5.2%"}),
        Map.entry(OCCUPATION_STARS, new String[] {"4", "5", "rated 5 stars"}),
        Map.entry(ENTRY_WAGE_TO_LIVING_WAGE, new String[] {"1", "1.12", "entry wage 1.12x the living wage"}),
        Map.entry(PREPARATION_HOURS, new String[] {"40", "120", "120 hours of preparation"}),
        Map.entry(CREDIT_HOURS, new String[] {"3", "9", "9 college credit hours by articulation"}),
        Map.entry(APPRENTICESHIP_HOURS, new String[] {"500", "2000", "2,000 hours of apprenticeship credit"}),
        Map.entry(STACKS, new String[] {"1", "2", "stacks toward 2 higher credentials or degrees"}));
    assertThat(cases.keySet()).containsAll(EnumSet.complementOf(
        EnumSet.of(REQUIRED_SHARE, THIRD_PARTY, EXAM_BASED, NATIONAL_ACCREDITATION)));
    for (Map.Entry<Criterion, String[]> e : cases.entrySet()) {
      Criterion c = e.getKey();
      String min = e.getValue()[0];
      Rubric r = oneRule("{\"criterion\": \"" + c.key() + "\", \"min\": " + min + "}");
      ScoringRun run = new Scorer(r).score(Evidence.all(
          credential("PASSS001", "Pass").number(c, e.getValue()[1]),
          credential("FAILL001", "Fail").number(c, new java.math.BigDecimal(min).subtract(
              new java.math.BigDecimal("0.01")).toPlainString())));
      CredentialScore pass = score(run, "PASSS001");
      assertThat(pass.criteria().get(0).status()).as(c.key()).isEqualTo(CriterionResult.Status.MET);
      assertThat(pass.criteria().get(0).explanation()).as(c.key()).startsWith(e.getValue()[2]);
      assertThat(pass.placement()).as(c.key()).isEqualTo("Listed");
      assertThat(score(run, "FAILL001").criteria().get(0).status()).as(c.key())
          .isEqualTo(CriterionResult.Status.NOT_MET);
      assertThat(score(run, "FAILL001").placement()).as(c.key()).isEqualTo("not listed");
    }
  }

  @Test
  void judgesYesNoCriteriaAgainstTheExpectedAnswer() {
    for (Criterion c : List.of(THIRD_PARTY, EXAM_BASED, NATIONAL_ACCREDITATION)) {
      ScoringRun run = new Scorer(oneRule("{\"criterion\": \"" + c.key() + "\", \"expect\": true}")).score(
          Evidence.all(credential("YESSS001", "Yes").flag(c, true), credential("NOOOO001", "No").flag(c, false)));
      assertThat(score(run, "YESSS001").placement()).as(c.key()).isEqualTo("Listed");
      assertThat(score(run, "YESSS001").criteria().get(0).explanation()).startsWith(c.description());
      assertThat(score(run, "NOOOO001").placement()).as(c.key()).isEqualTo("not listed");
      assertThat(score(run, "NOOOO001").criteria().get(0).explanation()).startsWith("not " + c.description());
    }
  }

  @Test
  void aMaximumThresholdIsMetAtOrBelowIt() {
    ScoringRun run = new Scorer(oneRule("{\"criterion\": \"preparation_hours\", \"max\": 80}")).score(Evidence.all(
        credential("SHORT001", "Short").number(PREPARATION_HOURS, "80"),
        credential("LONGG001", "Long").number(PREPARATION_HOURS, "100")));
    assertThat(score(run, "SHORT001").placement()).isEqualTo("Listed");
    assertThat(score(run, "LONGG001").placement()).isEqualTo("not listed");
    assertThat(score(run, "LONGG001").nearestMiss().text()).endsWith("20 hours over");
  }

  @Test
  void bandsGivePointsByRangeAndPointToTheNextBand() {
    Rubric r = rubric("{\"id\": \"wage\", \"criterion\": \"occupation_wage\", \"weight\": 2, \"bands\": ["
        + "{\"to\": 35000, \"points\": 0}, {\"from\": 35000, \"to\": 50000, \"points\": 1},"
        + " {\"from\": 50000, \"points\": 2}]}", "{\"name\": \"High\", \"from\": 4}, {\"name\": \"Low\", \"from\": 1, \"to\": 4}");
    ScoringRun run = new Scorer(r).score(Evidence.all(
        credential("HIGHH001", "High").number(OCCUPATION_WAGE, "50000"),
        credential("MIDDL001", "Mid").number(OCCUPATION_WAGE, "49999"),
        credential("LOWWW001", "Low").number(OCCUPATION_WAGE, "20000")));
    assertThat(score(run, "HIGHH001").total()).isEqualByComparingTo("4");
    assertThat(score(run, "HIGHH001").placement()).isEqualTo("High");
    CredentialScore mid = score(run, "MIDDL001");
    assertThat(mid.total()).isEqualByComparingTo("2");
    assertThat(mid.criteria().get(0).status()).isEqualTo(CriterionResult.Status.PARTLY_MET);
    assertThat(mid.placement()).isEqualTo("Low");
    assertThat(mid.nextStep()).isEqualTo("\"High\" needs a total of 4 (2 short)");
    assertThat(mid.nearestMiss().gap()).isEqualByComparingTo("1");
    assertThat(score(run, "LOWWW001").placement()).isEqualTo("not listed");
    assertThat(score(run, "LOWWW001").nearestMiss().threshold()).isEqualByComparingTo("35000");
  }

  @Test
  void noEvidenceIsNeverSilentAndFollowsTheRubric() {
    String rules = "{\"id\": \"wage\", \"criterion\": \"occupation_wage\", \"min\": 35000, \"noEvidence\": \"%s\"},"
        + "{\"id\": \"demand\", \"criterion\": \"postings_demand\", \"min\": 100}";
    String tiers = "{\"name\": \"Both\", \"from\": 2}, {\"name\": \"One\", \"from\": 1, \"to\": 2}";
    EvidenceSet onlyDemand = Evidence.all(credential("DEMND001", "Demand only").number(POSTINGS_DEMAND, "150"));

    CredentialScore zero = score(new Scorer(rubric(rules.formatted("zero"), tiers)).score(onlyDemand), "DEMND001");
    assertThat(zero.placement()).isEqualTo("One");
    assertThat(zero.criteria().get(0).status()).isEqualTo(CriterionResult.Status.NO_EVIDENCE);
    assertThat(zero.criteria().get(0).explanation()).isEqualTo("no evidence: no median annual wage of its occupations "
        + "for this credential in the loaded wages data; counted as 0 of 1 points (noEvidence: zero)");

    CredentialScore rescale = score(new Scorer(rubric(rules.formatted("rescale"), tiers)).score(onlyDemand),
        "DEMND001");
    assertThat(rescale.total()).isEqualByComparingTo("2");
    assertThat(rescale.placement()).isEqualTo("Both");
    assertThat(rescale.criteria().get(0).noEvidenceRule()).isEqualTo(NoEvidence.RESCALE);

    CredentialScore block = score(new Scorer(rubric(rules.formatted("block"), tiers)).score(onlyDemand), "DEMND001");
    assertThat(block.status()).isEqualTo(CredentialScore.Status.NEEDS_EVIDENCE);
    assertThat(block.reasons()).containsExactly("\"wage\" has no evidence and the rubric needs it to place a credential");
  }

  @Test
  void aGateWithoutEvidenceIsNotPassedUnlessTheRubricWaivesIt() {
    String rules = "{\"id\": \"issuer\", \"criterion\": \"third_party\", \"gate\": true, \"noEvidence\": \"%s\"},"
        + "{\"criterion\": \"postings_demand\", \"min\": 100}";
    EvidenceSet ev = Evidence.all(credential("DEMND001", "Demand only").number(POSTINGS_DEMAND, "150"));
    String tiers = "{\"name\": \"Listed\", \"from\": 1}";
    assertThat(score(new Scorer(rubric(rules.formatted("zero"), tiers)).score(ev), "DEMND001").placement())
        .isEqualTo("not listed");
    assertThat(score(new Scorer(rubric(rules.formatted("rescale"), tiers)).score(ev), "DEMND001").placement())
        .isEqualTo("Listed");
  }

  @Test
  void refusesBeforeRunningWhenACriterionNeedsDataThatIsNotLoaded() {
    Rubric r = RubricParser.parse("""
        {"format": 1, "id": "t", "version": "1", "outcome": "tiers",
         "criteria": [
           {"criterion": "postings_demand", "min": 100},
           {"id": "living", "criterion": "entry_wage_to_living_wage", "min": 1}
         ],
         "tiers": [{"name": "Listed", "from": 1}]}""", "t.json");
    EvidenceSet ev = Evidence.of(EnumSet.of(DataSet.POSTINGS, DataSet.WAGES),
        credential("DEMND001", "Demand only").number(POSTINGS_DEMAND, "150"));
    List<RubricProblem> problems = new Scorer(r).check(ev);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(RubricErrorCode.DATA_NOT_LOADED);
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo(4);
      assertThat(p.message()).contains("\"living\"").contains("\"living_wage\"").contains("TX 2025");
    });
    assertThatThrownBy(() -> new Scorer(r).score(ev)).isInstanceOf(InvalidRubricException.class)
        .hasMessageContaining("CV-RUB-010 at line 4, column 4");
  }

  @Test
  void refusesEvidenceForADataSetItDoesNotDeclare() {
    assertThatThrownBy(() -> Evidence.of(EnumSet.of(DataSet.CATALOG),
        credential("DEMND001", "x").number(POSTINGS_DEMAND, "1")))
        .hasMessageContaining("needs data set postings");
  }

  @Test
  void flagsListedCredentialsThatCompeteForTheSameOccupation() {
    ScoringRun run = new Scorer(oneRule("{\"criterion\": \"postings_demand\", \"min\": 100}")).score(Evidence.all(
        credential("CDLAA001", "CDL A").soc("53-3032").number(POSTINGS_DEMAND, "900"),
        credential("CDLBB001", "CDL B").soc("53-3032").soc("53-3033").number(POSTINGS_DEMAND, "300"),
        credential("FORKL001", "Forklift").soc("53-7051").number(POSTINGS_DEMAND, "500"),
        credential("HAZMT001", "Hazmat").soc("53-3032").number(POSTINGS_DEMAND, "10")));
    assertThat(score(run, "CDLAA001").competesWith()).containsExactly(CredentialCode.parse("CDLBB001"));
    assertThat(score(run, "CDLBB001").competesWith()).containsExactly(CredentialCode.parse("CDLAA001"));
    assertThat(score(run, "CDLBB001").sharedOccupations()).extracting(Object::toString).containsExactly("53-3032");
    assertThat(score(run, "FORKL001").competesWith()).isEmpty();
    assertThat(score(run, "HAZMT001").competesWith()).as("not listed, so not competing").isEmpty();
  }

  @Test
  void pointsRubricsRoundHalfUpAndCap() {
    Rubric r = RubricParser.parse("""
        {"format": 1, "id": "p", "version": "1", "outcome": "points",
         "criteria": [{"criterion": "occupation_openings", "bands": [{"from": 0, "points": 0.5}]},
                      {"criterion": "occupation_wage", "min": 1, "points": 20}],
         "points": {"min": 1, "max": 12}}""", "p.json");
    ScoringRun run = new Scorer(r).score(Evidence.all(
        credential("HALFF001", "Half").number(OCCUPATION_OPENINGS, "5"),
        credential("MANYY001", "Many").number(OCCUPATION_OPENINGS, "5").number(OCCUPATION_WAGE, "5")));
    assertThat(score(run, "HALFF001").points()).isEqualTo(1);
    assertThat(score(run, "MANYY001").points()).isEqualTo(12);
    assertThat(score(run, "MANYY001").total()).isEqualByComparingTo("20.5");
  }

  @Test
  void aDataSetAcceptedAsMissingScoresItsCriteriaAsNoEvidenceAndSaysSo() {
    Rubric r = rubric("{\"criterion\": \"postings_demand\", \"min\": 100},"
        + "{\"id\": \"living\", \"criterion\": \"entry_wage_to_living_wage\", \"min\": 1}",
        "{\"name\": \"Listed\", \"from\": 1}");
    EvidenceSet ev = new EvidenceSet("TX", "2025", EnumSet.of(DataSet.POSTINGS, DataSet.WAGES),
        EnumSet.of(DataSet.LIVING_WAGE), List.of(credential("DEMND001", "Demand").number(POSTINGS_DEMAND, "150").build()));
    assertThat(new Scorer(r).check(ev)).isEmpty();
    ScoringRun run = new Scorer(r).score(ev);
    CriterionResult living = score(run, "DEMND001").criteria().get(1);
    assertThat(living.status()).isEqualTo(CriterionResult.Status.NO_EVIDENCE);
    assertThat(living.explanation()).startsWith(
        "no evidence: data set living_wage is not loaded (accepted as missing for this run); counted as 0 of 1 points");
    EvidenceSet declared = new EvidenceSet("TX", "2025", EnumSet.of(DataSet.POSTINGS, DataSet.WAGES, DataSet.LIVING_WAGE),
        List.of(credential("DEMND001", "Demand").number(POSTINGS_DEMAND, "150").build()));
    assertThat(new Scorer(r).score(declared).inputDigest()).isNotEqualTo(run.inputDigest());
  }

  @Test
  void anObservationWithItsOwnSentenceIsQuotedAsGiven() {
    Observation o = Observation.share(41, 230, null, "signal run 3")
        .withStatement("asked for in 41 of 230 postings for SOC 29-1141 in NY, 2025");
    ScoringRun run = new Scorer(oneRule("{\"criterion\": \"required_share\", \"min\": 0.1}")).score(
        new EvidenceSet("NY", "2025", EnumSet.allOf(DataSet.class), List.of(new CredentialEvidence(
            CredentialCode.parse("NURSE001"), "RN", List.of(), Map.of(REQUIRED_SHARE, o)))));
    assertThat(score(run, "NURSE001").criteria().get(0).explanation()).isEqualTo(
        "asked for in 41 of 230 postings for SOC 29-1141 in NY, 2025 [signal run 3]; rubric asks at least 10.0%: met,"
            + " 1 of 1 points");
  }
}
