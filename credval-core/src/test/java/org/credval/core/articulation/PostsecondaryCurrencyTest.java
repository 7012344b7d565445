package org.credval.core.articulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.Test;

class PostsecondaryCurrencyTest {

  static final CredentialCode CODE = new CredentialCode("TESTA001");
  static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  @Test
  void sumsCurrentCollegeCreditInSemesterHoursAndCountsInstitutionsOnce() {
    List<Articulation> agreements = List.of(
        Credits.articulation("TESTA001", "Example Valley College", "111111", "6", CreditUnit.SEMESTER_HOUR),
        // same institution by IPEDS id, another program and date: a second agreement, not a second institution
        new Articulation(CODE, "Example Valley Coll.", "111111", new CipCode("15.0501"), "Energy Tech",
            new BigDecimal("4"), CreditUnit.QUARTER_HOUR, LocalDate.of(2024, 1, 1), null, null, null),
        Credits.articulation("TESTA001", "Example Hills College", null, "90", CreditUnit.CLOCK_HOUR),
        // expired: does not count
        new Articulation(CODE, "Old College", null, new CipCode("47.0201"), "HVAC", new BigDecimal("12"),
            CreditUnit.SEMESTER_HOUR, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), null, null),
        // another credential: does not count
        Credits.articulation("TESTA002", "Example Valley College", "111111", "30", CreditUnit.SEMESTER_HOUR));
    List<ApprenticeshipCredit> credits = List.of(Credits.apprenticeship("TESTA001", "Electrician", "0159", 144),
        Credits.apprenticeship("TESTA001", "Solar Installer", null, 80));

    PostsecondaryCurrency c = PostsecondaryCurrency.of(CODE, DAY, agreements, credits, 1, 2);

    assertThat(c.agreements()).isEqualTo(3);
    assertThat(c.institutions()).isEqualTo(2);
    assertThat(c.totalCreditHours()).isEqualTo(new BigDecimal("8.67"));
    assertThat(c.maxCreditHours()).isEqualTo(new BigDecimal("6.00"));
    assertThat(c.apprenticeshipPrograms()).isEqualTo(2);
    assertThat(c.maxApprenticeshipHours()).isEqualTo(144);
    assertThat(c.hasEvidence()).isTrue();
  }

  @Test
  void reportsNoEvidenceWhenNothingIsRecorded() {
    PostsecondaryCurrency c = PostsecondaryCurrency.of(CODE, DAY, List.of(), List.of(), 0, 0);
    assertThat(c.hasEvidence()).isFalse();
    assertThat(c.totalCreditHours()).isEqualByComparingTo("0");
  }
}
