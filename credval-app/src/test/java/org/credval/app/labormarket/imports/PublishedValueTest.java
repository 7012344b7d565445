package org.credval.app.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PublishedValueTest {

  @Test
  void readsNumbersWithThousandsSeparatorsAndDollarSigns() {
    assertThat(PublishedValue.parse("53,400")).isEqualTo(new PublishedValue(new BigDecimal("53400"), null));
    assertThat(PublishedValue.parse(" $1,234.50 ").value()).isEqualByComparingTo("1234.5");
    assertThat(PublishedValue.parse("-0.6").value()).isEqualByComparingTo("-0.6");
  }

  @Test
  void keepsThePublishersMarkersAsFlagsWithoutAValue() {
    for (String marker : new String[] {"*", "**", "#", "~"}) {
      assertThat(PublishedValue.parse(marker)).isEqualTo(new PublishedValue(null, marker));
    }
    assertThat(PublishedValue.parse("—")).isEqualTo(new PublishedValue(null, "—"));
    assertThat(PublishedValue.parse(">=$239,200")).isEqualTo(new PublishedValue(null, "#"));
  }

  @Test
  void treatsABlankCellAsNothingPublished() {
    assertThat(PublishedValue.parse("  ")).isNull();
    assertThat(PublishedValue.parse(null)).isNull();
  }

  @Test
  void refusesDecimalCommasAndWords() {
    assertThatThrownBy(() -> PublishedValue.parse("3,1")).isInstanceOf(NumberFormatException.class)
        .hasMessageContaining("'3,1' is neither a number nor a publisher's marker");
    assertThatThrownBy(() -> PublishedValue.parse("n/a")).isInstanceOf(NumberFormatException.class);
  }
}
