package org.credval.core.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void aYearCoversItsDaysOnly() {
    Period p = Period.parse("2025");
    assertThat(p.contains(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(p.contains(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(p.contains(LocalDate.of(2024, 12, 31))).isFalse();
  }

  @Test
  void aQuarterCoversThreeMonthsAndIsWrittenInCapitals() {
    Period p = Period.parse("2025-q3");
    assertThat(p.key()).isEqualTo("2025-Q3");
    assertThat(p.contains(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2025, 9, 30))).isTrue();
    assertThat(p.contains(LocalDate.of(2025, 10, 1))).isFalse();
    assertThat(p.contains(LocalDate.of(2025, 6, 30))).isFalse();
  }

  @Test
  void aMonthCoversItsDays() {
    Period p = Period.parse("2024-02");
    assertThat(p.contains(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(p.contains(LocalDate.of(2024, 3, 1))).isFalse();
  }

  @Test
  void undatedPostingsBelongOnlyToAll() {
    assertThat(Period.parse("ALL").contains(null)).isTrue();
    assertThat(Period.parse("all").contains(LocalDate.of(1999, 1, 1))).isTrue();
    assertThat(Period.parse("2025").contains(null)).isFalse();
  }

  @Test
  void rejectsOtherFormsSayingWhatIsAccepted() {
    for (String bad : new String[] {"2025-13", "2025-Q5", "25", "2025/07", "", "last year"}) {
      assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2025-Q3");
    }
  }

  @Test
  void areaUsCountsEveryStateAndUnknownOnesButAStateOnlyItself() {
    assertThat(Area.parse(null).contains(null)).isTrue();
    assertThat(Area.parse("").contains("TX")).isTrue();
    assertThat(Area.parse("ny").contains("NY")).isTrue();
    assertThat(Area.parse("NY").contains("NJ")).isFalse();
    assertThat(Area.parse("NY").contains(null)).isFalse();
    assertThatThrownBy(() -> Area.parse("New York")).hasMessageContaining("two-letter");
  }
}
