package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.credval.core.scoring.Criterion.*;
import static org.credval.core.scoring.Evidence.credential;
import static org.credval.core.scoring.Evidence.score;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Each preset on a small hand-made evidence set. The expected placements were worked out by hand
 * from the preset files; the comments show the arithmetic.
 */
class PresetsTest {

  @Test
  void everyPresetParsesAndSaysWhichRuleItMirrors() {
    for (String name : RubricPresets.NAMES) {
      Rubric r = RubricPresets.load(name);
      assertThat(r.id()).isEqualTo(name);
      assertThat(r.basedOn()).isNotBlank();
      assertThat(r.simplifications()).isNotBlank();
    }
  }

  @Test
  void texasPlacesCredentialsInThreeTiersAfterTheGates() {
    ScoringRun run = new Scorer(RubricPresets.load("texas")).score(Evidence.all(
        // openings 2 + wage 2 + skill 2 + required 1 = 7, wage met: Tier 1
        texas("TXAAA001", "2500", "56000", "200", 300, 1000),
        // 2 + 1 + 2 + 0 = 5: Tier 2
        texas("TXAAA002", "2500", "42000", "200", 100, 1000),
        // 2 + 1 + 2 + 1 = 6 reaches Tier 1's total but not its wage requirement: Tier 2
        texas("TXAAA003", "2500", "42000", "200", 300, 1000),
        // named in 9 postings: the in-postings gate (10) is not met
        texas("TXAAA004", "2500", "56000", "200", 9, 9),
        // 0 + 0 + 0 + 0 = 0: Tier 3 (every credential past the gates is listed)
        texas("TXAAA005", "300", "30000", "20", 3, 60),
        // no third-party evidence: blocked
        credential("TXAAA006", "No issuer facts").flag(EXAM_BASED, true).share(POSTINGS_DEMAND, 0, 1)));
    assertThat(score(run, "TXAAA001").placement()).isEqualTo("Tier 1");
    assertThat(score(run, "TXAAA001").total()).isEqualByComparingTo("7");
    assertThat(score(run, "TXAAA002").placement()).isEqualTo("Tier 2");
    assertThat(score(run, "TXAAA003").placement()).isEqualTo("Tier 2");
    assertThat(score(run, "TXAAA003").nextStep()).isEqualTo("\"Tier 1\" needs \"wage\" met");
    assertThat(score(run, "TXAAA004").placement()).isEqualTo("not listed");
    assertThat(score(run, "TXAAA004").reasons()).containsExactly("gate \"in-postings\" not met");
    assertThat(score(run, "TXAAA005").placement()).isEqualTo("Tier 3");
    assertThat(score(run, "TXAAA006").status()).isEqualTo(CredentialScore.Status.NEEDS_EVIDENCE);
  }

  private static Evidence texas(String code, String openings, String wage, String hours, long required,
      long postings) {
    return credential(code, "Texas " + code).soc("53-3032").flag(THIRD_PARTY, true).flag(EXAM_BASED, true)
        .number(POSTINGS_DEMAND, String.valueOf(postings)).number(OCCUPATION_OPENINGS, openings)
        .number(OCCUPATION_WAGE, wage).number(PREPARATION_HOURS, hours).share(REQUIRED_SHARE, required, postings);
  }

  @Test
  void ohioGivesOneToTwelvePoints() {
    ScoringRun run = new Scorer(RubricPresets.load("ohio")).score(Evidence.all(
        // stars 3 + employer 4 + wage 2 + exam 1 + accredited 1 + credit 1 = 12
        credential("OHAAA001", "Twelve").number(OCCUPATION_STARS, "5").share(REQUIRED_SHARE, 60, 100)
            .number(OCCUPATION_WAGE, "60000").flag(EXAM_BASED, true).flag(NATIONAL_ACCREDITATION, true)
            .number(CREDIT_HOURS, "6"),
        // stars 1 + employer 1 + wage 0 + exam 0 + accredited 0 + credit (no evidence, zero) = 2
        credential("OHAAA002", "Two").number(OCCUPATION_STARS, "3").share(REQUIRED_SHARE, 5, 100)
            .number(OCCUPATION_WAGE, "30000").flag(EXAM_BASED, false).flag(NATIONAL_ACCREDITATION, false),
        // 2 stars: not an in-demand occupation
        credential("OHAAA003", "Low demand").number(OCCUPATION_STARS, "2").share(REQUIRED_SHARE, 60, 100),
        // stars 2 + employer 3 + wage 1 + exam 1 + accredited (no evidence) 0 + credit 0 = 7
        credential("OHAAA004", "Seven").number(OCCUPATION_STARS, "4").share(REQUIRED_SHARE, 30, 100)
            .number(OCCUPATION_WAGE, "40000").flag(EXAM_BASED, true).number(CREDIT_HOURS, "0"),
        // the state's postings never name it: no employer uses it, not listed whatever its other points
        credential("OHAAA005", "Unused").number(OCCUPATION_STARS, "5").number(POSTINGS_DEMAND, "0")
            .number(OCCUPATION_WAGE, "60000").flag(EXAM_BASED, true).flag(NATIONAL_ACCREDITATION, true)));
    assertThat(score(run, "OHAAA001").points()).isEqualTo(12);
    assertThat(score(run, "OHAAA005").placement()).isEqualTo("not listed");
    assertThat(score(run, "OHAAA005").reasons()).containsExactly("gate \"employer-use\" not met");
    assertThat(score(run, "OHAAA001").nextStep()).isNull();
    assertThat(score(run, "OHAAA002").points()).isEqualTo(2);
    assertThat(score(run, "OHAAA003").placement()).isEqualTo("not listed");
    assertThat(score(run, "OHAAA004").points()).isEqualTo(7);
    assertThat(score(run, "OHAAA004").nextStep()).isEqualTo("8 points needs a total of 7.5 (0.5 short)");
  }

  @Test
  void louisianaSplitsBasicAndAdvancedWithGraduationIndexValues() {
    ScoringRun run = new Scorer(RubricPresets.load("louisiana")).score(Evidence.all(
        // five-star 1 + living wage 1 + credit 1 + preparation 0 + stacks 1 = 4, living wage met: Advanced
        louisiana("LAAAA001", "5", "1.2", "3", "100", "2"),
        // 0 + 0 + 1 + 1 + 1 = 3 but the entry wage is below a living wage: Basic
        louisiana("LAAAA002", "4", "0.9", "6", "200", "1"),
        // 0 + 1 + 0 + 0 + 0 = 1: Basic
        louisiana("LAAAA003", "4", "1.1", "0", "0", "0"),
        // 3 stars: not a four- or five-star job, so not on the Focus List
        louisiana("LAAAA004", "3", "1.5", "6", "200", "1")));
    assertThat(score(run, "LAAAA001").placement()).isEqualTo("Advanced");
    assertThat(score(run, "LAAAA001").tierValue()).isEqualByComparingTo("150");
    assertThat(score(run, "LAAAA002").placement()).isEqualTo("Basic");
    assertThat(score(run, "LAAAA002").tierValue()).isEqualByComparingTo("110");
    assertThat(score(run, "LAAAA002").nextStep()).isEqualTo("\"Advanced\" needs \"living-wage\" met");
    assertThat(score(run, "LAAAA003").placement()).isEqualTo("Basic");
    assertThat(score(run, "LAAAA004").placement()).isEqualTo("not listed");
    assertThat(score(run, "LAAAA004").criteria().get(0).explanation()).contains("rated 3 stars");
  }

  private static Evidence louisiana(String code, String stars, String livingWage, String credits, String hours,
      String stacks) {
    return credential(code, "Louisiana " + code).flag(THIRD_PARTY, true).number(OCCUPATION_STARS, stars)
        .number(ENTRY_WAGE_TO_LIVING_WAGE, livingWage).number(CREDIT_HOURS, credits)
        .number(PREPARATION_HOURS, hours).number(STACKS, stacks);
  }

  @Test
  void tennesseeRescalesCriteriaWithoutEvidence() {
    ScoringRun run = new Scorer(RubricPresets.load("tennessee")).score(Evidence.all(
        // demand 2 + required 2 + portable 1 + wage 1 + accredited 1 = 7: Preferred
        credential("TNAAA001", "All").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "800")
            .share(REQUIRED_SHARE, 40, 100).number(EMPLOYER_PORTABILITY, "40").number(OCCUPATION_WAGE, "45000")
            .flag(NATIONAL_ACCREDITATION, true),
        // demand 1 + required 2 = 3 of the 4 points with evidence; 3 x 7 / 4 = 5.25: Preferred
        credential("TNAAA002", "Partial").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "200")
            .share(REQUIRED_SHARE, 35, 100),
        // 0: below Recognized
        credential("TNAAA003", "None").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "50")
            .share(REQUIRED_SHARE, 10, 100).number(EMPLOYER_PORTABILITY, "10").number(OCCUPATION_WAGE, "30000")
            .flag(NATIONAL_ACCREDITATION, false),
        // demand 1 + required 0 + portable 1 + wage 1 + accredited 0 = 3: Valued
        credential("TNAAA004", "Three").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "150")
            .share(REQUIRED_SHARE, 20, 100).number(EMPLOYER_PORTABILITY, "30").number(OCCUPATION_WAGE, "41000")
            .flag(NATIONAL_ACCREDITATION, false),
        // the assessment gate has no evidence and blocks
        credential("TNAAA005", "Unknown assessment").number(POSTINGS_DEMAND, "800"),
        // a good wage, but no posting in the state names it: not listed
        credential("TNAAA006", "Unasked").flag(EXAM_BASED, true).number(POSTINGS_DEMAND, "0")
            .number(EMPLOYER_PORTABILITY, "0").number(OCCUPATION_WAGE, "90000").flag(NATIONAL_ACCREDITATION, true),
        // no postings evidence at all: the gate is waived; wage 1 + accredited 1 of 2, x 7 / 2 = 7: Preferred
        credential("TNAAA007", "No postings data").flag(EXAM_BASED, true).number(OCCUPATION_WAGE, "90000")
            .flag(NATIONAL_ACCREDITATION, true)));
    assertThat(score(run, "TNAAA001").placement()).isEqualTo("Preferred");
    assertThat(score(run, "TNAAA002").total()).isEqualByComparingTo("5.25");
    assertThat(score(run, "TNAAA002").placement()).isEqualTo("Preferred");
    assertThat(score(run, "TNAAA003").placement()).isEqualTo("not listed");
    assertThat(score(run, "TNAAA004").placement()).isEqualTo("Valued");
    assertThat(score(run, "TNAAA005").placement()).isEqualTo("needs evidence");
    assertThat(score(run, "TNAAA006").placement()).isEqualTo("not listed");
    assertThat(score(run, "TNAAA006").reasons()).containsExactly("gate \"in-postings\" not met");
    assertThat(score(run, "TNAAA007").total()).isEqualByComparingTo("7");
    assertThat(score(run, "TNAAA007").placement()).isEqualTo("Preferred");
  }

  @Test
  void floridaCarriesFundingWeights() {
    ScoringRun run = new Scorer(RubricPresets.load("florida")).score(Evidence.all(
        // wage 2 + growth 1 + openings 1 + articulation 1 = 5 with 15 credits: Acceleration
        florida("FLAAA001", true, "50000", "6", "1500", "15"),
        // 2 + 1 + 1 + 0 = 4 without articulation: weight 0.2
        florida("FLAAA002", true, "50000", "6", "1500", "6"),
        // 0 + 0 + 1 + 0 = 1: weight 0.1
        florida("FLAAA003", true, "40000", "2", "1200", "0"),
        // not third-party: gate
        florida("FLAAA004", false, "50000", "6", "1500", "15")));
    assertThat(score(run, "FLAAA001").placement()).isEqualTo("CAPE Acceleration");
    assertThat(score(run, "FLAAA001").tierValue()).isEqualByComparingTo("0.3");
    assertThat(score(run, "FLAAA002").tierValue()).isEqualByComparingTo(new BigDecimal("0.2"));
    assertThat(score(run, "FLAAA003").tierValue()).isEqualByComparingTo("0.1");
    assertThat(score(run, "FLAAA004").placement()).isEqualTo("not listed");
  }

  private static Evidence florida(String code, boolean thirdParty, String wage, String growth, String openings,
      String credits) {
    return credential(code, "Florida " + code).flag(THIRD_PARTY, thirdParty).flag(EXAM_BASED, true)
        .number(OCCUPATION_WAGE, wage).number(OCCUPATION_GROWTH, growth).number(OCCUPATION_OPENINGS, openings)
        .number(CREDIT_HOURS, credits);
  }
}
