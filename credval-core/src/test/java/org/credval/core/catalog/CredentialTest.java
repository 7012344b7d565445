package org.credval.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.credval.core.code.CredentialCode;
import org.credval.core.code.SocCode;
import org.junit.jupiter.api.Test;

class CredentialTest {

  private static Credential with(String name, List<String> aliases, List<SocCode> socs,
      BigDecimal cost, Integer hours, List<CredentialCode> stacks, String industry, String url) {
    return new Credential(new CredentialCode("COMPT001"), name, aliases, "CompTIA",
        CredentialType.CERTIFICATION, true, true, List.of(), socs, cost, hours, stacks, industry, url,
        CredentialStatus.ACTIVE);
  }

  private static CredentialFieldException rejection(Runnable r) {
    try {
      r.run();
    } catch (CredentialFieldException e) {
      return e;
    }
    throw new AssertionError("expected a CredentialFieldException");
  }

  @Test
  void keepsListsImmutableAndInOrder() {
    Credential c = TestCredentials.full();
    assertThat(c.aliases()).containsExactly("A+ Certification", "CompTIA A Plus");
    assertThat(c.names()).containsExactly("CompTIA A+", "A+ Certification", "CompTIA A Plus");
    assertThatThrownBy(() -> c.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void namesTheFieldThatBreaksARule() {
    List<SocCode> soc = List.of(new SocCode("15-1232"));
    assertThat(rejection(() -> with(" A+", List.of(), soc, null, null, List.of(), "it", null)).field())
        .isEqualTo("name");
    assertThat(rejection(() -> with("A+", List.of("a|b"), soc, null, null, List.of(), "it", null)).field())
        .isEqualTo("aliases");
    assertThat(rejection(() -> with("A+", List.of("A", "a"), soc, null, null, List.of(), "it", null)).reason())
        .contains("listed twice");
    assertThat(rejection(() -> with("A+", List.of("tab\there"), soc, null, null, List.of(), "it", null)).field())
        .isEqualTo("aliases");
    assertThat(rejection(() -> with("A+", List.of(), List.of(new SocCode("15-1230")), null, null, List.of(), "it", null)).field())
        .isEqualTo("soc_codes");
    assertThat(rejection(() -> with("A+", List.of(), soc, new BigDecimal("-1"), null, List.of(), "it", null)).field())
        .isEqualTo("cost_usd");
    assertThat(rejection(() -> with("A+", List.of(), soc, new BigDecimal("9.999"), null, List.of(), "it", null)).reason())
        .contains("more than two decimal places");
    assertThat(rejection(() -> with("A+", List.of(), soc, null, 0, List.of(), "it", null)).field())
        .isEqualTo("hours");
    assertThat(rejection(() -> with("A+", List.of(), soc, null, null, List.of(new CredentialCode("COMPT001")), "it", null)).reason())
        .contains("cannot stack to itself");
    assertThat(rejection(() -> with("A+", List.of(), soc, null, null, List.of(), "Information Tech", null)).field())
        .isEqualTo("industry");
    assertThat(rejection(() -> with("A+", List.of(), soc, null, null, List.of(), "it", "www.comptia.org")).field())
        .isEqualTo("url");
  }

  @Test
  void normalisesANegativeScaleCostSoItPrintsAndReadsBackEqual() {
    Credential c = with("A+", List.of(), List.of(), new BigDecimal("1E+2"), null, List.of(), "it", null);
    assertThat(c.costUsd().toPlainString()).isEqualTo("100");
    assertThat(c.costUsd()).isEqualTo(new BigDecimal("100"));
  }
}
