package org.credval.core.labormarket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PublishedWageTest {

  @Test
  void readsAmountsWithOrWithoutThousandsSeparators() {
    assertThat(PublishedWage.parse("86070").annual()).isEqualTo(new BigDecimal("86070"));
    assertThat(PublishedWage.parse(" 1,234,567.50 ").annual())
        .isEqualTo(new BigDecimal("1234567.50"));
  }

  @Test
  void readsTheBlsMarkers() {
    assertThat(PublishedWage.parse("*")).isEqualTo(PublishedWage.NOT_AVAILABLE);
    assertThat(PublishedWage.parse("**")).isEqualTo(PublishedWage.NOT_AVAILABLE);
    assertThat(PublishedWage.parse("")).isEqualTo(PublishedWage.NOT_AVAILABLE);
    assertThat(PublishedWage.parse(null)).isEqualTo(PublishedWage.NOT_AVAILABLE);
    assertThat(PublishedWage.parse("#")).isEqualTo(PublishedWage.TOP_CODED);
  }

  @Test
  void rejectsTextThatIsNeitherAnAmountNorAMarker() {
    for (String bad : new String[] {"$86,070", "86 070", "12,34", "-1", "~", "1e5", "NaN"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PublishedWage.parse(bad))
          .withMessageContaining("'" + bad + "'")
          .withMessageContaining("# top-coded");
    }
  }

  @Test
  void readsEmploymentAsWholeJobs() {
    assertThat(PublishedNumber.employment("3,282,010")).isEqualTo(3_282_010L);
    assertThat(PublishedNumber.employment("2992.00")).isEqualTo(2992L);
    assertThat(PublishedNumber.employment("**")).isNull();
    assertThat(PublishedNumber.employment(" ")).isNull();
    for (String bad : new String[] {"12.5", "-3", "#", "1,0000"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PublishedNumber.employment(bad))
          .withMessageStartingWith("employment '" + bad + "'");
    }
  }
}
