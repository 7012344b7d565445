package org.credval.app.postings.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AnnualPayTest {

  private static AnnualPay.Result pay(String min, String max, String basis) {
    return AnnualPay.of(AnnualPay.amount(min), AnnualPay.amount(max), basis);
  }

  @Test
  void convertsEachBasisToAYearAndKeepsTheBasis() {
    assertThat(pay("20", "25", "Hourly").pay().annualMin()).isEqualByComparingTo("41600");
    assertThat(pay("20", "25", "PH").pay().basis()).isEqualTo("hourly");
    assertThat(pay("150", null, "Daily").pay().annualMax()).isEqualByComparingTo("39000");
    assertThat(pay("1000", "1000", "weekly").pay().annualMin()).isEqualByComparingTo("52000");
    assertThat(pay("4418", "9321", "mo").pay().annualMax()).isEqualByComparingTo("111852");
    assertThat(pay("$55,000", "$64,357", "Per Year").pay().min()).isEqualByComparingTo(new BigDecimal("55000"));
  }

  @Test
  void rejectsAbsurdValuesWithAReason() {
    assertThat(pay("1", "1", "annual").problem()).contains("under $1,000 a year");
    assertThat(pay("10000000", null, "hourly").problem()).contains("over $1,000 an hour");
    assertThat(pay("6000000", null, "annual").problem()).contains("over $5 million");
    assertThat(pay("20", "25", "fortnightly").problem()).contains("not one of");
  }

  @Test
  void noAmountMeansNoPay() {
    assertThat(pay(null, "None", "hourly")).isEqualTo(new AnnualPay.Result(null, null));
  }

  @Test
  void swapsAReversedRange() {
    assertThat(pay("90000", "70000", "annual").pay().min()).isEqualByComparingTo("70000");
  }

  @Test
  void readsFreeTextPay() {
    assertThat(PayText.parse("$174k–$252k/yr")).isEqualTo(new PayText.Parsed(new BigDecimal("174000"), new BigDecimal("252000"), "annual"));
    assertThat(PayText.parse("$20 - $25 an hour").basis()).isEqualTo("hourly");
    assertThat(PayText.parse("$4418–$9321/mo").max()).isEqualByComparingTo("9321");
    assertThat(PayText.parse("Full-time")).isNull();
  }
}
