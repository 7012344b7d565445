package org.credval.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnetSocCodeTest {

  @Test
  void readsTheSocCodeItBelongsTo() {
    OnetSocCode code = OnetSocCode.parse(" 29-1141.01 ");
    assertThat(code.value()).isEqualTo("29-1141.01");
    assertThat(code.soc()).isEqualTo(new SocCode("29-1141"));
  }

  @Test
  void refusesCodesWithoutTheOnetSuffix() {
    assertThatThrownBy(() -> OnetSocCode.parse("29-1141"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an O*NET-SOC code: '29-1141'");
  }
}
