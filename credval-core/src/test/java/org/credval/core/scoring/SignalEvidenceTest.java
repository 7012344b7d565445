package org.credval.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.credval.core.signals.CredentialSignal;
import org.junit.jupiter.api.Test;

class SignalEvidenceTest {

  private static CredentialSignal signal(String soc, int postings, int occupationPostings, int required,
      BigDecimal premium) {
    return new CredentialSignal(CredentialCode.parse("CDLAA001"), soc, "TX", "2025", postings, occupationPostings,
        required, 100, 0, 0, 0, 3, 57, null, 0, premium == null ? null : new BigDecimal("50000"), 40, premium, "");
  }

  @Test
  void readsTheFourEmployerSignalsFromASignalRow() {
    Map<Criterion, Observation> obs = SignalEvidence.observations(
        signal("53-3032", 600, 1930, 412, new BigDecimal("3500")), "signal run 7");
    assertThat(obs.get(Criterion.POSTINGS_DEMAND).number()).isEqualByComparingTo("600");
    assertThat(obs.get(Criterion.REQUIRED_SHARE).count()).isEqualTo(412L);
    assertThat(obs.get(Criterion.REQUIRED_SHARE).total()).isEqualTo(1930L);
    // 3,500 over a median of 50,000 without it
    assertThat(obs.get(Criterion.PAY_PREMIUM).number()).isEqualByComparingTo("0.07");
    assertThat(obs.get(Criterion.EMPLOYER_PORTABILITY).number()).isEqualByComparingTo("57");
    ScoringRun run = new Scorer(RubricPresets.load("tennessee")).score(new EvidenceSet("TX", "2025",
        EnumSet.of(DataSet.POSTINGS, DataSet.CATALOG, DataSet.WAGES), List.of(new CredentialEvidence(CredentialCode.parse("CDLAA001"),
            "CDL Class A", List.of(SocCode.parse("53-3032")), obs))));
    assertThat(run.scores().get(0).criteria()).filteredOn(r -> r.ruleId().equals("required")).singleElement()
        .satisfies(r -> assertThat(r.explanation())
            .startsWith("required in 412 of 1,930 postings (21.3%) for SOC 53-3032 in TX, 2025 [signal run 7]"));
  }

  @Test
  void leavesOutWhatTheSignalRowDoesNotPublish() {
    Map<Criterion, Observation> obs = SignalEvidence.observations(signal("all", 0, 0, 0, null), "run");
    assertThat(obs).containsOnlyKeys(Criterion.POSTINGS_DEMAND, Criterion.EMPLOYER_PORTABILITY);
    assertThat(obs.get(Criterion.POSTINGS_DEMAND).scope()).isEqualTo("all occupations in TX, 2025");
  }

  @Test
  void combinesACredentialsOccupationCellsBySummingCountsAndKeepingOneCellsPay() {
    CredentialSignal drivers = new CredentialSignal(CredentialCode.parse("CDLAA001"), "53-3032", "TX", "2025", 80, 400,
        60, 10, 0, 0, 5, 1, 30, new BigDecimal("58000"), 25, new BigDecimal("52000"), 200, new BigDecimal("6000"), "");
    CredentialSignal delivery = new CredentialSignal(CredentialCode.parse("CDLAA001"), "53-3033", "TX", "2025", 20, 600,
        5, 5, 0, 0, 10, 0, 18, new BigDecimal("45000"), 12, new BigDecimal("41000"), 300, new BigDecimal("4000"), "");
    CredentialSignal both = SignalEvidence.acrossOccupations(List.of(drivers, delivery));
    assertThat(both.socCode()).isEqualTo("53-3032, 53-3033");
    assertThat(both.postings()).isEqualTo(100);
    assertThat(both.occupationPostings()).isEqualTo(1000);
    assertThat(both.requiredPostings()).isEqualTo(65);
    // distinct employers do not add up across cells: the larger cell's count is kept
    assertThat(both.employers()).isEqualTo(30);
    // pay from the cell with more postings stating pay for it
    assertThat(both.payPremium()).isEqualByComparingTo("6000");
    assertThat(SignalEvidence.payRow(List.of(delivery, drivers))).isSameAs(drivers);
    Observation required = SignalEvidence.observations(both, "run 9").get(Criterion.REQUIRED_SHARE);
    assertThat(required.count()).isEqualTo(65L);
    assertThat(required.total()).isEqualTo(1000L);
    assertThat(required.scope()).isEqualTo("SOC 53-3032, 53-3033 in TX, 2025");
    assertThat(SignalEvidence.acrossOccupations(List.of(delivery))).isSameAs(delivery);
    CredentialSignal otherArea = new CredentialSignal(CredentialCode.parse("CDLAA001"), "53-3033", "NY", "2025", 1, 1,
        0, 0, 0, 0, 1, 0, 1, null, 0, null, 0, null, "");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignalEvidence.acrossOccupations(List.of(drivers, otherArea)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SignalEvidence.payRow(List.of(otherArea))).isNull();
  }
}
