package org.credval.app.labormarket.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void plainEstimatesReadAsMoneyAndCounts() {
    assertThat(new Estimate(new BigDecimal("52480"), null).annualText()).isEqualTo("$52,480");
    assertThat(new Estimate(new BigDecimal("25.2"), null).hourlyText()).isEqualTo("$25.20");
    assertThat(new Estimate(new BigDecimal("3175390"), null).countText()).isEqualTo("3,175,390");
  }

  @Test
  void topCodedWageSaysOrMoreWithTheBound() {
    Estimate top = new Estimate(new BigDecimal("239200"), "#");
    assertThat(top.annualText()).isEqualTo("$239,200 or more");
    assertThat(top.chartValue()).isNull();
    assertThat(new Estimate(null, "#").annualText()).isEqualTo("at or above the top of the published range");
  }

  @Test
  void withheldValuesSayNotAvailable() {
    assertThat(new Estimate(null, "*").annualText()).isEqualTo("not available");
    assertThat(new Estimate(null, "*").note()).isEqualTo("BLS did not publish this estimate");
    assertThat(new Estimate(null, "**").countText()).isEqualTo("not available");
    assertThat(Estimate.MISSING.hourlyText()).isEqualTo("not in the loaded data");
    assertThat(Estimate.MISSING.countText()).isEqualTo("not in the loaded data");
    assertThat(new Estimate(null, " ").flag()).isNull();
  }

  @Test
  void topCodeBoundIsFilledOnlyForYearsWhoseBoundIsKnown() {
    assertThat(OewsTopCode.valueOf(2024, "a_pct90", null, "#")).isEqualByComparingTo("239200");
    assertThat(OewsTopCode.valueOf(2023, "h_median", null, "#")).isEqualByComparingTo("115.00");
    assertThat(OewsTopCode.valueOf(2015, "a_pct90", null, "#")).isNull();
    assertThat(OewsTopCode.valueOf(2024, "a_pct90", null, "*")).isNull();
    assertThat(OewsTopCode.valueOf(2024, "a_pct90", new BigDecimal("1"), "#")).isEqualByComparingTo("1");
  }

  @Test
  void projectionsInThousandsBecomePeople() {
    assertThat(Projection.people(new BigDecimal("1.6"))).isEqualTo(1600L);
    assertThat(Projection.people(new BigDecimal("3282.0"))).isEqualTo(3_282_000L);
    assertThat(Projection.people(null)).isNull();
  }

  @Test
  void codeQueriesAreNormalisedToTheSocPrefix() {
    assertThat(Occupations.codePrefix("2911")).isEqualTo("29-11");
    assertThat(Occupations.codePrefix("29-1141.00")).isEqualTo("29-1141");
    assertThat(Occupations.codePrefix("29")).isEqualTo("29");
    assertThat(Occupations.escapeLike("100%_a\\")).isEqualTo("100\\%\\_a\\\\");
  }
}
