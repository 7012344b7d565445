package org.credval.core.articulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.credval.core.code.CipCode;
import org.credval.core.code.CredentialCode;
import org.junit.jupiter.api.Test;

class ArticulationTest {

  static final CredentialCode CODE = new CredentialCode("TESTA001");

  private static Articulation with(String ipeds, String cip, String hours, LocalDate from, LocalDate to) {
    return new Articulation(CODE, "Example Valley College", ipeds, new CipCode(cip), "Welding Technology",
        new BigDecimal(hours), CreditUnit.SEMESTER_HOUR, from, to, null, null);
  }

  @Test
  void normalisesEqualAmountsAndEmptyText() {
    Articulation a = new Articulation(CODE, "Example Valley College", "", new CipCode("48.0508"), "Welding Technology",
        new BigDecimal("6.00"), CreditUnit.SEMESTER_HOUR, LocalDate.of(2025, 1, 1), null, " ", null);
    assertThat(a.creditHours()).isEqualTo(new BigDecimal("6"));
    assertThat(a.ipedsUnitId()).isNull();
    assertThat(a.source()).isNull();
  }

  @Test
  void rejectsNegativeOrZeroHoursAndTooManyDecimals() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThatThrownBy(() -> with(null, "48.0508", "-3", d, null))
        .isInstanceOfSatisfying(CreditFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("credit_hours");
          assertThat(e.kind()).isEqualTo(CreditProblem.Kind.BAD_HOURS);
        });
    assertThatThrownBy(() -> with(null, "48.0508", "0", d, null)).hasMessageContaining("above zero");
    assertThatThrownBy(() -> with(null, "48.0508", "1.125", d, null)).hasMessageContaining("two decimal places");
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> with(null, "48.0508", "3", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)))
        .isInstanceOfSatisfying(CreditFieldException.class, e -> {
          assertThat(e.field()).isEqualTo("effective_to");
          assertThat(e.kind()).isEqualTo(CreditProblem.Kind.BAD_DATE);
        });
    // A one-day agreement is allowed.
    assertThat(with(null, "48.0508", "3", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)).inEffectOn(LocalDate.of(2025, 7, 1)))
        .isTrue();
  }

  @Test
  void rejectsACipFamilyAndAMalformedIpedsId() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThatThrownBy(() -> with(null, "48.05", "3", d, null))
        .isInstanceOfSatisfying(CreditFieldException.class, e -> assertThat(e.kind()).isEqualTo(CreditProblem.Kind.BAD_CIP));
    assertThatThrownBy(() -> with("12345", "48.0508", "3", d, null))
        .isInstanceOfSatisfying(CreditFieldException.class, e -> assertThat(e.field()).isEqualTo("ipeds_unit_id"));
  }

  @Test
  void keyPrefersTheIpedsIdAndIgnoresTheCaseOfTheName() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    Articulation byName = with(null, "48.0508", "3", d, null);
    Articulation upper = new Articulation(CODE, "EXAMPLE VALLEY COLLEGE", null, new CipCode("48.0508"), "Other title",
        new BigDecimal("4"), CreditUnit.QUARTER_HOUR, d, null, null, null);
    assertThat(upper.key()).isEqualTo(byName.key());
    assertThat(with("123456", "48.0508", "3", d, null).key()).isEqualTo("TESTA001|ipeds:123456|48.0508|2025-01-01");
  }

  @Test
  void apprenticeshipCreditRejectsNonPositiveHoursAndABadRapidsCode() {
    assertThatThrownBy(() -> new ApprenticeshipCredit(CODE, "Electrician", null, -40, null, null, null, null))
        .isInstanceOfSatisfying(CreditFieldException.class, e -> assertThat(e.kind()).isEqualTo(CreditProblem.Kind.BAD_HOURS));
    assertThatThrownBy(() -> new ApprenticeshipCredit(CODE, "Electrician", "E-12", 40, null, null, null, null))
        .isInstanceOfSatisfying(CreditFieldException.class, e -> assertThat(e.field()).isEqualTo("rapids_code"));
    assertThat(new ApprenticeshipCredit(CODE, "Electrician", "0159HY", 40, null, null, null, null).key())
        .isEqualTo("TESTA001|rapids:0159HY");
  }

  @Test
  void quarterHoursCountAsTwoThirdsOfASemesterHourAndClockHoursNotAtAll() {
    assertThat(CreditUnit.QUARTER_HOUR.semesterHours(new BigDecimal("4"))).contains(new BigDecimal("2.67"));
    assertThat(CreditUnit.SEMESTER_HOUR.semesterHours(new BigDecimal("3"))).contains(new BigDecimal("3.00"));
    assertThat(CreditUnit.CLOCK_HOUR.semesterHours(new BigDecimal("90"))).isEmpty();
  }
}
